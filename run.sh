#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Comptoir, set up and started in one command: installs what is missing (Debian 12), builds,
# and opens the demo shop (its own data folder, never mixed with a real shop) with its
# marketplace on loopback, which places an online order now and then.
#   ./run.sh                 the demo shop
#   ./run.sh --lang en       any comptoir option is passed through
set -euo pipefail
cd "$(dirname "$0")"

cmake/install-deps.sh
build=${COMPTOIR_BUILD_DIR:-build/release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOMPTOIR_BUILD_TESTS=OFF >/dev/null
# The demo starts the reference marketplace (comptoir-marketplace) beside it, already enrolled.
cmake --build "$build" --target comptoir comptoir-marketplace

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "Comptoir is built ($build/app/comptoir) but there is no display to open its window on." >&2
    echo "Run it from a desktop session, or under Xvfb: xvfb-run -a ./run.sh" >&2
    exit 1
fi
exec "$build/app/comptoir" --demo "$@"

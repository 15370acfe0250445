#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Comptoir's whole test suite in one command: installs what is missing (Debian 12), builds with
# warnings as errors, runs every test (ctest), then does the same in an ASan+UBSan build.
#   ./test.sh                      everything
#   COMPTOIR_SANITIZERS=0 ./test.sh  skip the sanitizer pass (quicker local runs)
#   ./test.sh -L models            extra arguments go to ctest (both passes)
set -euo pipefail
cd "$(dirname "$0")"

cmake/install-deps.sh

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
jobs=$(nproc)

run_pass() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja -DCOMPTOIR_WERROR=ON -DCOMPTOIR_SHARED_LIBS=ON "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
    (cd "$dir" && ctest --output-on-failure -j "$jobs" "${ctest_args[@]}" "${pass_ctest_args[@]}")
}

ctest_args=("$@")
# Optimised as the shipped program (-O2), without debug information (it costs compile time and
# disk; the sanitizer pass below keeps line tables, for line numbers in its reports).
echo "== Comptoir tests (-O2, -Werror)"
# This pass also makes the .deb and installs it into a clean Debian 12 (label installer,
# tests/installer: skipped, with the reason, without a mirror or root).
pass_ctest_args=()
run_pass build/test -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG"

if [ "${COMPTOIR_SANITIZERS:-1}" != 0 ]; then
    # A CI machine keeps only one build tree at a time (its disk is not ours to fill).
    if [ "${CI:-}" = true ]; then rm -rf build/test; fi
    echo "== Comptoir tests under AddressSanitizer + UndefinedBehaviorSanitizer"
    # The package is made and installed once, by the pass above (an ASan build is no package).
    pass_ctest_args=(-LE installer)
    # -g1: line tables only, which is what the sanitizers' reports need (file and line of each
    # frame); full debug information would double the objects' size and the links' time.
    run_pass build/asan -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g1" -DCOMPTOIR_SANITIZE=ON
fi

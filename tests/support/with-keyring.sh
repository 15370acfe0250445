#!/bin/sh
# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# with-keyring.sh [--no-secret-service] TEST_BINARY [ARGS…]
# Runs TEST_BINARY inside a private D-Bus session with a fresh, unlocked gnome-keyring (the
# Secret Service), so that QtKeychain talks to a real keychain without touching the user's.
# With --no-secret-service: a private D-Bus session where no secret service exists or can be
# activated (COMPTOIR_KEYCHAIN_TEST=unavailable), as on a desktop without gnome-keyring/KWallet.
# Everything lives in a temporary folder removed afterwards. See shared/DEBIAN12-NOTES.md:
# the unlock password must be non-empty, and each run needs a fresh XDG_DATA_HOME.
# Exit 77 (CTest SKIP_RETURN_CODE) when dbus-run-session or gnome-keyring-daemon is missing.
set -u

mode=keyring
if [ "${1:-}" = "--no-secret-service" ]; then
    mode=unavailable
    shift
fi
if [ $# -lt 1 ]; then
    echo "usage: $0 [--no-secret-service] TEST_BINARY [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is not installed; skipping" >&2
        exit 77
    fi
done

root=$(mktemp -d "${TMPDIR:-/tmp}/comptoir-keyring.XXXXXX") || exit 2
trap 'rm -rf "$root"' EXIT HUP INT TERM
mkdir -m 700 "$root/home" "$root/runtime" "$root/data" "$root/config" "$root/cache"

HOME="$root/home"
XDG_RUNTIME_DIR="$root/runtime"
XDG_DATA_HOME="$root/data"
XDG_CONFIG_HOME="$root/config"
XDG_CACHE_HOME="$root/cache"
COMPTOIR_KEYCHAIN_TEST=$mode
export HOME XDG_RUNTIME_DIR XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME COMPTOIR_KEYCHAIN_TEST
# No X11 or Wayland: D-Bus must not autolaunch anything, and no unlock prompt may appear.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

if [ "$mode" = unavailable ]; then
    # A session bus with no service directories: org.freedesktop.secrets cannot be activated.
    cat >"$root/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$root</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$root/session.conf" -- "$@"
    exit $?
fi

dbus-run-session -- sh -c '
    printf secret | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>"$XDG_RUNTIME_DIR/keyring.log" || {
        echo "with-keyring.sh: gnome-keyring-daemon failed:" >&2
        cat "$XDG_RUNTIME_DIR/keyring.log" >&2
        exit 2
    }
    exec "$@"
' sh "$@"
exit $?

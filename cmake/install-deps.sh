#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Comptoir needs to build, test and run — exactly those, and
# only the ones missing. Idempotent: when everything is there it only checks and returns.
# Never installs dbus-x11 (with it, D-Bus autolaunch under Xvfb shows a keyring prompt and hangs).
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build
    # Qt 6.4: core, widgets, SQL with the SQLite driver, SVG icons, tests, translations
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    # SQLite's own headers: hot statements run on the Qt driver's handle (models/sqlitestatements.h)
    libsqlite3-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # fiscal signatures (Ed25519, OpenSSL 3) and the OS keychain (QtKeychain → libsecret → a
    # secret service; gnome-keyring and dbus also run the real-keychain test)
    libssl-dev qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus
    # the reference marketplace server (tests/marketplace) and its loopback tests (QtHttpServer's
    # CMake package needs the WebSockets development files)
    qt6-httpserver-dev qt6-websockets-dev
    # zxing-cpp: the return barcode (Code 128) on PDF and system-printer receipts, read back by tests
    libzxing-dev
    # Qt PDF: the label tests render the label PDF back to an image and decode its barcodes (issue 14)
    qt6-pdf-dev
    # spreadsheets (issue 14): minizip opens XLSX and ODS files (zip), libxlsxwriter writes XLSX exports
    libminizip-dev libxlsxwriter-dev
    # online orders (issue 16): the marketplace's gzip answers inflated with a cap on their size
    zlib1g-dev
    # photos (issue 15): libheif reads iPhones' HEIC photos; Qt Multimedia runs the camera (live view,
    # capture); the listing tests prove with exiftool that no metadata survives, make their fixtures
    # with ImageMagick, and the benchmark times ImageMagick beside Comptoir (photo_prepare)
    libheif-dev qt6-multimedia-dev libimage-exiftool-perl imagemagick
    # a font for the window, the on-screen keyboard-free till, and offscreen test rendering
    fonts-dejavu-core
    # the documentation's archive verifier (docs/verify_archive.py: Python 3 and one Ed25519
    # package) and its test, which runs it on archives Comptoir writes
    python3 python3-cryptography
    # the packages (installer/, tests/installer): CPack's DEB generator and its shlibdeps (dpkg-dev,
    # file); the checks of the desktop entry, the AppStream metainfo and the MIME type; a clean
    # Debian 12 root to install the .deb into (debootstrap), reached over HTTP (curl)
    dpkg-dev file desktop-file-utils appstream shared-mime-info debootstrap curl
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Comptoir: installing ${missing[*]}" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        sudo=(sudo)
    else
        echo "Comptoir: these packages are missing and this user cannot install them: ${missing[*]}" >&2
        echo "Ask an administrator to run: apt-get install --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

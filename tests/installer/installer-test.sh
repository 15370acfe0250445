#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# installer-test.sh CPACK BUILD_DIR: issue 13, item 2. Makes the .deb packages from the build tree
# (cpack -G DEB), installs comptoir with apt into a clean Debian 12 root (debootstrap bookworm
# minbase, chroot), and runs inside it, as a user's shell would:
#   comptoir --version
#   comptoir demo seed --data-dir D
#   comptoir journal verify --data-dir D
# each of which must succeed. The clean root is cached between runs as a tarball in
# ${XDG_CACHE_HOME:-$HOME/.cache}/comptoir/ (with the packages apt downloaded beside it), so only
# the first run pays for debootstrap.
# Exit 77 (CTest SKIP_RETURN_CODE), with the reason, when no package mirror can be reached, when
# this user cannot chroot (not root and no password-less sudo) or debootstrap is not installed.
# It never passes without installing.
# COMPTOIR_DEBIAN_MIRROR names another mirror (default http://deb.debian.org/debian).
set -euo pipefail

SKIP=77
if [ $# -ne 2 ]; then
    echo "usage: $0 CPACK BUILD_DIR" >&2
    exit 2
fi
cpack=$1
build=$(cd "$2" && pwd)
mirror=${COMPTOIR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
cache=${XDG_CACHE_HOME:-$HOME/.cache}/comptoir
tarball=$cache/debian12-$suite-minbase.tar.gz
debs_cache=$cache/debian12-$suite-apt-archives

skip() {
    echo "SKIPPED: $*"
    exit $SKIP
}
step() {
    printf '== %s (%ds)\n' "$*" "$SECONDS"
}

# --- can this run at all? --------------------------------------------------------------------------
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        skip "chroot needs root: this user is not root and has no password-less sudo"
    fi
fi
command -v debootstrap >/dev/null || [ -x /usr/sbin/debootstrap ] \
    || skip "debootstrap is not installed (cmake/install-deps.sh installs it)"
command -v dpkg-shlibdeps >/dev/null || skip "dpkg-shlibdeps (dpkg-dev) is not installed"
PATH=$PATH:/usr/sbin:/sbin
reachable() {
    if command -v curl >/dev/null; then
        curl -fsS --max-time 20 -o /dev/null "$mirror/dists/$suite/Release"
    else
        python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=20).read(1)' \
            "$mirror/dists/$suite/Release"
    fi
}
reachable 2>/dev/null || skip "no package mirror can be reached ($mirror/dists/$suite/Release)"

work=$(mktemp -d "${TMPDIR:-/tmp}/comptoir-installer.XXXXXX")
root=$work/root
mounted=()
cleanup() {
    local m
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        m=${mounted[i]}
        "${sudo[@]}" umount -l "$m" 2>/dev/null || true
    done
    # Never remove through a mount point left behind (/proc, /dev of the host).
    if ! grep -q " $work/" /proc/mounts; then
        "${sudo[@]}" rm -rf --one-file-system "$work"
    else
        echo "installer-test: $work still has mounts; left in place" >&2
    fi
}
trap cleanup EXIT
in_root() {
    "${sudo[@]}" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive chroot "$root" "$@"
}

# --- 1. the packages, from this build tree ------------------------------------------------------------
step "cpack -G DEB in $build"
(cd "$work" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/packages" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    echo "FAIL: cpack could not make the packages" >&2
    exit 1
}
deb=$(ls "$work"/packages/comptoir_*_*.deb)
market_deb=$(ls "$work"/packages/comptoir-marketplace_*_*.deb 2>/dev/null || true)
echo "packages: $(cd "$work/packages" && ls ./*.deb | tr '\n' ' ')"
dpkg-deb --field "$deb" Package Version Depends Recommends

# --- 2. a clean Debian 12 root (cached) -----------------------------------------------------------
mkdir -p "$cache"
if [ ! -s "$tarball" ]; then
    step "debootstrap --variant=minbase $suite from $mirror (first run: no cached root)"
    "${sudo[@]}" debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
        tail -n 30 "$work/debootstrap.log"
        echo "FAIL: debootstrap did not make a root" >&2
        exit 1
    }
    # With the package lists: a later run's apt-get update then only checks them.
    in_root apt-get update -q >"$work/apt-update.log" 2>&1 || {
        cat "$work/apt-update.log"
        echo "FAIL: apt-get update in the new root" >&2
        exit 1
    }
    in_root apt-get clean
    "${sudo[@]}" tar --one-file-system -C "$root" -czf "$tarball.tmp" .
    "${sudo[@]}" mv "$tarball.tmp" "$tarball"
    echo "cached: $tarball ($(du -h "$tarball" | cut -f1))"
else
    step "the clean root from the cache ($tarball)"
    mkdir -p "$root"
    "${sudo[@]}" tar -C "$root" -xzf "$tarball"
fi
# /proc for the programs (Qt reads /proc/self/exe); debootstrap made the device nodes of /dev,
# else the host's are bound there.
"${sudo[@]}" mount -t proc proc "$root/proc"
mounted+=("$root/proc")
if [ ! -c "$root/dev/null" ]; then
    "${sudo[@]}" mount --bind /dev "$root/dev"
    mounted+=("$root/dev")
fi
if [ -d "$debs_cache" ]; then # the packages a previous run downloaded (apt checks them)
    "${sudo[@]}" cp "$debs_cache"/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
fi

# --- 3. apt install, as on a clean Debian 12 ----------------------------------------------------
# --no-install-recommends: the Depends alone must be enough for everything run below.
step "apt-get update"
in_root apt-get update -q
"${sudo[@]}" cp "$deb" "$root/tmp/"
step "apt-get install ./$(basename "$deb")"
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")"
if [ -n "$market_deb" ]; then
    "${sudo[@]}" cp "$market_deb" "$root/tmp/"
    step "apt-get install ./$(basename "$market_deb")"
    in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$market_deb")"
fi
mkdir -p "$debs_cache"
cp "$root"/var/cache/apt/archives/*.deb "$debs_cache/" 2>/dev/null || true

# --- 4. the program, inside the root ----------------------------------------------------------------
failed=0
run() {
    step "chroot: $*"
    if ! in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime "$@"; then
        echo "FAIL: $*" >&2
        failed=1
    fi
}
in_root install -d -m 700 /tmp/runtime
run comptoir --version
run comptoir demo seed --data-dir /tmp/shop
run comptoir journal verify --data-dir /tmp/shop
if [ -n "$market_deb" ]; then
    run sh -c 'comptoir-marketplace create-shop --db /tmp/market.sqlite --name Essai >/dev/null'
fi
# What the desktop finds: the entry, its icon in every size, the metainfo, the MIME type.
for f in /usr/share/applications/fr.vitrines_orleans.Comptoir.desktop \
    /usr/share/metainfo/fr.vitrines_orleans.Comptoir.metainfo.xml \
    /usr/share/mime/packages/comptoir-provisioning.xml \
    /usr/share/icons/hicolor/scalable/apps/comptoir.svg \
    /usr/share/doc/comptoir/LICENSE /usr/share/doc/comptoir/THIRD-PARTY-NOTICES.md \
    /usr/share/doc/comptoir/copyright; do
    [ -s "$root$f" ] || {
        echo "FAIL: $f is not installed" >&2
        failed=1
    }
done
for size in 16 24 32 48 64 128 256; do
    [ -s "$root/usr/share/icons/hicolor/${size}x$size/apps/comptoir.png" ] || {
        echo "FAIL: the ${size}x$size icon is not installed" >&2
        failed=1
    }
done
step "done"
if [ $failed -ne 0 ]; then
    echo "FAIL: the installed package did not do all it should (above)" >&2
    exit 1
fi
echo "PASS: $(basename "$deb") installed with apt on a clean Debian 12 and ran"

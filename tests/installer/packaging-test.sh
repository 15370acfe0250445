#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# packaging-test.sh SOURCE_DIR: the desktop integration files of installer/ as the desktop and the
# software centres read them (label `packaging`, fast, run by every pass):
#   - the desktop entry passes desktop-file-validate, names the icon and opens provisioning files;
#   - the AppStream metainfo passes `appstreamcli validate --no-net`, launches that entry, and each
#     screenshot it lists is in docs/screenshots/;
#   - the MIME XML, compiled by update-mime-database, maps *.comptoir to
#     application/x-comptoir-provisioning, a sub-class of application/json.
# The tools come with cmake/install-deps.sh (desktop-file-utils, appstream, shared-mime-info);
# a missing one is a failure, not a pass.
set -euo pipefail
src=$1
id=fr.vitrines_orleans.Comptoir
desktop=$src/installer/$id.desktop
metainfo=$src/installer/$id.metainfo.xml
mime=$src/installer/comptoir-provisioning.xml
type=application/x-comptoir-provisioning
failed=0
fail() {
    echo "FAIL: $*" >&2
    failed=1
}

for tool in desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || {
        echo "FAIL: $tool is not installed (cmake/install-deps.sh installs it)" >&2
        exit 1
    }
done

echo "== desktop-file-validate $id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -qx 'Icon=comptoir' "$desktop" || fail "the desktop entry does not name the icon comptoir"
grep -qx "MimeType=$type;" "$desktop" || fail "the desktop entry does not open $type"
grep -qx 'Exec=comptoir %f' "$desktop" || fail "the desktop entry does not pass the file (Exec=comptoir %f)"
[ -s "$src/resources/icons/comptoir.svg" ] || fail "resources/icons/comptoir.svg is missing"

echo "== appstreamcli validate --no-net $id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $id.desktop"
grep -q "<mediatype>$type</mediatype>" "$metainfo" || fail "the metainfo does not provide $type"
shots=$(sed -n 's|.*<image[^>]*>https://[^<]*/\([^/<]*\.png\)</image>.*|\1|p' "$metainfo")
[ -n "$shots" ] || fail "the metainfo lists no screenshot"
for shot in $shots; do
    [ -s "$src/docs/screenshots/$shot" ] || fail "docs/screenshots/$shot is missing (tests/installer/screenshots)"
done

echo "== update-mime-database with comptoir-provisioning.xml"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$mime" "$tmp/mime/packages/"
update-mime-database "$tmp/mime" >/dev/null || fail "update-mime-database refused the XML"
grep -q "^[0-9]*:$type:\*\.comptoir$" "$tmp/mime/globs2" || fail "*.comptoir does not map to $type"
grep -qx "$type application/json" "$tmp/mime/subclasses" || fail "$type is not a sub-class of application/json"
grep -q "$type" "$tmp/mime/types" || fail "$type is not in the compiled types"

if [ $failed -ne 0 ]; then
    exit 1
fi
echo "PASS: desktop entry, metainfo and MIME type"

#!/bin/sh
# Installs the build into a scratch prefix and checks what a desktop needs there: the programs, the desktop
# entry with its osmdesk:// handler, the AppStream metadata, the icons and osmctl's man page, validated by the
# tools the distributions use. Usage: check-install.sh <build dir> <scratch dir>
set -eu
build=$1
prefix=$2/prefix
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null

for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (scripts/deps.sh installs it)"; exit 77; }
done

fail() { echo "FAIL: $*"; exit 1; }
id=org.osmdesk.OsmDesk
for program in osmdesk osmctl osm-sim; do
  [ -x "$prefix/bin/$program" ] || fail "bin/$program is missing"
done
desktop=$prefix/share/applications/$id.desktop
metainfo=$prefix/share/metainfo/$id.metainfo.xml
[ -f "$desktop" ] || fail "the desktop entry is missing"
[ -f "$metainfo" ] || fail "the AppStream metadata is missing"
[ -f "$prefix/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "the scalable icon is missing"
for size in 16 24 32 48 64 128 256 512; do
  [ -f "$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png" ] || fail "the ${size}px icon is missing"
done
man=$prefix/share/man/man1/osmctl.1
[ -f "$man" ] || [ -f "$man.gz" ] || fail "osmctl's man page is missing"

desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

grep -q '^Exec=osmdesk %u$' "$desktop" || fail "Exec does not pass the link to osmdesk"
grep -q '^MimeType=.*x-scheme-handler/osmdesk;' "$desktop" || fail "no osmdesk:// handler"
grep -q "^Icon=$id$" "$desktop" || fail "Icon is not the installed icon's name"
for lang in zh_CN zh_TW ja ko de fr es pt_BR ru ar; do
  grep -q "^Keywords\[$lang\]=" "$desktop" || fail "no keywords in $lang"
  grep -q "^Comment\[$lang\]=" "$desktop" || fail "no comment in $lang"
done
grep -q "<release version=\"$("$prefix/bin/osmdesk" --version 2>/dev/null | awk '{print $NF}')\"" "$metainfo" \
  || fail "the metadata's release is not the program's version"
echo "install tree OK"

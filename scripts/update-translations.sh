#!/usr/bin/env bash
# Updates translations/osmdesk_*.ts from the sources of core/, ui/ and app/ (lupdate through the
# update_translations target, with -no-obsolete so entries whose source string is gone are dropped).
# Configures the build directory first if needed. New entries come out "unfinished": translate them
# (Qt Linguist, or by editing the XML) until tests/i18n's tst_tscomplete passes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${OSM_BUILD_DIR:-$root/build}"
if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${OSM_BUILD_TYPE:-RelWithDebInfo}"
else
  # Picks up source files added since the last configure (the source list is a CONFIGURE_DEPENDS glob).
  cmake "$build" >/dev/null
fi
cmake --build "$build" --target update_translations
unfinished="$(grep -c 'type="unfinished"' "$root"/translations/*.ts | grep -v ':0$' || true)"
if [[ -n "$unfinished" ]]; then
  echo "Entries still to translate:"
  echo "$unfinished"
fi

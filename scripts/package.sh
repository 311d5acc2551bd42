#!/usr/bin/env bash
# Builds a Release tree in build-package/ (or $OSM_BUILD_DIR) and makes the Debian package there with CPack.
# Prints the path of the .deb; install it with: sudo apt-get install ./osmdesk_<version>_amd64.deb
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${OSM_BUILD_DIR:-$root/build-package}"
"$root/scripts/deps.sh"
OSM_BUILD_DIR="$build" OSM_BUILD_TYPE=Release "$root/scripts/build.sh" -DOSM_BUILD_TESTS=OFF
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/osmdesk_*.deb

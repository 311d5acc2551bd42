#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless; ends with ctest's summary.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/deps.sh"
"$root/scripts/build.sh" -DOSM_BUILD_TESTS=ON -DOSM_WERROR=ON
build="${OSM_BUILD_DIR:-$root/build}"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure -j "${OSM_JOBS:-2}"

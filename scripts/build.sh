#!/usr/bin/env bash
# Configures and builds OSM Desk into build/ (or $OSM_BUILD_DIR) with Ninja. Extra arguments go to cmake.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${OSM_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${OSM_BUILD_TYPE:-RelWithDebInfo}" "$@"
cmake --build "$build" -j "${OSM_JOBS:-2}"

#!/usr/bin/env bash
# Installs what is missing, builds, and starts OSM Desk against its built-in simulator (demo mode).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/deps.sh"
"$root/scripts/build.sh" -DOSM_BUILD_TESTS=OFF
exec "${OSM_BUILD_DIR:-$root/build}/app/osmdesk" --demo "$@"

#!/usr/bin/env bash
# Builds the benchmarks of issue 8 in Release and prints one line per figure:
#   figure  value unit  target  ratio-to-reference  verdict
# Usage: bench/run.sh [--no-build] (figures 1-8; about 10 minutes on an idle 2-core machine)
#   OSM_BENCH_DIR   build directory (default: build-bench beside this script's parent)
#   OSM_BENCH_REPS  repetitions per figure; the median is reported (default 5)
#   OSM_BENCH_SDK   0 skips figure 2 (the official Node.js SDK; needs node + npm, installs into the build dir)
#   OSM_BENCH_SDK_VERSION  the SDK core version installed (default 3.1.211, the one measured in docs/performance.md)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${OSM_BENCH_DIR:-$root/build-bench}"

if [[ "${1:-}" != "--no-build" ]]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOSM_BUILD_BENCH=ON -DOSM_BUILD_TESTS=OFF \
    "${launcher[@]}" >/dev/null
  cmake --build "$build" -j2 --target osm-sim bench_requests bench_signing bench_caselist bench_thread bench_startup \
    bench_upload bench_polling >/dev/null
fi

# The simulator in its own process, as a server would be; its first stdout line names the port.
simlog="$(mktemp)"
"$build/sim/osm-sim" --port 0 >"$simlog" 2>/dev/null &
simpid=$!
trap 'kill "$simpid" 2>/dev/null || true; rm -f "$simlog"' EXIT
for _ in $(seq 100); do
  grep -q "listening on" "$simlog" && break
  sleep 0.1
done
url="$(sed -n 's/^osm-sim listening on \(http[^ ]*\).*/\1/p' "$simlog" | head -1)"
[[ -n "$url" ]] || { echo "osm-sim did not start" >&2; exit 1; }

echo "# OSM Desk benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, reps=${OSM_BENCH_REPS:-5}, osm-sim at $url"
printf '%-36s %12s %-9s %-22s %-8s %s\n' "# figure" "value" "unit" "target" "ratio" "verdict"
requests="$("$build/bench/bench_requests" "$url")"
echo "$requests"
# Figure 2's ratio is OSM Desk's pipeline throughput of this same run over the SDK's.
pipeline_rate() { awk -v name="1.requests.$1.pipeline" '$1 == name { print $2 }' <<<"$requests"; }
if [[ "${OSM_BENCH_SDK:-1}" != 0 ]] && command -v node >/dev/null && command -v npm >/dev/null; then
  sdk="$build/node-sdk"
  if [[ ! -d "$sdk/node_modules/@huaweicloud/huaweicloud-sdk-core" ]]; then
    # The SDK core does not declare its uuid dependency: uuid@9 goes beside it.
    mkdir -p "$sdk"
    npm install --prefix "$sdk" --no-audit --no-fund --silent "@huaweicloud/huaweicloud-sdk-core@${OSM_BENCH_SDK_VERSION:-3.1.211}" uuid@9 >/dev/null
  fi
  NODE_PATH="$sdk/node_modules" node "$here/sdk_requests.js" "$url" "$(pipeline_rate sequential)" "$(pipeline_rate concurrent6)"
else
  echo "# figure 2 skipped (OSM_BENCH_SDK=0 or no node/npm)"
fi
"$build/bench/bench_signing"
QT_QPA_PLATFORM=offscreen "$build/bench/bench_caselist"
QT_QPA_PLATFORM=offscreen "$build/bench/bench_thread"
"$build/bench/bench_startup"
"$build/bench/bench_upload"
# Figure 8 starts its own osm-sim (--verbose): it counts the requests that simulator answers.
"$build/bench/bench_polling" "$build/sim/osm-sim"

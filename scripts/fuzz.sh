#!/usr/bin/env bash
# Fuzzes the readers of untrusted input with libFuzzer (issue 9): builds fuzz/ with clang, ASan and UBSan in
# its own build directory, seeds each target from the reference's examples, and runs each for a bounded time.
# Not part of ctest. Any crash is kept as <build>/fuzz-artifacts/<target>-crash-*: minimise it with
#   <build>/fuzz/<target> -minimize_crash=1 -runs=10000 <file>
# and turn it into a regression test in tests/.
#
# Usage: scripts/fuzz.sh [target...]      (default: every target)
# Environment: OSM_FUZZ_SECONDS (per target, default 60), OSM_FUZZ_BUILD_DIR (default <repo>/build-fuzz),
#              OSM_JOBS (build jobs, default 2), OSM_FUZZ_ARGS (extra libFuzzer flags).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${OSM_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${OSM_FUZZ_SECONDS:-60}"
all_targets=(fuzz_model_json fuzz_richtext fuzz_filename fuzz_content_disposition fuzz_multipart)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# clang's libFuzzer and sanitizer runtimes (Debian 12: clang 14, libclang-rt-14-dev), installed here rather
# than by deps.sh because only fuzzing needs them.
missing=()
for p in clang llvm libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Everything in this build directory is instrumented (coverage for libFuzzer, ASan, UBSan that aborts).
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" \
  -DOSM_BUILD_FUZZ=ON -DOSM_WERROR=OFF \
  "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
  "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" >/dev/null
cmake --build "$build" -j "${OSM_JOBS:-2}" --target "${targets[@]}"

endpoints="$root/tests/data/endpoints.json"
[ -f "$endpoints" ] || endpoints="$root/../shared/osm-api/endpoints.json"
rm -rf "$build/fuzz-seeds"
python3 "$root/fuzz/make_seeds.py" "$root" "$endpoints" "$build/fuzz-seeds"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false;*.warning=false'
mkdir -p "$build/fuzz-artifacts"
failed=()
summary=()
for target in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$target" # what the fuzzer learned, kept between runs
  mkdir -p "$corpus" "$build/fuzz-seeds/$target"
  log="$build/fuzz-artifacts/$target.log"
  echo "== $target: ${seconds}s (log: $log)"
  status=0
  # shellcheck disable=SC2086
  "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-artifacts/$target-" ${OSM_FUZZ_ARGS:-} \
    "$corpus" "$build/fuzz-seeds/$target" >"$log" 2>&1 || status=$?
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
  cov="$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)"
  if [ "$status" -eq 0 ]; then
    summary+=("$target: ok, ${runs:-?} runs, ${cov:-cov: ?}, corpus $(ls "$corpus" | wc -l)")
  else
    failed+=("$target")
    summary+=("$target: FAILED (exit $status), see $log")
    grep -m1 -E 'ERROR: |runtime error|SUMMARY|: (Windows|empty|not stable|forbidden|leading|trailing|tag|attribute|unsafe)' "$log" || true
    grep -E 'Test unit written to' "$log" || true
  fi
done
echo "== summary"
printf '%s\n' "${summary[@]}"
[ ${#failed[@]} -eq 0 ]

#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless; ends with ctest's summary.
#
#   scripts/test.sh              RelWithDebInfo build in build/ (what CI runs: .ci/run)
#   scripts/test.sh --sanitize   Debug build with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/
#                                (OSM_SANITIZE=ON); any report fails the test that caused it. Not run by CI:
#                                on two cores the instrumented build and suite take far longer than CI allows.
# Extra arguments go to ctest (e.g. -R tst_pipeline). Environment: OSM_BUILD_DIR, OSM_BUILD_TYPE, OSM_JOBS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sanitize=0
if [ "${1:-}" = "--sanitize" ]; then
  sanitize=1
  shift
fi
"$root/scripts/deps.sh"
if [ $sanitize -eq 1 ]; then
  export OSM_BUILD_DIR="${OSM_BUILD_DIR:-$root/build-asan}"
  export OSM_BUILD_TYPE="${OSM_BUILD_TYPE:-Debug}"
  "$root/scripts/build.sh" -DOSM_BUILD_TESTS=ON -DOSM_WERROR=ON -DOSM_SANITIZE=ON
  supp="$root/scripts/sanitizers"
  # Leaks are reported (LeakSanitizer) except those of system libraries listed in lsan.supp; every error stops
  # the process with a non-zero status, so ctest marks the test failed.
  export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
else
  "$root/scripts/build.sh" -DOSM_BUILD_TESTS=ON -DOSM_WERROR=ON
fi
build="${OSM_BUILD_DIR:-$root/build}"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure -j "${OSM_JOBS:-2}" "$@"

#!/usr/bin/env bash
# Builds the core, the command line and the GoogleTest suite with AddressSanitizer and
# UndefinedBehaviorSanitizer (clang when present, else gcc; in build-asan/, which scripts/fuzz.sh
# shares) and runs the ctest suite there: every unit test, the gold scores and the dev-set
# evaluation, each through sanitized code (not the README's figures; batch.scale on 200 clusters).
# Every sanitizer report is fatal, so it fails its test.
#
#   scripts/sanitize.sh               the suite
#   scripts/sanitize.sh -R Cli        ctest arguments pass through
#
# Env: TRI_ASAN_BUILD_DIR (default <repo>/build-asan).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${TRI_ASAN_BUILD_DIR:-$root/build-asan}"
jobs=$(nproc 2>/dev/null || echo 2)

options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRIANGULATE_SANITIZE=ON -DTRIANGULATE_BUILD_BENCH=OFF)
if command -v clang++ >/dev/null 2>&1; then
  export CXX=clang++
  options+=(-DTRIANGULATE_FUZZ=ON)  # one build for both scripts: the harnesses come along
elif [ -f "$build/CMakeCache.txt" ] && grep -q 'TRIANGULATE_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  echo "sanitize.sh: $build was configured for clang, which is gone; remove it" >&2
  exit 2
fi
cmake -S . -B "$build" -G Ninja "${options[@]}" >/dev/null
cmake --build "$build" -j"$jobs"

# detect_leaks: memory the core forgets is a failure too. The CLI tests run the sanitized CLI.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# Under the sanitizers every run is several times slower, and what they look for is memory and
# undefined behaviour, not scale: batch.scale runs 200 clusters instead of 1,000, and the README's
# figures (label docs: the native suite checks them) are not computed again.
export TRI_BATCH_CLUSTERS="${TRI_BATCH_CLUSTERS:-200}"
if [ $# -eq 0 ]; then set -- -LE docs; fi
ctest --test-dir "$build" --output-on-failure -j"$jobs" "$@"

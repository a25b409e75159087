#!/usr/bin/env bash
# Builds the libFuzzer harnesses of fuzz/ (clang, AddressSanitizer + UndefinedBehaviorSanitizer,
# in build-asan/, shared with scripts/sanitize.sh) and runs them on their seeds and dictionaries,
# with inputs up to 1 MB. Prints one line per harness: executions, coverage (cov, ft), corpus.
#
#   scripts/fuzz.sh                       CI mode: every harness 30 s, 2 at a time, on a throwaway
#                                         corpus grown from the seeds; any finding fails
#   scripts/fuzz.sh --long 3600 json html long mode: each named harness (default all) for 3600 s,
#                                         one at a time; the corpus grows in fuzz/corpus/<harness>/
#                                         and findings are saved in fuzz/findings/<harness>/ (both
#                                         git-ignored), then the run goes on to the next harness
#   scripts/fuzz.sh --seconds 10          CI mode with another time per harness
#
# Harnesses: compare json html utf8 segment facts (see fuzz/fuzz_*.cc). Reproduce a finding with
#   build-asan/fuzz/fuzz_<harness> <file>
# Env: TRI_ASAN_BUILD_DIR (default <repo>/build-asan), TRI_FUZZ_JOBS (CI mode, default 2).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${TRI_ASAN_BUILD_DIR:-$root/build-asan}"
all=(compare json html utf8 segment facts)

mode=ci
seconds=30
harnesses=()
while [ $# -gt 0 ]; do
  case "$1" in
    --long) mode=long; seconds="${2:?--long needs seconds}"; shift 2 ;;
    --seconds) seconds="${2:?--seconds needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) harnesses+=("$1"); shift ;;
  esac
done
[ ${#harnesses[@]} -eq 0 ] && harnesses=("${all[@]}")

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz.sh: clang++ not found (Debian: apt-get install clang libclang-rt-dev)" >&2
  exit 2
fi
CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRIANGULATE_FUZZ=ON \
  -DTRIANGULATE_BUILD_BENCH=OFF >/dev/null || exit 1
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}" || exit 1

seeds=$(mktemp -d "${TMPDIR:-/tmp}/tri-fuzz-seeds.XXXXXX")  # one per run: runs may overlap
trap 'rm -rf "$seeds"' EXIT
python3 fuzz/seeds.py "$seeds" >/dev/null || exit 1
# One dictionary per harness; compare reads both article text and HTML.
dict_of() {
  case "$1" in
    compare) cat fuzz/dict/text.dict fuzz/dict/html.dict > "$seeds/compare.dict"; echo "$seeds/compare.dict" ;;
    json) echo fuzz/dict/json.dict ;;
    html) echo fuzz/dict/html.dict ;;
    utf8) echo fuzz/dict/utf8.dict ;;
    *) echo fuzz/dict/text.dict ;;
  esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# run_one HARNESS CORPUS_DIR FINDINGS_DIR LOG: fuzzes for $seconds; returns libFuzzer's status.
run_one() {
  local h=$1 corpus=$2 findings=$3 log=$4
  mkdir -p "$corpus" "$findings"
  "$build/fuzz/fuzz_$h" "$corpus" "$seeds/$h" \
    -dict="$(dict_of "$h")" -max_len=1048576 -timeout=30 -rss_limit_mb=2560 \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1
}

# summary HARNESS LOG STATUS: one line from libFuzzer's final statistics.
summary() {
  local h=$1 log=$2 status=$3
  local runs cov ft corp
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  corp=$(grep -oE 'corp: [0-9]+/[0-9A-Za-z]+' "$log" | tail -1 | cut -d' ' -f2)
  if [ "$status" -eq 0 ]; then
    printf '%-8s ok       %10s runs  cov %-6s ft %-7s corpus %s\n' "$h" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}"
  else
    printf '%-8s FINDING  (exit %s) after %s runs; log: %s\n' "$h" "$status" "${runs:-?}" "$log"
    grep -E -A30 'ERROR: |invariant failed|runtime error|deadly signal|Test unit written' "$log" | head -60
  fi
}

failed=0
if [ "$mode" = long ]; then
  for h in "${harnesses[@]}"; do
    mkdir -p fuzz/findings/"$h"
    log="fuzz/findings/$h/last-run.log"
    run_one "$h" "fuzz/corpus/$h" "fuzz/findings/$h" "$log"
    status=$?
    summary "$h" "$log" "$status"
    [ "$status" -eq 0 ] || failed=$((failed + 1))
  done
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/tri-fuzz.XXXXXX")
  jobs="${TRI_FUZZ_JOBS:-2}"
  pids=()
  names=()
  finish() {  # waits for the oldest running harness and reports it
    wait "${pids[0]}"
    local status=$?
    summary "${names[0]}" "$work/${names[0]}.log" "$status"
    [ "$status" -eq 0 ] || failed=$((failed + 1))
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  }
  for h in "${harnesses[@]}"; do
    [ ${#pids[@]} -ge "$jobs" ] && finish
    run_one "$h" "$work/corpus-$h" "$work/findings-$h" "$work/$h.log" &
    pids+=($!)
    names+=("$h")
  done
  while [ ${#pids[@]} -gt 0 ]; do finish; done
  if [ "$failed" -eq 0 ]; then rm -rf "$work"; else echo "fuzz.sh: findings kept in $work"; fi
fi
[ "$failed" -eq 0 ] && echo "fuzz.sh: ${#harnesses[@]} harnesses, no finding" || echo "fuzz.sh: $failed harnesses with findings"
echo "tests: $((${#harnesses[@]} - failed)) passed, $failed failed"  # the form scripts/test.sh counts
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Wall time of `triangulate --batch` on the same clusters with --jobs 1, 2, ... (median of RUNS
# runs each, output to /dev/null), and whether each output is byte-identical to --jobs 1.
#
# usage: bench/batch_jobs.sh [CLUSTERS=1000] [RUNS=7] [JOBS="1 2"]
#   CLI=build/cli/triangulate by default. The clusters come from bench/make_batch.py.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cli=${CLI:-$repo/build/cli/triangulate}
clusters=${1:-1000}
runs=${2:-7}
jobs_list=${3:-1 2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$repo/bench/make_batch.py" --clusters "$clusters" > "$tmp/in.jsonl"
echo "$clusters clusters ($(wc -c < "$tmp/in.jsonl") bytes), $runs runs each, $(nproc) cores"
"$cli" --batch < "$tmp/in.jsonl" > "$tmp/ref.jsonl"
for j in $jobs_list; do
  times=()
  for _ in $(seq "$runs"); do
    start=${EPOCHREALTIME/[.,]/}
    "$cli" --batch --jobs "$j" < "$tmp/in.jsonl" > "$tmp/out.jsonl"
    end=${EPOCHREALTIME/[.,]/}
    times+=("$(printf '%d.%06d' $(((end - start) / 1000000)) $(((end - start) % 1000000)))")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  same=$(cmp -s "$tmp/out.jsonl" "$tmp/ref.jsonl" && echo "byte-identical to --jobs 1" || echo "DIFFERS from --jobs 1")
  printf -- '--jobs %s: median %.3f s (min %.3f, max %.3f), %s\n' "$j" "$median" \
    "$(printf '%s\n' "${times[@]}" | sort -n | head -1)" "$(printf '%s\n' "${times[@]}" | sort -n | tail -1)" "$same"
done

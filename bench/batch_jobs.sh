#!/usr/bin/env bash
# Wall time of `triangulate --batch` on the same clusters with --jobs 1, 2, ... (median of RUNS
# runs each, output to a file), and whether each output is byte-identical to --jobs 1. The runs
# of the different --jobs values alternate, so a machine that gets busier or quieter during the
# measurement affects them alike.
#
# usage: bench/batch_jobs.sh [CLUSTERS=1000] [RUNS=7] [JOBS="1 2"]
#   CLI=build/cli/triangulate by default. The clusters come from bench/make_batch.py.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cli=${CLI:-$repo/build/cli/triangulate}
clusters=${1:-1000}
runs=${2:-7}
read -r -a jobs_list <<< "${3:-1 2}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$repo/bench/make_batch.py" --clusters "$clusters" > "$tmp/in.jsonl"
echo "$clusters clusters ($(wc -c < "$tmp/in.jsonl") bytes), $runs runs each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$cli" --batch < "$tmp/in.jsonl" > "$tmp/ref.jsonl"
declare -A times same
for _ in $(seq "$runs"); do
  for j in "${jobs_list[@]}"; do
    start=${EPOCHREALTIME/[.,]/}
    "$cli" --batch --jobs "$j" < "$tmp/in.jsonl" > "$tmp/out.jsonl"
    end=${EPOCHREALTIME/[.,]/}
    times[$j]+="$(printf '%d.%06d' $(((end - start) / 1000000)) $(((end - start) % 1000000))) "
    cmp -s "$tmp/out.jsonl" "$tmp/ref.jsonl" || same[$j]=no
  done
done
for j in "${jobs_list[@]}"; do
  sorted=$(tr ' ' '\n' <<< "${times[$j]}" | grep . | sort -n)
  median=$(sed -n "$(( (runs + 1) / 2 ))p" <<< "$sorted")
  printf -- '--jobs %s: median %.3f s (min %.3f, max %.3f), %s\n' "$j" "$median" \
    "$(head -1 <<< "$sorted")" "$(tail -1 <<< "$sorted")" \
    "$([ "${same[$j]:-yes}" = yes ] && echo "byte-identical to --jobs 1" || echo "DIFFERS from --jobs 1")"
done

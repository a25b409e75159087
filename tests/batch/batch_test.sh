#!/usr/bin/env bash
# Batch at scale: 1,000 clusters (bench/make_batch.py) through `triangulate --batch` with one
# thread, with --jobs 2 and 3, and through the README's GNU parallel recipe; every run must give
# the same bytes. Then lines that fail (malformed JSON, one source, blank and CRLF lines) under
# --jobs, and every --format under --jobs; then one comparison of FILEs under --jobs.
#
# usage: tests/batch/batch_test.sh CLI [WORKDIR]      (ctest runs it as batch.scale)
# Env: TRI_BATCH_CLUSTERS, the number of clusters (default 1000; scripts/sanitize.sh runs 200 under
# the sanitizers, where every run is several times slower and the point is memory errors, not scale).
# Exit 0 pass, 1 fail, 77 skipped (GNU parallel missing: scripts/install-deps.sh installs it).
set -uo pipefail
cli=$(realpath "$1")
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${2:-$(mktemp -d)}
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
same() {  # name, file, reference
  if cmp -s "$2" "$3"; then echo "ok: $1"; else fail "$1 differs from $3 ($(cmp "$2" "$3" 2>&1 | head -1))"; fi
}

n=${TRI_BATCH_CLUSTERS:-1000}
python3 "$repo/bench/make_batch.py" --clusters "$n" > clusters.jsonl || exit 1

# --jobs: the same bytes, one line per cluster, in input order.
"$cli" --batch < clusters.jsonl > jobs1.jsonl 2> jobs1.err; rc1=$?
[ "$rc1" -eq 0 ] || fail "--jobs 1 exited $rc1: $(cat jobs1.err)"
[ "$(wc -l < jobs1.jsonl)" -eq "$n" ] || fail "--jobs 1 gave $(wc -l < jobs1.jsonl) lines for $n clusters"
python3 - jobs1.jsonl <<'PY' || fail "results are not in input order, or some failed"
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding='utf-8')):
    r = json.loads(line)
    assert r['id'] == 'cluster-%05d' % i and r['schema'] == 1, (i, line[:80])
PY
for j in 2 3; do
  "$cli" --batch --jobs "$j" < clusters.jsonl > "jobs$j.jsonl" 2> "jobs$j.err" || fail "--jobs $j exited $?"
  same "--jobs $j, $n clusters" "jobs$j.jsonl" jobs1.jsonl
done

# The README's recipe, as written there (the first line that starts with "parallel --pipe").
if parallel --version 2>/dev/null | grep -q "GNU parallel"; then
  recipe=$(grep -m1 -E '^\s*parallel --pipe' "$repo/README.md" | sed -E 's/^\s+//')
  if [ -z "$recipe" ]; then
    fail "README.md has no line starting with 'parallel --pipe'"
  else
    mkdir -p bin && ln -sf "$cli" bin/triangulate
    echo "recipe: $recipe"
    PATH="$work/bin:$PATH" bash -c "$recipe" 2> parallel.err || fail "the recipe exited $?: $(cat parallel.err)"
    out=$(grep -o '> *[^ ]*$' <<< "$recipe" | tr -d '> ')
    same "GNU parallel recipe" "$out" jobs1.jsonl
  fi
else
  echo "skip: GNU parallel is not installed (scripts/install-deps.sh installs it)"
  skipped=1
fi

# The progress line: automatic when stderr is a terminal (a pseudo-terminal from script(1)) and
# stdout is not, after the first second; never in the results.
if command -v script >/dev/null 2>&1; then
  cat clusters.jsonl clusters.jsonl clusters.jsonl > long.jsonl
  cat jobs1.jsonl jobs1.jsonl jobs1.jsonl > jobs1x3.jsonl
  start=$(date +%s%N)
  script -qec "'$cli' --batch --jobs 2 < long.jsonl > tty.jsonl" /dev/null > tty.err
  ms=$((($(date +%s%N) - start) / 1000000))
  same "results with a terminal on stderr" tty.jsonl jobs1x3.jsonl
  if [ "$ms" -gt 1500 ]; then
    grep -q "clusters so far" tty.err || fail "no progress line on a terminal after ${ms} ms: $(head -c 200 tty.err)"
    grep -q "triangulate: $((3 * n)) clusters in " tty.err || fail "no closing progress line: $(tail -c 200 tty.err)"
    echo "ok: progress line on a terminal (${ms} ms)"
  else
    echo "skip: the long batch took ${ms} ms, too quick for the progress line"
  fi
fi

# Lines that fail or are blank: the same bytes, exit status and message for any --jobs.
{
  head -n 3 clusters.jsonl
  printf '\n{not json\n'
  printf '%s\n' '{"id":"lonely","sources":[{"id":"a","text":"Only one source."}]}'
  sed -n 4p clusters.jsonl | tr -d '\n'; printf '\r\n'
  printf '   \n'
  sed -n 5,40p clusters.jsonl
} > mixed.jsonl
"$cli" --batch < mixed.jsonl > mixed1.jsonl 2> mixed1.err; m1=$?
[ "$m1" -eq 1 ] || fail "a batch with failed lines exited $m1, not 1"
[ "$(wc -l < mixed1.jsonl)" -eq 42 ] || fail "mixed batch: $(wc -l < mixed1.jsonl) lines for 42 non-blank input lines"
grep -q '"error":"line 5: ' mixed1.jsonl || fail "the malformed line is not reported as line 5"
for j in 2 4; do
  "$cli" --batch --jobs "$j" < mixed.jsonl > "mixed$j.jsonl" 2> "mixed$j.err"; mj=$?
  [ "$mj" -eq "$m1" ] || fail "--jobs $j exited $mj on the mixed batch, --jobs 1 $m1"
  same "--jobs $j, failed and blank lines" "mixed$j.jsonl" mixed1.jsonl
  same "--jobs $j, stderr" "mixed$j.err" mixed1.err
done

# Every format: the same bytes under --jobs.
head -n 150 clusters.jsonl > some.jsonl
for f in json jsonl csv md text; do
  "$cli" --batch --format "$f" < some.jsonl > "f1.$f" || fail "--format $f exited $?"
  "$cli" --batch --format "$f" --jobs 2 < some.jsonl > "f2.$f" || fail "--format $f --jobs 2 exited $?"
  same "--format $f --jobs 2" "f2.$f" "f1.$f"
done

# One comparison of many FILEs split across threads (--jobs for files): the same bytes for any N,
# warnings (HTML read, another language) in the order of the sources, on sources that repeat
# sentences (the copies' memo is per thread) and sources that do not.
mkdir files
python3 - "$repo/samples" files <<'PY' || fail "cannot write the file sources"
import glob, os, random, sys
paras = []
for f in sorted(glob.glob(os.path.join(sys.argv[1], '*.txt'))):
    paras += [p.strip() for p in open(f, encoding='utf-8').read().split('\n\n') if p.strip()]
rnd = random.Random(7)
for k in range(14):
    pick = rnd.sample(paras, min(len(paras), 12))
    with open(os.path.join(sys.argv[2], 's%02d.txt' % k), 'w', encoding='utf-8') as out:
        out.write('\n\n'.join(pick) + '\n')
with open(os.path.join(sys.argv[2], 'page.html'), 'w', encoding='utf-8') as out:
    out.write('<html><body><p>' + '</p><p>'.join(paras[:6]) + '</p></body></html>\n')
with open(os.path.join(sys.argv[2], 'other.txt'), 'w', encoding='utf-8') as out:
    out.write('El puente de la ciudad se abrió el lunes por la tarde y los vecinos lo celebraron con una '
              'fiesta en la plaza. Según el alcalde, las obras duraron dos años y costaron más de lo que '
              'se había previsto, pero la ciudad tiene por fin un paso seguro sobre el río para los '
              'coches, las bicicletas y los peatones que cruzan cada día desde los barrios del sur.\n')
PY
"$cli" --json --jobs 1 files/* > files1.json 2> files1.err || fail "files, --jobs 1 exited $?"
grep -q '"html-converted"' files1.json && grep -q '"unsupported-language"' files1.json ||
  fail "files: the HTML and Spanish sources gave no warnings"
for j in 2 3 0; do
  "$cli" --json --jobs "$j" files/* > "files$j.json" 2> "files$j.err" || fail "files, --jobs $j exited $?"
  same "files, --jobs $j" "files$j.json" files1.json
done
"$cli" --json files/* > files-default.json || fail "files, default --jobs exited $?"
same "files, default --jobs (one per core)" files-default.json files1.json

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s); files kept in $work"
  exit 1
fi
cd / && rm -rf "$work"
[ "${skipped:-0}" -eq 1 ] && exit 77
exit 0

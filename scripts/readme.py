#!/usr/bin/env python3
"""Writes the README's figures from the commands that make them, or checks that they are current.

    python3 scripts/readme.py            # rewrite the generated parts of README.md (~30 s)
    python3 scripts/readme.py --speed    # the same, and measure the timing figures again (~1 min more)
    python3 scripts/readme.py --check    # exit 1 with a diff when README.md says something else
                                         # than the commands print now (ctest runs this)

A generated part of README.md sits between two comment lines, `<!-- readme.py: NAME -->` and
`<!-- /readme.py -->`; everything else is left as written. The parts:

    example  the command line on two samples: its first lines, as a console session
    quality  the table made from the JSON of python3 scripts/eval.py --json (development splits in
             ../shared/eval, the development cases in ../shared/cases, planted conflicts; MSRP by
             10-fold cross-validation with the fold models in --cv-dir)
    gold     ../shared/tools/score_gold.py on the seeds and on the samples: every key it prints
    size     node bench/wasm_size.mjs web/dist
    speed    build/bench/triangulate_bench, node bench/wasm_bench.mjs, node bench/demo_bench.mjs:
             rewritten only with --speed, and never checked (timings vary from run to run)

The quality part runs eval.py itself, once (all datasets; about 20 s of the ~30 s a --check takes
on the 2-core build machine). It does not read the output of ctest's eval.dev and eval.conflicts:
those tests write no file, run only part of the datasets each (eval.conflicts), and a file left by
an earlier run could come from another binary or other data; at 20 s, running eval.py once more is
cheaper than telling a current file from a stale one. Without the MSRP fold models (made by
`python3 scripts/train-similarity.py --cv-only`, which trains) eval.py reports MSRP in-sample
only, so the part is not made (exit 77 under --check).

Options: --bin PATH (the command line; default build/cli/triangulate), --shared PATH (default
../shared beside the repository), --cv-dir PATH (the MSRP fold models; default tests/data/msrp-cv),
--readme PATH (default README.md).

Exit status: 0 written or current; 1 --check found a difference; 2 a command failed or a marker is
missing; 77 --check could not run a part because its input is missing (../shared, the fold models,
web/dist).
"""
import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, 'scripts'))
from evaldata import CV_MODELS, MSRP_FOLDS  # noqa: E402  (eval.py's fold models: --cv-dir/fold-K.txt)
SKIP = 77

EXAMPLE_FILES = ['samples/tidewire.txt', 'samples/aldane-gazette.txt']
EXAMPLE_LINES = 9  # the summary, the first conflict with each side and its quote, the next conflict's header
# The keys score_gold.py must print; the line shows every key it prints, in its order (with the
# per-type conflict_<type> keys of the gold at hand).
GOLD_KEYS = ['agree_core', 'agree_direct', 'agree_grouped', 'agree_hard', 'boilerplate', 'conflict', 'derived',
             'distinct', 'group_links', 'unique', 'not_conflict_violations', 'distinct_grouped', 'extra_conflicts']
MARK = re.compile(r'^<!-- readme\.py: (\w+) -->\n(.*?)^<!-- /readme\.py -->\n', re.M | re.S)


class Missing(Exception):
    """An input a part needs is absent (the part cannot be made here)."""


class Failed(Exception):
    """A command failed."""


def run(cmd, **kw):
    p = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise Failed('%s exited %d:\n%s%s' % (' '.join(cmd), p.returncode, p.stdout[-2000:], p.stderr[-2000:]))
    return p.stdout


def need(path, what):
    if not os.path.exists(path):
        raise Missing('%s not found at %s' % (what, path))
    return path


# ---------------------------------------------------------------------------------------------
# The parts

def part_example(a):
    need(a.bin, 'the command line (cmake --build build)')
    out = run([a.bin] + EXAMPLE_FILES).splitlines()
    shown = out[:EXAMPLE_LINES] + (['  …'] if len(out) > EXAMPLE_LINES else [])
    # Shown as the README's build tells users to run it, wherever --bin is.
    return '```console\n$ build/cli/triangulate %s\n%s\n```\n' % (' '.join(EXAMPLE_FILES), '\n'.join(shown))


def part_quality(a):
    need(os.path.join(a.shared, 'eval'), 'the development sets (../shared/eval)')
    need(os.path.join(a.shared, 'cases'), 'the development cases (../shared/cases)')
    for k in range(MSRP_FOLDS):
        if not os.path.exists(os.path.join(a.cv_dir, 'fold-%d' % k, 'model.txt')):
            need(os.path.join(a.cv_dir, 'fold-%d.txt' % k),
                 'the MSRP fold models (python3 scripts/train-similarity.py writes them)')
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'eval.json')
        run([sys.executable, 'scripts/eval.py', '--bin', a.bin, '--shared', a.shared, '--cv-dir', a.cv_dir,
             '--json', out])
        m = json.load(open(out, encoding='utf-8'))

    def get(k):
        if m.get(k) is None:
            raise Failed('eval.py printed no %s' % k)
        return m[k]

    def f3(*keys):
        return ' / '.join('%.3f' % get(k) for k in keys)

    rows = [
        ('STS-B dev, Pearson of the pair\'s best link score', '%s (Spearman %s)' % (f3('sts_pearson'), f3('sts_spearman'))),
        ('MSRP train by 10-fold cross-validation, accuracy of "agree as wholes" as paraphrase',
         '%s (F1 %s; majority class %s)' % (f3('msrp_accuracy'), f3('msrp_f1'), f3('msrp_majority_accuracy'))),
        ('SICK trial, 3-way accuracy (conflict: contradiction, agree: entailment)',
         '%s (contradiction F1 %s)' % (f3('sick_accuracy'), f3('sick_contradiction_f1'))),
        ('ECB+ development topics, recall of same-event sentence pairs @ precision of links between annotated sentences',
         '%s @ %s (candidate recall %s)' % (f3('ecb_gold_recall'), f3('ecb_link_precision_annotated'),
                                            f3('ecb_candidate_recall'))),
        ('ECB+ look-alike events (mixed clusters), share of agree links joining the two events / conflict links between them',
         '%s / %d' % (f3('ecb_mixed_cross_event_agree_share'), get('ecb_mixed_cross_event_conflict_links'))),
        ('ECB+ development topics, one-event clusters: disputes reported (no gold: most are two things told alike, '
         'see `docs/engine-v2-status.md`)', '%d' % get('ecb_same_event_conflicts')),
        ('Development cases (`../shared/cases`), agree_core / agree_direct / agree_hard',
         f3('cases_agree_core', 'cases_agree_direct', 'cases_agree_hard')),
        ('Development cases, conflict recall / false conflicts',
         '%s / %d' % (f3('cases_conflict'), get('cases_false_conflicts'))),
        ('Planted conflicts (`../shared/eval/planted`), recall: number / date / negation / name',
         '%s (extra conflicts %d, not-conflict violations %d)'
         % (f3('planted_conflict_number', 'planted_conflict_date', 'planted_conflict_negation', 'planted_conflict_name'),
            get('planted_extra_conflicts'), get('planted_not_conflict_violations'))),
        ('Own planted conflicts (`scripts/planted.py`), recall: number words / money / modals / antonyms / weekday+time',
         '%s (extra conflicts %d, not-conflict violations %d)'
         % (f3('own_conflict_number_word', 'own_conflict_money', 'own_conflict_modal', 'own_conflict_antonym',
               'own_conflict_weekday_time'), get('own_extra_conflicts'), get('own_not_conflict_violations'))),
    ]
    return '| benchmark | figure |\n|---|---|\n' + ''.join('| %s | %s |\n' % r for r in rows)


def gold_line(a, gold, sources_dir):
    """score_gold.py's summary for the command line's result on the gold's sources, in gold order."""
    need(gold, 'a gold file')
    g = json.load(open(gold, encoding='utf-8'))
    files = [os.path.join(sources_dir, s + '.txt') for s in g['sources']]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'result.json')
        with open(out, 'w', encoding='utf-8') as f:
            f.write(run([a.bin, '--json'] + files))
        summary = run([sys.executable, need(os.path.join(a.shared, 'tools', 'score_gold.py'), 'score_gold.py'),
                       gold, out, sources_dir]).strip().splitlines()[-1]
    found = re.findall(r'(\w+) (\d+(?:/\d+)?)', summary)
    missing = [k for k in GOLD_KEYS if k not in dict(found)]
    if missing:
        raise Failed('score_gold.py printed no %s in: %s' % (', '.join(missing), summary))
    return ' | '.join('%s %s' % kv for kv in found)


def part_gold(a):
    need(a.bin, 'the command line (cmake --build build)')
    seeds = gold_line(a, os.path.join(a.shared, 'gold', 'seeds.gold.json'), os.path.join(a.shared, 'seeds'))
    samples = gold_line(a, os.path.join(REPO, 'samples', 'gold.json'), os.path.join(REPO, 'samples'))
    return 'seeds `%s`;\nsamples `%s`.\n' % (seeds, samples)


def part_size(a):
    dist = os.path.join(REPO, 'web', 'dist')
    need(os.path.join(dist, 'triangulate.wasm'), 'the WebAssembly build (scripts/build-wasm.sh)')
    rows = {}
    for line in run(['node', 'bench/wasm_size.mjs', dist]).splitlines():
        m = re.match(r'(\S+)\s+([\d.]+) KiB\s+([\d.]+) KiB\b', line.strip())
        if m:
            rows[m.group(1)] = (m.group(2), m.group(3))
    missing = [f for f in ('triangulate.js', 'triangulate.wasm', 'total', 'triangulate-data.txt') if f not in rows]
    if missing:
        raise Failed('bench/wasm_size.mjs printed no row for %s' % ', '.join(missing))
    js, wasm, total, data = rows['triangulate.js'], rows['triangulate.wasm'], rows['total'], rows['triangulate-data.txt']
    return ('**Size** (`node bench/wasm_size.mjs web/dist`): `triangulate.js` %s KiB raw / %s KiB gzip,\n'
            '`triangulate.wasm` %s KiB / %s KiB; together %s KiB gzip (budget 150, checked by a test).\n'
            'The engine\'s data, `triangulate-data.txt` (fetched beside the module): %s KiB / %s KiB gzip\n'
            '(budget 400, checked by a test). Built with clang `-Oz`, LTO, emmalloc and Binaryen `-Oz`, small\n'
            'functions then inlined by a Binaryen `-O3` pass, control flow rebuilt by Binaryen\'s Relooper and\n'
            'shrunk again (1.1 KiB gzip), then put in an order that compresses better\n'
            '(`wasm/order-functions.cjs`: alike functions side by side, 4.0 KiB gzip) and shrunk once more by\n'
            'Binaryen `-Oz` in that order (0.6 KiB gzip); the glue minified by\n'
            '`wasm/minify-glue.cjs` (terser: compressed, local names shortened).\n'
            % (js + wasm + (total[1],) + data))


def part_speed(a):
    bench = need(os.path.join(REPO, 'build', 'bench', 'triangulate_bench'), 'the benchmarks (cmake --build build)')
    runs = json.loads(run([bench, '--benchmark_format=json']))['benchmarks']
    ms = {b['name']: b['real_time'] for b in runs}  # the benchmarks report milliseconds
    w = run(['node', 'bench/wasm_bench.mjs', '--runs', '20'])

    def num(pattern, text):
        m = re.search(pattern, text)
        if not m:
            raise Failed('no match for %r in:\n%s' % (pattern, text))
        return float(m.group(1))
    wasm = num(r'engine\.compareRaw .*?median\s+([\d.]+) ms', w)
    native = num(r'native triangulate --json .*?median\s+([\d.]+) ms', w)
    start = num(r'native triangulate --version .*?median\s+([\d.]+) ms', w)
    load = num(r'module\.loadData .*?median\s+([\d.]+) ms', w)
    native_load = num(r'native start-up and data .*?median\s+([\d.]+) ms', w)
    d = run(['node', 'bench/demo_bench.mjs', '--runs', '10'])
    click = re.search(r'Compare click to drawn result, median of \d+: (\d+) ms \(min (\d+), max (\d+)\)', d)
    first = re.search(r"fresh page's first Compare click to drawn result \(engine loaded\), median of \d+: "
                      r'(\d+) ms \(min (\d+), max (\d+)\)', d)
    if not click or not first:
        raise Failed('demo_bench.mjs printed no median:\n' + d)
    cold = re.search(r'cold load, navigation to first drawn result (\d+) ms \(the samples\' precomputed '
                     r'result\); (\d+) requests, ([\d.]+) KiB', d)
    slow = num(r'CPU throttled 4x \(Chromium emulation\): (\d+) ms', d)
    computed = re.search(r'cold load computing the samples in the page \(no precomputed result\): (\d+) ms, '
                         r'(\d+) requests, ([\d.]+) KiB; CPU throttled 4x: (\d+) ms', d)
    if not cold or not computed:
        raise Failed('demo_bench.mjs printed no cold load:\n' + d)
    return (
        '**Speed** (`build/bench/triangulate_bench`): 50 sources × 2,000 words in %.2f s\n'
        '(`BM_Scale50x2000`; sentences drawn from the samples, so almost every unit has counterparts in\n'
        'every source: the worst case for alignment); the five seeds %.1f ms; segmenting one 10 MB line\n'
        '%.2f s. WebAssembly (`node bench/wasm_bench.mjs --runs 20`): the seeds in %.1f ms in Node against\n'
        '%.1f ms for the whole native process on one thread (%.1f ms of it start-up): %.1f× the process, %.1f× the\n'
        'native engine alone (`BM_Seeds` above). The module is linked with Binaryen `-Oz` for size, then\n'
        'a Binaryen `-O3` pass inlines its small functions (up to 5 bytes always, up to 7 where faster):\n'
        'about 5%% faster than none (12%% less than at 9 bytes: the room went to the date disputes\'\n'
        'sides); plain `-O3` would be 29%% faster for 7.5 KiB (see\n'
        '`wasm/CMakeLists.txt`). Loading the engine\'s data (once per page or process): %.1f ms for the\n'
        'module\'s `loadData` (median of later calls; the first, before the code is optimised, takes\n'
        'longer), %.1f ms for a native process on two one-word sources (start-up and data).\n'
        '\n'
        '**The demo** (`node bench/demo_bench.mjs --runs 10`, headless Chromium against `scripts/serve.mjs`):\n'
        'the page draws the samples\' result that `scripts/serve.mjs` computed with the same WebAssembly\n'
        'engine (`web/dist/samples.result.json`; a browser test checks that the engine in the page gives\n'
        'the same) and loads the engine beside it for the reader\'s edits. A cold load in a fresh context:\n'
        '%.2f s from navigation to the first drawn result, %s requests and %s KiB received before it (the\n'
        'local server does not compress); with the CPU throttled 4× by Chromium\'s emulation, %.2f s.\n'
        'Computed in the page instead (that file refused): %.2f s, %s requests and %s KiB (module, worker,\n'
        '`.wasm` and data included); throttled 4×, %.2f s. A click on Compare to the redrawn result of the\n'
        'five samples: %s ms (median; %s–%s ms); the first click in a fresh page, once the engine has\n'
        'loaded (its worker warms up on three short texts of its own): %s ms (median of three pages;\n'
        '%s–%s ms).\n'
        % (ms['BM_Scale50x2000'] / 1000, ms['BM_Seeds'], ms['BM_Segment10MB'] / 1000, wasm, native, start,
           wasm / native, wasm / ms['BM_Seeds'], load, native_load, int(cold.group(1)) / 1000, cold.group(2),
           cold.group(3), slow / 1000, int(computed.group(1)) / 1000, computed.group(2), computed.group(3),
           int(computed.group(4)) / 1000, click.group(1), click.group(2), click.group(3), first.group(1),
           first.group(2), first.group(3)))


PARTS = {'example': part_example, 'quality': part_quality, 'gold': part_gold, 'size': part_size,
         'speed': part_speed}
MEASURED = {'speed'}  # timings: made only with --speed, never compared by --check


# ---------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--speed', action='store_true')
    ap.add_argument('--bin', default=os.path.join(REPO, 'build', 'cli', 'triangulate'))
    ap.add_argument('--shared', default=os.path.join(os.path.dirname(REPO), 'shared'))
    ap.add_argument('--cv-dir', default=CV_MODELS)
    ap.add_argument('--readme', default=os.path.join(REPO, 'README.md'))
    a = ap.parse_args(argv)
    a.bin, a.shared, a.cv_dir = os.path.abspath(a.bin), os.path.abspath(a.shared), os.path.abspath(a.cv_dir)

    text = open(a.readme, encoding='utf-8').read()
    found = [m.group(1) for m in MARK.finditer(text)]
    absent = [p for p in PARTS if p not in found]
    unknown = [p for p in found if p not in PARTS]
    if absent or unknown or len(found) != len(set(found)):
        print('readme.py: %s needs each part once between its markers; missing %s, unknown %s, found %s'
              % (a.readme, absent, unknown, found), file=sys.stderr)
        return 2

    made, skipped = {}, []
    for name, make in PARTS.items():
        if name in MEASURED and not a.speed:
            continue
        try:
            made[name] = make(a)
        except Missing as e:
            skipped.append('%s: %s' % (name, e))
        except Failed as e:
            print('readme.py: part %s: %s' % (name, e), file=sys.stderr)
            return 2

    new = MARK.sub(lambda m: '<!-- readme.py: %s -->\n%s<!-- /readme.py -->\n'
                   % (m.group(1), made.get(m.group(1), m.group(2))), text)
    for s in skipped:
        print('readme.py: not made: ' + s, file=sys.stderr)
    if a.check:
        if new != text:
            sys.stdout.writelines(difflib.unified_diff(
                text.splitlines(True), new.splitlines(True), 'README.md (as written)', 'README.md (the commands now)'))
            print('README.md is out of date: run python3 scripts/readme.py and commit the result.')
            return 1
        print('README.md matches the commands (%s)%s' % (', '.join(sorted(made)),
              '; speed figures not checked' if 'speed' not in made else ''))
        return SKIP if skipped else 0
    if new != text:
        with open(a.readme, 'w', encoding='utf-8') as f:
            f.write(new)
        print('README.md: rewrote %s' % ', '.join(sorted(made)))
    else:
        print('README.md: already current (%s)' % ', '.join(sorted(made)))
    return 2 if skipped else 0


if __name__ == '__main__':
    sys.exit(main())

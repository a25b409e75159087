#!/usr/bin/env python3
"""Checks the page-furniture rules (core/src/segment.cc) on development data they were not
written from: the rules and their word lists came from the seeds and the samples; this reads
public news (ECB+) and the hand-judged development cases, and fails on any unit the rules misjudge.

    python3 tests/furniture_dev.py [--bin build/cli/triangulate] [--shared ../shared] [--show N]

What is checked, and why it is the truth:
  ecb-content   Every ECB+ sentence that its annotators marked events in (ECBplus_coreference_
                sentences.csv, 1,383 sentences of 772 real articles) is news content: at least one
                unit over it must be a claim, a headline or a duplicate (a repeat is still content),
                never furniture only.
  ecb-address   The first line of each ECB+ "plus" document is the article's web address (its
                tokens joined back without spaces): it must be furniture.
  cases-furniture  Every snippet that ../shared/cases/*/gold.json lists as boilerplate must lie in
                a boilerplate unit.
  cases-content Every snippet those gold files judge as a claim (agree, conflict, not_conflict,
                distinct, unique) must lie in a claim or headline unit. (The planted ECB+ variants
                are not used: their gold lists every sentence, timestamps included, as agreeing.)

Each article is compared with a one-sentence stand-in ("No other source.") so that the command
line accepts it; only the article's own units are read. Prints the counts per check, then the
misjudged units (at most --show of each); exits 1 when any check has a miss, 2 when the command
line or the data is missing (77 when only the data is missing: ctest reports a skip).
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, 'scripts'))
import evaldata as ev  # noqa: E402  (ECB+ documents rebuilt exactly as the evaluation does)

CONTENT = ('claim', 'headline', 'duplicate')
STAND_IN = {'id': 'stand-in', 'text': 'No other source.'}


def u16(s):
    return len(s.encode('utf-16-le')) // 2


def run_batch(binary, clusters):
    """{cluster id: the units of its first source} from one --batch run."""
    lines = ''.join(json.dumps(c, ensure_ascii=False) + '\n' for c in clusters)
    p = subprocess.run([binary, '--batch', '--json'], input=lines.encode('utf-8'), capture_output=True)
    out = {}
    for line in p.stdout.decode('utf-8').splitlines():
        r = json.loads(line)
        if 'error' in r:
            raise SystemExit('furniture_dev.py: the engine refused %s: %s' % (r.get('id'), r['error']))
        out[r['id']] = r['sources'][0]['units']
    missing = [c['id'] for c in clusters if c['id'] not in out]
    if missing:
        raise SystemExit('furniture_dev.py: no result for %s (exit %d): %s' % (missing[:3], p.returncode, p.stderr[-500:]))
    return out


def covering(units, a, b):
    return [u for u in units if u['start'] < b and a < u['end']]


def check_ecb(a, report):
    root = os.path.join(a.shared, 'eval', 'ecbplus')
    annotated = {}
    with open(os.path.join(root, 'ECBplus_coreference_sentences.csv'), encoding='utf-8-sig') as f:
        for i, line in enumerate(f):
            parts = [p.strip() for p in line.split(',')]
            if i and len(parts) >= 3 and parts[2].isdigit():
                annotated.setdefault('%s_%s' % (parts[0], parts[1]), set()).add(int(parts[2]))
    docs, clusters = {}, []
    for path in sorted(glob.glob(os.path.join(root, 'ECB+', '*', '*.xml'))):
        name = os.path.basename(path)[:-4]
        is_plus = name.endswith('ecbplus')
        body, spans, _ = ev.parse_ecb_doc(path, is_plus)
        address = ''
        if is_plus:
            address = ''.join(t.text or '' for t in ET.parse(path).getroot().iter('token')
                              if t.get('sentence') == '0').strip()
        head = address + '\n\n' if address else ''
        docs[name] = (u16(head), spans, address)
        clusters.append({'id': name, 'sources': [{'id': name, 'text': head + body}, STAND_IN]})
    units = run_batch(a.bin, clusters)
    for name, (shift, spans, address) in docs.items():
        us = units[name]
        if address:
            over = covering(us, 0, u16(address))
            ok = bool(over) and all(u['kind'] == 'boilerplate' for u in over)
            report('ecb-address', ok, '%s: %r read as %s' % (name, address, [(u['kind'], u['role']) for u in over]))
        for sn in sorted(annotated.get(name, ())):
            if sn not in spans:
                continue
            x, y = spans[sn]
            over = covering(us, x + shift, y + shift)
            ok = any(u['kind'] in CONTENT for u in over)
            report('ecb-content', ok, '%s sentence %d read as %s' % (
                name, sn, [(u['kind'], u['role'], u['text'][:100]) for u in over]))


def snippets(gold):
    """(source, snippet, wanted) for each snippet a gold file judges; wanted: 'furniture' or 'content'."""
    for src, text in gold.get('boilerplate', []):
        yield src, text, 'furniture'
    for key in ('agree', 'conflict', 'not_conflict', 'distinct'):
        for j in gold.get(key, []):
            yield j['a'][0], j['a'][1], 'content'
            yield j['b'][0], j['b'][1], 'content'
    for src, text in gold.get('unique', []):
        yield src, text, 'content'


def check_gold_dirs(a, report, pattern, label):
    clusters, golds = [], {}
    for gold_path in sorted(glob.glob(pattern)):
        folder = os.path.dirname(gold_path)
        gold = json.load(open(gold_path, encoding='utf-8'))
        texts = {s: open(os.path.join(folder, s + '.txt'), encoding='utf-8').read() for s in gold['sources']}
        for src, text in texts.items():
            cid = '%s/%s' % (os.path.basename(folder), src)
            clusters.append({'id': cid, 'sources': [{'id': src, 'text': text}, STAND_IN]})
        golds[os.path.basename(folder)] = (gold, texts)
    units = run_batch(a.bin, clusters)
    for case, (gold, texts) in golds.items():
        seen = set()
        for src, snippet, wanted in snippets(gold):
            if (src, snippet) in seen:
                continue
            seen.add((src, snippet))
            i = texts[src].find(snippet)
            if i < 0:
                report(label + '-' + wanted, False, '%s/%s: snippet not in the text: %r' % (case, src, snippet))
                continue
            x = u16(texts[src][:i])
            over = covering(units['%s/%s' % (case, src)], x, x + u16(snippet))
            if wanted == 'furniture':
                ok = bool(over) and all(u['kind'] == 'boilerplate' for u in over)
            else:
                ok = any(u['kind'] in ('claim', 'headline') for u in over)
            report(label + '-' + wanted, ok, '%s/%s: %r read as %s' % (
                case, src, snippet, [(u['kind'], u['role']) for u in over]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--bin', default=os.path.join(REPO, 'build', 'cli', 'triangulate'))
    ap.add_argument('--shared', default=os.path.join(os.path.dirname(REPO), 'shared'))
    ap.add_argument('--show', type=int, default=20)
    a = ap.parse_args(argv)
    if not os.path.exists(a.bin):
        print('furniture_dev.py: no command line at %s' % a.bin, file=sys.stderr)
        return 2
    needed = [os.path.join(a.shared, 'eval', 'ecbplus'), os.path.join(a.shared, 'cases')]
    absent = [p for p in needed if not os.path.isdir(p)]
    if absent:
        print('furniture_dev.py: development data not found: %s' % ', '.join(absent))
        return 77

    counts, misses = {}, {}

    def report(check, ok, what):
        n, d = counts.get(check, (0, 0))
        counts[check] = (n + (1 if ok else 0), d + 1)
        if not ok:
            misses.setdefault(check, []).append(what)

    check_ecb(a, report)
    check_gold_dirs(a, report, os.path.join(a.shared, 'cases', '*', 'gold.json'), 'cases')
    for check in sorted(counts):
        n, d = counts[check]
        print('%-18s %5d/%d right' % (check, n, d))
    for check in sorted(misses):
        print('\n%s: %d misjudged' % (check, len(misses[check])))
        for what in misses[check][:a.show]:
            print('  ' + what)
    return 1 if misses else 0


if __name__ == '__main__':
    sys.exit(main())

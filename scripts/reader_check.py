#!/usr/bin/env python3
"""Checks the engine against clusters of invented reports read as a reader would read them.

Each cluster (tests/data/reader/<name>/) holds its sources (*.txt; a source's id is its file name
without .txt) and expected.md, one judgement per line (other lines are ignored):

  AGREE: <src> "<words>" ~ <src> "<words>"          the two units state one claim: linked
                                                    directly (counted) or in one claim group
  CONFLICT: <src> "<words>" ~ <src> "<words>" (type: t)   the two units dispute a value
  NOT-CONFLICT: <src> "<words>" ~ <src> "<words>"   values that only look different: no conflict
                                                    sets these words against each other
  DISTINCT: <src> "<words>" ~ <src> "<words>"       two things alike: neither agree nor conflict
  UNIQUE: <src> "<words>"                           a claim of one source only: no agree link
  BOILERPLATE: <src> "<words>"                      page furniture: a unit of kind boilerplate
  DERIVED: <src> from <src> / INDEPENDENT: <src> <src>   sourcePairs[].derived

"<words>" is a piece of the unit's text (the first unit of that source holding it). The reports
were written for this project to be read as news readers read them, with the values a reader
would check planted in them; they are development data, not the public test splits.

usage: python3 scripts/reader_check.py [--bin BIN] [--data DIR] [-v] [--min KEY=V] [--max KEY=V]
  prints per cluster and in total, for each kind, how many judgements hold (agree counts direct
  links only; agree_grouped counts a shared group too); with -v every judgement that does not.
  --min/--max: bounds on the totals' shares (e.g. --min conflict=0.4); exit status 1 when one
  fails.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAIR = re.compile(r'(AGREE|CONFLICT|NOT-CONFLICT|DISTINCT):\s*(\S+)\s+"([^"]+)"\s*~\s*(\S+)\s+"([^"]+)"')
ONE = re.compile(r'(UNIQUE|BOILERPLATE):\s*(\S+)\s+"([^"]+)"')
SOURCES = re.compile(r'(DERIVED|INDEPENDENT):\s*(\S+)\s+(?:from\s+)?(\S+)')


def judge(result, expected_lines):
    """[(kind, holds, line)] for the judgements of one cluster's expected.md."""
    units = {s['id']: s['units'] for s in result['sources']}

    def unit(source, words):
        return next((u for u in units.get(source, []) if words in u['text']), None)

    agree, conflict = set(), set()
    for link in result['links']:
        pair = frozenset((link['a'], link['b']))
        if link['relation'] == 'agree':
            agree.add(pair)
        elif link['relation'] == 'conflict':
            conflict.add(pair)
    disputed = []  # (unit, start, end) of one side against those of another, per conflict
    for c in result['conflicts']:  # every unit of one side against every unit of another
        sides = [[x['unit'] for x in side['units']] for side in c['sides']]
        for i, si in enumerate(sides):
            for sj in sides[i + 1:]:
                conflict.update(frozenset((a, b)) for a in si for b in sj)
        spans = [[(x['unit'], x['start'], x['end']) for x in side['units']] for side in c['sides']]
        for i, si in enumerate(spans):
            for sj in spans[i + 1:]:
                disputed.extend((x, y) for x in si for y in sj)

    def values_disputed(ua, ta, ub, tb):
        """Whether a conflict sets the words ta of unit ua against the words tb of unit ub (the
        values a NOT-CONFLICT names; the two units may still dispute other values)."""
        def at(u, words):
            k = u['start'] + u['text'].find(words)
            return (u['id'], k, k + len(words))

        def meets(x, y):
            return x[0] == y[0] and x[1] < y[2] and y[1] < x[2]
        wa, wb = at(ua, ta), at(ub, tb)
        return any((meets(x, wa) and meets(y, wb)) or (meets(x, wb) and meets(y, wa)) for x, y in disputed)
    groups = {u['id']: set(u.get('groups', [])) for us in units.values() for u in us}
    derived = {frozenset((p['a'], p['b'])): bool(p.get('derived')) for p in result.get('sourcePairs', [])}
    out = []
    for line in expected_lines:
        line = line.strip()
        m = PAIR.match(line)
        if m:
            kind, sa, ta, sb, tb = m.groups()
            ua, ub = unit(sa, ta), unit(sb, tb)
            if not ua or not ub:
                out.append((kind, 'no such unit', line))
                continue
            pair = frozenset((ua['id'], ub['id']))
            if kind == 'AGREE':
                held = 'ok' if pair in agree else ('grouped' if groups[ua['id']] & groups[ub['id']] else 'missed')
            elif kind == 'CONFLICT':
                held = 'ok' if pair in conflict else 'missed'
            elif kind == 'NOT-CONFLICT':
                held = 'false conflict' if values_disputed(ua, ta, ub, tb) else 'ok'
            else:
                held = 'linked' if pair in agree or pair in conflict else 'ok'
            out.append((kind, held, line))
            continue
        m = ONE.match(line)
        if m:
            kind, source, words = m.groups()
            u = unit(source, words)
            if not u:
                held = 'no such unit'
            elif kind == 'UNIQUE':
                held = 'linked' if any(u['id'] in pair for pair in agree) else 'ok'
            else:
                held = 'ok' if u['kind'] == 'boilerplate' else 'read as ' + u['kind']
            out.append((kind, held, line))
            continue
        m = SOURCES.match(line)
        if m:
            kind, a, b = m.groups()
            held = derived.get(frozenset((a, b)), False) == (kind == 'DERIVED')
            out.append((kind, 'ok' if held else 'wrong', line))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--bin', default=os.path.join(ROOT, 'build', 'cli', 'triangulate'))
    ap.add_argument('--data', help='engine data directory (the CLI\'s --data)')
    ap.add_argument('--dir', default=os.path.join(ROOT, 'tests', 'data', 'reader'))
    ap.add_argument('-v', action='store_true')
    ap.add_argument('--min', action='append', default=[])
    ap.add_argument('--max', action='append', default=[])
    a = ap.parse_args()
    totals = {}
    for d in sorted(glob.glob(os.path.join(a.dir, '*', 'expected.md'))):
        cluster = os.path.dirname(d)
        files = sorted(glob.glob(os.path.join(cluster, '*.txt')))
        cmd = [a.bin, '--json'] + (['--data', a.data] if a.data else []) + files
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit('reader_check: %s failed on %s: %s' % (a.bin, cluster, run.stderr.strip()))
        with open(d, encoding='utf-8') as f:
            judged = judge(json.loads(run.stdout), f)
        counts = {}
        for kind, held, line in judged:
            key = kind.lower().replace('-', '_')
            c = counts.setdefault(key, [0, 0])
            c[0] += held == 'ok'
            c[1] += 1
            if kind == 'AGREE':
                g = counts.setdefault('agree_grouped', [0, 0])
                g[0] += held in ('ok', 'grouped')
                g[1] += 1
            if a.v and held != 'ok':
                print('  %-14s %s' % (held, line[:200]))
        for k, (n, m) in counts.items():
            t = totals.setdefault(k, [0, 0])
            t[0] += n
            t[1] += m
        print('%s: %s' % (os.path.basename(cluster), ' '.join('%s=%d/%d' % (k, n, m) for k, (n, m) in sorted(counts.items()))))
    print('total: %s' % ' '.join('%s=%d/%d' % (k, n, m) for k, (n, m) in sorted(totals.items())))
    failed = []
    for spec, low in [(s, True) for s in a.min] + [(s, False) for s in a.max]:
        key, value = spec.split('=')
        n, m = totals.get(key, [0, 0])
        share = n / m if m else 0.0
        if (share < float(value)) if low else (share > float(value)):
            failed.append('%s %.3f %s %s' % (key, share, '<' if low else '>', value))
    if failed:
        print('reader_check: out of bounds: ' + ', '.join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Checks the "origins" judgements of a gold file (samples/attribution/gold.json): the units that
state one claim, attributed by independently written sources to one origin, share a claim group
whose `origins` name that origin and whose `independent` count is the one given.

    python3 tests/origins_check.py --bin build/cli/triangulate samples/attribution
Exit 0 when every judgement holds, 1 otherwise (each miss printed), 2 on bad arguments."""
import argparse
import glob
import json
import os
import subprocess
import sys


def unit_of(result, source, snippet):
    for s in result['sources']:
        if s['id'] != source:
            continue
        for u in s['units']:
            if snippet in u['text']:
                return u
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', required=True)
    ap.add_argument('dir')
    a = ap.parse_args()
    gold_path = os.path.join(a.dir, 'gold.json')
    if not os.path.exists(gold_path) or not os.path.exists(a.bin):
        print('origins_check: %s or %s missing' % (gold_path, a.bin), file=sys.stderr)
        return 2
    with open(gold_path, encoding='utf-8') as f:
        gold = json.load(f)
    files = sorted(glob.glob(os.path.join(a.dir, '*.txt')))
    out = subprocess.run([a.bin, '--json'] + files, capture_output=True, check=True).stdout
    result = json.loads(out)
    misses = 0
    for j in gold.get('origins', []):
        units = [unit_of(result, *j['claim'])] + [unit_of(result, *x) for x in j.get('also', [])]
        if any(u is None for u in units):
            print('miss: a snippet is in no unit: %s' % j['claim'][1])
            misses += 1
            continue
        shared = set(units[0].get('groups', []))
        for u in units[1:]:
            shared &= set(u.get('groups', []))
        good = [g for g in shared
                if any(j['origin'] in o for o in result['groups'][g].get('origins', []))
                and result['groups'][g]['independent'] == j['independent']]
        if not good:
            print('miss: %r and its restatements share no group with origin %r and %d independent '
                  '(shared groups: %s)' % (j['claim'][1], j['origin'], j['independent'],
                                           [result['groups'][g] for g in sorted(shared)]))
            misses += 1
    print('origins: %d of %d hold' % (len(gold.get('origins', [])) - misses, len(gold.get('origins', []))))
    return 1 if misses else 0


if __name__ == '__main__':
    sys.exit(main())

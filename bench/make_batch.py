#!/usr/bin/env python3
"""Writes N clusters as JSON Lines for `triangulate --batch`, made from the project's own sample
articles (samples/*.txt), the same bytes for the same arguments.

Each cluster has 2 to 4 sources; each source is a run of 3 to 8 consecutive paragraphs of one
sample article, so the sources of a cluster share some facts and differ on others (the samples
carry planted conflicts), and every cluster is a little different.

usage: bench/make_batch.py [--clusters N] [--seed S] [--samples DIR] > clusters.jsonl

Used by tests/batch/batch_test.sh (byte-identity of --jobs and of the README's GNU parallel
recipe) and for the --jobs timing in the README.
"""
import argparse
import json
import os
import random
import sys


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--clusters', type=int, default=1000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--samples', default=os.path.join(here, '..', 'samples'))
    args = ap.parse_args()
    if args.clusters < 0:
        ap.error('--clusters must be 0 or more')

    articles = []
    for name in sorted(os.listdir(args.samples)):
        if not name.endswith('.txt'):
            continue
        with open(os.path.join(args.samples, name), encoding='utf-8') as f:
            paragraphs = [p.strip() for p in f.read().split('\n\n') if p.strip()]
        if paragraphs:
            articles.append((name[:-4], paragraphs))
    if len(articles) < 2:
        sys.exit('make_batch.py: need at least two .txt articles in %s' % args.samples)

    rng = random.Random(args.seed)
    out = sys.stdout
    for c in range(args.clusters):
        picked = rng.sample(articles, rng.randint(2, min(4, len(articles))))
        sources = []
        for name, paragraphs in picked:
            n = rng.randint(min(3, len(paragraphs)), min(8, len(paragraphs)))
            start = rng.randint(0, len(paragraphs) - n)
            sources.append({'id': name, 'title': name.replace('-', ' ').title(),
                            'text': '\n\n'.join(paragraphs[start:start + n])})
        out.write(json.dumps({'id': 'cluster-%05d' % c, 'sources': sources},
                             ensure_ascii=False, separators=(',', ':')) + '\n')


if __name__ == '__main__':
    main()

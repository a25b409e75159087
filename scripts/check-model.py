#!/usr/bin/env python3
"""Checks that the shipped models were trained on the features the engine computes today.

usage: python3 scripts/check-model.py [--features BIN] [--shared DIR] [--data DIR] [--print]

scripts/train-similarity.py writes into the header of each model it makes (core/data/model.txt,
clause-model.txt, event-model.txt) the digest of the feature tables it trained them from
(scripts/trainingdata.py, MODEL_TABLES: the similarity and clause models from every unit pair of
the training and development splits, with its clause windows; the event model from every pair of
ECB+ articles of one topic; as tools/features of a native build measures them). This script
measures them again and compares each model with the digest of its own tables. A change to the
engine's segmentation, tokens, facts, word alignment, features or lexicon that moves any of them
makes the shipped models something the committed script no longer makes: retrain (python3
scripts/train-similarity.py, about 15 minutes on 2 cores; --event-only when only the event
tables moved) and ship what it writes.

Standard library only. Exit status: 0 when every model names today's digest; 1 when one does not
(each file and both digests are printed); 2 when the feature tool or the data is missing.
--print prints today's digests and exits 0.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import trainingdata as T  # noqa: E402


def recorded(path):
    """The digest a model file's header names, or None."""
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.startswith('#'):
                break
            if line.startswith(T.DIGEST_PREFIX):
                return line[len(T.DIGEST_PREFIX):].split()[0]
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--features', default=os.path.join(ROOT, 'build', 'tools', 'features'))
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--data', default=os.path.join(ROOT, 'core', 'data'))
    ap.add_argument('--print', action='store_true', help="print today's digest")
    a = ap.parse_args()
    if not os.path.exists(a.features):
        print('check-model: %s not found (build the native tools first)' % a.features, file=sys.stderr)
        return 2
    if not os.path.isdir(os.path.join(a.shared, 'eval')):
        print('check-model: %s/eval not found' % a.shared, file=sys.stderr)
        return 2
    digests = T.tables_digests(a.features, a.shared)
    if a.print:
        for kind, d in sorted(digests.items()):
            print(kind, d)
        return 0
    bad = 0
    for name, kind in T.MODEL_TABLES.items():
        got, today = recorded(os.path.join(a.data, name)), digests[kind]
        if got != today:
            bad += 1
            print('check-model: %s was trained on features %s; the engine computes %s today' %
                  (name, got or '(none recorded: made before the digest, by a partial run or by hand)', today), file=sys.stderr)
    if bad:
        print('check-model: retrain (python3 scripts/train-similarity.py) and ship what it writes', file=sys.stderr)
        return 1
    print('check-model: the models were trained on the features the engine computes today (%s)' %
          ', '.join('%s %s' % kv for kv in sorted(digests.items())))
    return 0


if __name__ == '__main__':
    sys.exit(main())

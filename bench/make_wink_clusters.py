"""The "distinct" clusters of bench/wink_bench.mjs: sources of real news text in which no sentence
occurs twice (Python 3 standard library; ECB+ read by scripts/evaldata.py).

  python3 bench/make_wink_clusters.py OUT.json [--sources 40] [--words 2000] [--eval DIR]

The articles of the ECB+ development topics (evaldata.DEV_TOPICS) are taken in a fixed order,
the topics in turn (the first article of topic 2, of topic 5, ... of topic 35, then the second of
each, ...; per topic the 'ecb' then the 'ecbplus' documents, by number), so that every source mixes
several topics and a cluster of 10 sources covers the same topics as one of 20. Their sentences
(ECB+ text is one sentence per paragraph) are dealt out in that order: a source takes sentences
until it has at least --words words (whitespace-separated), then the next source starts. A sentence
whose text (lower-cased, spaces collapsed) was already taken is skipped, so no sentence is repeated
anywhere in the cluster, and each source is made of a run of different articles. Nothing is random.

The development topics hold about 56,000 words, fewer than 40 x 2,000: when they run out, the
pool goes on with the other ECB+ topics in ../shared (the training topics, in turn the same way),
and the output says how many sources are wholly development text (26 of 40 at 2,000 words). The
clusters of 10 and 20 sources are the first 10 and 20 sources of the output (development text only).

OUT.json: {"meta": {...}, "sources": [{"id", "text"}, ...]}.
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'scripts'))
import evaldata  # noqa: E402


def sentences(eval_dir, topics):
    """(topic, doc name, sentence) in the fixed order described above."""
    docs, by_topic = evaldata.load_ecb(eval_dir, topics)
    per_topic = [[n for sub in ('ecb', 'ecbplus') for n in by_topic.get(t, {}).get(sub, [])]
                 for t in topics]
    for i in range(max((len(p) for p in per_topic), default=0)):
        for t, names in zip(topics, per_topic):
            if i < len(names):
                for s in docs[names[i]]['text'].split('\n\n'):
                    s = s.strip()
                    if s:
                        yield t, names[i], s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--sources', type=int, default=40)
    ap.add_argument('--words', type=int, default=2000)
    shared = os.environ.get('TRI_SHARED', os.path.join(HERE, '..', '..', 'shared'))
    default_eval = os.path.join(shared, 'eval')
    ap.add_argument('--eval', default=default_eval)
    a = ap.parse_args()

    dev = list(evaldata.DEV_TOPICS)
    other = evaldata.ecb_topics(a.eval, 'train')

    def pool():
        yield from sentences(a.eval, dev)
        # Only read when the development topics run out.
        yield from sentences(a.eval, other)

    seen = set()
    out = []
    cur, words, docs, topics = [], 0, set(), set()
    skipped = 0
    all_docs = set()
    for t, name, s in pool():
        key = re.sub(r'\s+', ' ', s.lower())
        if key in seen:
            skipped += 1
            continue
        seen.add(key)
        cur.append(s)
        words += len(s.split())
        docs.add(name)
        all_docs.add(name)
        topics.add(t)
        if words >= a.words:
            out.append({'id': 'ecb%02d' % len(out), 'text': '\n\n'.join(cur) + '\n',
                        'words': words, 'docs': len(docs), 'topics': sorted(topics)})
            cur, words, docs, topics = [], 0, set(), set()
            if len(out) == a.sources:
                break
    if len(out) < a.sources:
        sys.exit('make_wink_clusters.py: only %d sources of %d words in ECB+' % (len(out), a.words))
    dev_only = 0
    for s in out:
        if not all(t in evaldata.DEV_TOPICS for t in s['topics']):
            break
        dev_only += 1
    meta = {'sources': len(out), 'words': sum(s['words'] for s in out),
            'articles': len(all_docs), 'repeated_sentences_skipped': skipped,
            'dev_only_sources': dev_only,
            'topics': sorted({t for s in out for t in s['topics']})}
    with open(a.out, 'w', encoding='utf-8') as f:
        json.dump({'meta': meta, 'sources': out}, f, ensure_ascii=False)
    print(json.dumps(meta), file=sys.stderr)


if __name__ == '__main__':
    main()

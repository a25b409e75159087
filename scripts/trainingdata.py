"""What the engine's models are trained from: the clusters that scripts/train-similarity.py gives
the engine's own feature tool (tools/features of a native build), and the feature tables it reads
back. Standard library only, so that scripts/check-model.py can tell without numpy or scikit-learn
whether the shipped models were trained on the features the engine computes today.

  sentence_table(binary, shared)  every unit pair of the training and development splits (STS-B,
                                  SICK, MSRP, ECB+), with their clause windows: the similarity and
                                  clause models' rows
  event_table(binary, shared, split)  every pair of ECB+ articles of one topic: the event model's
  features_digest(texts)          the digest that names a set of tables in the models' headers
  tables_digests(binary, shared)  today's digest of each kind of table ('sentence': what the
                                  similarity and clause models are trained from; 'event': the event
                                  model's), as MODEL_TABLES assigns them to the model files
"""
import hashlib
import json
import os
import subprocess

import evaldata as D

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The header line of a model file that names the features it was trained on.
DIGEST_PREFIX = '# Trained on the engine\'s features with digest '


def pair_cluster(rid, a, b):
    return {'id': rid, 'sources': [{'id': 'a', 'text': a}, {'id': 'b', 'text': b}]}


def sentence_clusters(shared):
    """(clusters, meta, ecb): clusters for tools/features; meta[cluster id] = (dataset, split,
    label, extra); ecb[split] = the ECB+ documents (evaldata.load_ecb)."""
    ev = os.path.join(shared, 'eval')
    clusters, meta = [], {}
    for split in ('train', 'dev'):
        for r in D.load_sts(ev, split):
            clusters.append(pair_cluster(r[0], r[1], r[2]))
            meta[r[0]] = ('sts', split, r[3] / 5.0)
    for split, name in (('train', 'train'), ('dev', 'trial')):
        for r in D.load_sick(ev, name):
            clusters.append(pair_cluster(r[0], r[1], r[2]))
            meta[r[0]] = ('sick', split, 1.0 if r[3][0] == 'ENTAILMENT' else 0.0, r[3][0])
    for r in D.load_msrp(ev):
        clusters.append(pair_cluster(r[0], r[1], r[2]))
        meta[r[0]] = ('msrp', 'train', float(r[3]), D.msrp_fold(r))
    ecb = {}
    for split in ('train', 'dev'):
        docs, by_topic = D.load_ecb(ev, D.ecb_topics(ev, split))
        for cid, (kind, part) in D.ecb_clusters(by_topic).items():
            keep = {n: [list(docs[n]['spans'][s]) for s in sorted(docs[n]['sel'])] for n in part}
            clusters.append({'id': cid, 'sources': [{'id': n, 'text': docs[n]['text']} for n in part], 'keep': keep})
            meta[cid] = ('ecb', split, kind, part)
        ecb[split] = docs
    return clusters, meta, ecb


def run_features(binary, clusters, args):
    """tools/features' output (text) for the clusters, with the shipped lexicon."""
    inp = ''.join(json.dumps(c, ensure_ascii=False) + '\n' for c in clusters).encode('utf-8')
    return subprocess.run([binary, '--data', os.path.join(ROOT, 'core', 'data')] + args, input=inp,
                          stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')


def parse_table(text):
    """(header, rows) of a features table."""
    lines = text.split('\n')
    return lines[0].split('\t'), [l.split('\t') for l in lines[1:] if l]


def sentence_table(binary, shared):
    """(text, meta, ecb): the unit pairs of every split, with their clause windows."""
    clusters, meta, ecb = sentence_clusters(shared)
    return run_features(binary, clusters, ['--windows']), meta, ecb


def event_table(binary, shared, split, unnamed=False):
    """(text, sub): the article pairs of each ECB+ topic of the split; sub[article] its event.
    With unnamed, each topic's cluster also holds every article's unnamed version (id "<name>~u",
    unnamed_text()), for the pairs of an article and another's unnamed version."""
    ev = os.path.join(shared, 'eval')
    docs, by_topic = D.load_ecb(ev, D.ecb_topics(ev, split))
    clusters, sub = [], {}
    for t in sorted(by_topic):
        names = by_topic[t]['ecb'] + by_topic[t]['ecbplus']
        sources = [{'id': n, 'text': docs[n]['text']} for n in names]
        for n in names:
            sub[n] = docs[n]['sub']
            if unnamed:
                text = unnamed_text(docs[n])
                if text:
                    sources.append({'id': n + '~u', 'text': text})
                    sub[n + '~u'] = docs[n]['sub']
        clusters.append({'id': 't%d' % t, 'sources': sources})
    return run_features(binary, clusters, ['--sources']), sub


# Unnamed versions need this many sentences (the engine judges the event of a source with at least
# three claims, event.h kEventMinUnits).
UNNAMED_MIN_SENTENCES = 4


def unnamed_text(doc):
    """The article's sentences that hold none of its names, one per line, or '' when fewer than
    UNNAMED_MIN_SENTENCES are left: an article as a report that never names the place or the people
    the others name ("Hospital nurses set for walkout") would be, so that the event model learns to
    judge such a pair by what else it shares."""
    spans = [doc['spans'][k] for k in sorted(doc['spans'])]
    sentences = [[w.lstrip('"\'(\u201c\u2018') for w in doc['text'][b:e].split()] for b, e in spans]
    # Names: words written capitalised after a sentence's first ("I" aside); a sentence's first word
    # is one when the article writes it so elsewhere too ("Teixeira is seeking ...").
    names = {w for ws in sentences for w in ws[1:] if w[:1].isupper() and w != 'I'}
    kept = [doc['text'][b:e] for ws, (b, e) in zip(sentences, spans) if ws and not any(w in names for w in ws)]
    return '\n'.join(kept) if len(kept) >= UNNAMED_MIN_SENTENCES else ''


def features_digest(texts):
    """The digest of a list of tables (their text, in order): what a model's header names."""
    h = hashlib.sha256()
    for t in texts:
        h.update(hashlib.sha256(t.encode('utf-8')).digest())
    return h.hexdigest()[:16]


# The tables each model file is trained from: a change to the engine's source-pair features moves
# the event model's digest only, so the event model can be retrained alone (train-similarity.py
# --event-only) and the similarity models keep naming the features they were trained on.
MODEL_TABLES = {'model.txt': 'sentence', 'clause-model.txt': 'sentence', 'event-model.txt': 'event'}

# The event tables, in the order their digest takes them (train_event reads all four).
EVENT_TABLES = [('train', False), ('train', True), ('dev', False), ('dev', True)]


def event_digest(tables):
    """features_digest() of the event tables, given as {(split, unnamed): text}."""
    return features_digest([tables[k] for k in EVENT_TABLES])


def tables_digests(binary, shared):
    """{'sentence': digest, 'event': digest} of the tables the engine's feature tool makes today."""
    return {'sentence': features_digest([sentence_table(binary, shared)[0]]),
            'event': event_digest({(s, u): event_table(binary, shared, s, unnamed=u)[0] for s, u in EVENT_TABLES})}

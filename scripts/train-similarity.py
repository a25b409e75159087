#!/usr/bin/env python3
"""Trains the engine's similarity model on the training splits and writes core/data/model.txt.

The model is a gradient-boosted tree ensemble (scikit-learn, Debian package python3-sklearn) over
the features the engine itself measures (tools/features of a native build: the same segmentation,
tokens, facts, word alignment and features as the product). It gives the probability that two units
state the same claim. Thresholds on that probability are fitted on the development splits.

Training data (scripts/evaldata.py): STS-B train without MSRpar (soft label score / 5), SICK TRAIN
(entailment 1; neutral and contradiction 0), MSRP train (paraphrase 1/0), and pairs of annotated
sentences from different articles of the ECB+ training topics (1 when they mention one event
instance, 0 otherwise; sentences about the look-alike event of the same topic are negatives).
Development data: STS-B dev, SICK TRIAL, ECB+ development topics, MSRP by 10-fold cross-validation
(each fold predicted by a model trained without it).

Deterministic: fixed seeds, single-threaded scikit-learn; the same inputs give the same model file.

usage: python3 scripts/train-similarity.py [--features BIN] [--shared DIR] [--out FILE]
                                           [--cv-dir DIR] [--quick]
  --cv-dir DIR   also write the ten MSRP cross-validation models (DIR/fold-K.txt, K = 0..9), which
                 scripts/eval.py uses to report MSRP by cross-validation as the product computes it.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import evaldata as D  # noqa: E402

try:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier
except ImportError:
    sys.exit('train-similarity: needs numpy and scikit-learn (apt-get install python3-sklearn python3-numpy)')

# Hyperparameters (chosen on the development splits).
TREES = 300
DEPTH = 4
LEARNING_RATE = 0.05
SUBSAMPLE = 0.8
MIN_LEAF = 20
SEED = 0
# Each dataset's share of the training weight.
DATASET_WEIGHT = {'sts': 1.0, 'sick': 1.0, 'msrp': 1.0, 'ecb': 1.0}


def pair_cluster(rid, a, b):
    return {'id': rid, 'sources': [{'id': 'a', 'text': a}, {'id': 'b', 'text': b}]}


def build(shared):
    """(clusters, labels): clusters for tools/features; labels[cluster id] = (dataset, split, label
    function of a feature row)."""
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


def run_features(binary, clusters):
    inp = ''.join(json.dumps(c, ensure_ascii=False) + '\n' for c in clusters).encode('utf-8')
    out = subprocess.run([binary, '--data', os.path.join(ROOT, 'core', 'data')], input=inp,
                         stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
    lines = out.split('\n')
    header = lines[0].split('\t')
    rows = [l.split('\t') for l in lines[1:] if l]
    return header, rows


def covered(doc, start, end):
    return {s for s, (x, y) in doc['spans'].items() if start < y and x < end and s in doc['sel']}


def label_rows(header, rows, meta, ecb):
    """Per feature row: (dataset, split, soft label, extra) or None when unlabelled."""
    out = []
    for r in rows:
        cid = r[0]
        m = meta[cid]
        if m[0] != 'ecb':
            out.append(m)
            continue
        _, split, kind, part = m
        docs = ecb[split]
        da, db = r[1].split('#')[0], r[4].split('#')[0]
        ca, cb = covered(docs[da], int(r[2]), int(r[3])), covered(docs[db], int(r[5]), int(r[6]))
        if not ca or not cb:
            out.append(None)
            continue
        if docs[da]['sub'] != docs[db]['sub']:
            out.append(('ecb', split, 0.0, (cid, kind, 'cross')))
            continue
        # The label: how much of a claim the two sentences share (evaldata.claim_overlap), the best
        # over the sentences each unit covers.
        label = max(D.claim_overlap(docs[da], sa, docs[db], sb) for sa in ca for sb in cb)
        out.append(('ecb', split, label, (cid, kind, 'same')))
    return out


def train(X, y, w):
    """Soft labels: each row becomes a positive with weight w*y and a negative with weight w*(1-y)."""
    Xd = np.vstack([X, X])
    yd = np.concatenate([np.ones(len(y)), np.zeros(len(y))])
    wd = np.concatenate([w * y, w * (1 - y)])
    keep = wd > 0
    clf = GradientBoostingClassifier(n_estimators=TREES, max_depth=DEPTH, learning_rate=LEARNING_RATE,
                                     subsample=SUBSAMPLE, min_samples_leaf=MIN_LEAF, random_state=SEED)
    clf.fit(Xd[keep], yd[keep], sample_weight=wd[keep])
    return clf


def export(clf, names, thresholds, about, what='similarity'):
    base = float(clf._raw_predict_init(np.zeros((1, len(names)), dtype=np.float32))[0, 0])
    body = ['features %d %s' % (len(names), ' '.join(names))]
    for k, v in sorted(thresholds.items()):
        body.append('threshold %s %r' % (k, float(v)))
    body.append('base %r' % base)
    for est in clf.estimators_[:, 0]:
        t = est.tree_
        body.append('tree %d' % t.node_count)
        for i in range(t.node_count):
            leaf = t.children_left[i] < 0
            body.append('%d %r %d %d %r' % (-1 if leaf else int(t.feature[i]), 0.0 if leaf else float(t.threshold[i]),
                                            -1 if leaf else int(t.children_left[i]),
                                            -1 if leaf else int(t.children_right[i]),
                                            float(t.value[i][0][0] * clf.learning_rate) if leaf else 0.0))
    text = '\n'.join(body) + '\n'
    mid = ('sim-' if what == 'similarity' else 'event-') + hashlib.sha256(text.encode()).hexdigest()[:10]
    head = ['# The %s model: gradient-boosted trees over the engine\'s %s features (model.h).'
            % (what, 'pair' if what == 'similarity' else 'source-pair'),
            '# Made by scripts/train-similarity.py from the training splits of the public data in',
            '# ../shared/eval: STS-B train (CC BY-SA 4.0, without MSRpar rows), SICK TRAIN (CC BY-NC-SA 3.0),',
            '# MSRP train (Microsoft Research Paraphrase Corpus licence), ECB+ topics 1-35 except 2, 5, 12,',
            '# 18, 21, 23, 34, 35 (CC BY 3.0); see each dataset\'s SOURCE.txt. Thresholds fitted on the',
            '# development splits. ' + about]
    return '\n'.join(head) + '\nmodel %s\n' % mid + text, mid


# ----------------------------------------------------------------------------------------------------
# The event model: do two sources report one event? Trained on pairs of ECB+ articles of one topic
# (the same event: 1; the topic's look-alike event: 0), each topic as one cluster.

EVENT_TREES = 100
EVENT_DEPTH = 2


def event_rows(binary, shared, split):
    ev = os.path.join(shared, 'eval')
    docs, by_topic = D.load_ecb(ev, D.ecb_topics(ev, split))
    clusters, sub = [], {}
    for t in sorted(by_topic):
        names = by_topic[t]['ecb'] + by_topic[t]['ecbplus']
        clusters.append({'id': 't%d' % t, 'sources': [{'id': n, 'text': docs[n]['text']} for n in names]})
        for n in names:
            sub[n] = docs[n]['sub']
    inp = ''.join(json.dumps(c, ensure_ascii=False) + '\n' for c in clusters).encode('utf-8')
    out = subprocess.run([binary, '--data', os.path.join(ROOT, 'core', 'data'), '--sources'], input=inp,
                         stdout=subprocess.PIPE, check=True).stdout.decode('utf-8').split('\n')
    header = out[0].split('\t')
    rows = [l.split('\t') for l in out[1:] if l]
    X = np.array([[float(v) for v in r[3:]] for r in rows], dtype=np.float32)
    y = np.array([1.0 if sub[r[1]] == sub[r[2]] else 0.0 for r in rows])
    return header[3:], X, y


def train_event(binary, shared):
    names, Xt, yt = event_rows(binary, shared, 'train')
    _, Xd, yd = event_rows(binary, shared, 'dev')
    clf = GradientBoostingClassifier(n_estimators=EVENT_TREES, max_depth=EVENT_DEPTH, learning_rate=0.1,
                                     random_state=SEED)
    clf.fit(Xt, yt)
    p = clf.predict_proba(Xd)[:, 1]
    best = None
    for theta in [x / 100 for x in range(30, 91)]:
        acc = float(((p >= theta) == (yd > 0.5)).mean())
        if best is None or acc > best[0]:
            best = (acc, theta)
    acc, theta = best
    merged = float((p[yd < 0.5] >= theta).mean())
    split = float((p[yd > 0.5] < theta).mean())
    print('event model: dev source pairs %d, accuracy %.4f at threshold %.2f (look-alike pairs joined %.3f, '
          'same-event pairs split %.3f)' % (len(yd), acc, theta, merged, split), file=sys.stderr)
    return clf, names, {'same': theta}, acc


def pr(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def pearson(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    if len(x) < 2 or x.std() == 0 or y.std() == 0:
        return 0.0
    return float(np.corrcoef(x, y)[0, 1])


def dev_report(theta, rows, labels, prob, meta):
    """Pair-level development figures at agree threshold theta (the product's figures come from
    scripts/eval.py, which runs the engine itself)."""
    by = {}
    for (r, l, p) in zip(rows, labels, prob):
        if l is None:
            continue
        by.setdefault((l[0], l[1]), []).append((r, l, p))
    out = {}
    # pairs: the maximum over unit pairs of one cluster
    def per_cluster(items):
        best = {}
        for r, l, p in items:
            if r[0] not in best or p > best[r[0]][1]:
                best[r[0]] = (l, p)
        return best
    # A pair with no candidate is not linked: score 0, not a paraphrase, not an entailment.
    sts = per_cluster(by.get(('sts', 'dev'), []))
    for cid, m in meta.items():
        if m[0] == 'sts' and m[1] == 'dev' and cid not in sts:
            sts[cid] = (m, 0.0)
    out['sts_pearson'] = pearson([v[1] for v in sts.values()], [v[0][2] for v in sts.values()])
    msrp = per_cluster(by.get(('msrp', 'cv'), []))
    for cid, m in meta.items():
        if m[0] == 'msrp' and cid not in msrp and by.get(('msrp', 'cv')):
            msrp[cid] = (m, 0.0)
    ok = sum((v[1] >= theta) == (v[0][2] > 0.5) for v in msrp.values())
    tp = sum(v[1] >= theta and v[0][2] > 0.5 for v in msrp.values())
    fp = sum(v[1] >= theta and v[0][2] <= 0.5 for v in msrp.values())
    fn = sum(v[1] < theta and v[0][2] > 0.5 for v in msrp.values())
    out['msrp_cv_accuracy'] = ok / max(1, len(msrp))
    out['msrp_cv_f1'] = pr(tp, fp, fn)[2]
    sick = per_cluster(by.get(('sick', 'dev'), []))
    for cid, m in meta.items():
        if m[0] == 'sick' and m[1] == 'dev' and cid not in sick:
            sick[cid] = (m, 0.0)
    out['sick_entail_vs_rest_accuracy'] = sum((v[1] >= theta) == (v[0][3] == 'ENTAILMENT') for v in sick.values()) / max(1, len(sick))
    e = by.get(('ecb', 'dev'), [])
    tp = sum(1 for r, l, p in e if p >= theta and l[2] > 0.5 and l[3][1] == 'sub')
    fp = sum(1 for r, l, p in e if p >= theta and l[2] <= 0.5 and l[3][1] == 'sub')
    pos = sum(1 for r, l, p in e if l[2] > 0.5 and l[3][1] == 'sub')
    out['ecb_pair_recall'] = tp / max(1, pos)
    out['ecb_pair_precision'] = tp / max(1, tp + fp)
    cross = sum(1 for r, l, p in e if p >= theta and l[3][2] == 'cross')
    mixed = sum(1 for r, l, p in e if p >= theta and l[3][1] == 'mixed')
    out['ecb_mixed_cross_share'] = cross / max(1, mixed)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--features', default=os.path.join(ROOT, 'build', 'tools', 'features'))
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--out', default=os.path.join(ROOT, 'core', 'data', 'model.txt'))
    ap.add_argument('--cv-dir')
    ap.add_argument('--no-cv', action='store_true', help='skip the MSRP cross-validation models (faster)')
    a = ap.parse_args()
    if not os.path.exists(a.features):
        sys.exit('train-similarity: %s not found (build the native tools first)' % a.features)

    clusters, meta, ecb = build(a.shared)
    header, rows = run_features(a.features, clusters)
    names = header[7:]
    labels = label_rows(header, rows, meta, ecb)
    X = np.array([[float(v) for v in r[7:]] for r in rows], dtype=np.float32)

    def mask(pred):
        return np.array([l is not None and pred(l) for l in labels])

    def weights(sel):
        w = np.zeros(len(rows))
        for ds, share in DATASET_WEIGHT.items():
            m = sel & np.array([l is not None and l[0] == ds for l in labels])
            if m.sum():
                w[m] = share / m.sum()
        return w * len(rows)

    y = np.array([l[2] if l is not None else 0.0 for l in labels])
    train_sel = mask(lambda l: l[1] == 'train')
    print('training rows: %d (%s)' % (train_sel.sum(), ', '.join(
        '%s %d' % (ds, (train_sel & mask(lambda l, ds=ds: l[0] == ds)).sum()) for ds in DATASET_WEIGHT)), file=sys.stderr)
    clf = train(X[train_sel], y[train_sel], weights(train_sel)[train_sel])
    prob = clf.predict_proba(X)[:, 1]

    # MSRP by cross-validation: fold k predicted by a model trained without fold k.
    cv_labels = list(labels)
    cv_prob = prob.copy()
    fold_models = {}
    if not a.no_cv:
        for k in range(D.MSRP_FOLDS):
            sel = train_sel & ~mask(lambda l, k=k: l[0] == 'msrp' and l[3] == k)
            ck = train(X[sel], y[sel], weights(sel)[sel])
            held = mask(lambda l, k=k: l[0] == 'msrp' and l[3] == k)
            cv_prob[held] = ck.predict_proba(X[held])[:, 1]
            fold_models[k] = ck
        for i, l in enumerate(labels):
            if l is not None and l[0] == 'msrp':
                cv_labels[i] = ('msrp', 'cv') + tuple(l[2:])
    # The agree threshold: the best mean of the development figures that depend on it.
    best = None
    for theta in [x / 100 for x in range(20, 91)]:
        rep = dev_report(theta, rows, cv_labels, cv_prob, meta)
        score = (rep['msrp_cv_accuracy'] + rep['sick_entail_vs_rest_accuracy'] +
                 2 * rep['ecb_pair_recall'] * rep['ecb_pair_precision'] /
                 max(1e-9, rep['ecb_pair_recall'] + rep['ecb_pair_precision'])) / 3
        if best is None or score > best[0]:
            best = (score, theta, rep)
    _, theta, rep = best
    thresholds = {'agree': theta, 'conflict': theta}
    print('agree threshold %.2f: %s' % (theta, ' '.join('%s=%.4f' % kv for kv in sorted(rep.items()))), file=sys.stderr)
    text, mid = export(clf, names, thresholds, 'Agree threshold fitted on dev: %.2f.' % theta)
    with open(a.out, 'w', encoding='utf-8') as f:
        f.write(text)
    print('wrote %s (%s, %d bytes)' % (a.out, mid, len(text)), file=sys.stderr)
    eclf, enames, ethr, eacc = train_event(a.features, a.shared)
    etext, eid = export(eclf, enames, ethr, 'Same-event threshold fitted on dev: %.2f (accuracy %.4f).'
                        % (ethr['same'], eacc), what='event')
    epath = os.path.join(os.path.dirname(a.out), 'event-model.txt')
    with open(epath, 'w', encoding='utf-8') as f:
        f.write(etext)
    print('wrote %s (%s, %d bytes)' % (epath, eid, len(etext)), file=sys.stderr)
    if a.cv_dir and fold_models:
        # Each fold as a whole data directory (triangulate --data DIR): the shipped lexicon and
        # event model with the fold's similarity model.
        data_dir = os.path.dirname(a.out)
        for k, ck in fold_models.items():
            d = os.path.join(a.cv_dir, 'fold-%d' % k)
            os.makedirs(d, exist_ok=True)
            t, _ = export(ck, names, thresholds, 'MSRP cross-validation model without fold %d.' % k)
            with open(os.path.join(d, 'model.txt'), 'w', encoding='utf-8') as f:
                f.write(t)
            for name in ('lexicon.txt', 'frequencies.txt', 'event-model.txt'):
                with open(os.path.join(data_dir, name), encoding='utf-8') as src, \
                        open(os.path.join(d, name), 'w', encoding='utf-8') as dst:
                    dst.write(src.read())


if __name__ == '__main__':
    main()

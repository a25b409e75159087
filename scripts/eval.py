#!/usr/bin/env python3
"""Measures Triangulate on the public development splits, as the product makes its links.

usage: python3 scripts/eval.py [--bin PATH] [--shared DIR] [--only LIST] [--cv-dir DIR]
                               [--json FILE] [--min KEY=V ...] [--max KEY=V ...] [--examples K]
                               [--arg ENGINE_ARG ...] [--list-derived]

The engine runs as a user would run it (--batch --json, one cluster per line) with its shipped data;
nothing here is tuned per dataset: links, scores and relations are read from the engine's output.
Splits (scripts/evaldata.py): STS-B dev, SICK TRIAL rows, MSRP train by 10-fold cross-validation, ECB+
development topics 2, 5, 12, 18, 21, 23, 34, 35, the planted conflicts (../shared/eval/planted and our
own samples/planted) and the development cases (../shared/cases).

Datasets (--only, comma separated; default all):
  sts    STS-B dev: sts_pearson, sts_spearman of the pair's best link score (0 without a link).
  msrp   MSRP train, each pair judged by the model trained without its fold (--cv-dir, default
         tests/data/msrp-cv, written by `python3 scripts/train-similarity.py`): paraphrase =
         the two sentences agree as wholes (an agree link without "clause": an agreement of one
         clause only is a shared claim, not a paraphrase). msrp_accuracy, msrp_precision,
         msrp_recall, msrp_f1. Without the fold models the shipped model judges them and the keys
         are msrp_insample_* (it was trained on them).
  sick   SICK TRIAL: conflict -> CONTRADICTION, agree -> ENTAILMENT, else NEUTRAL. sick_accuracy,
         sick_contradiction_f1, sick_entailment_f1, sick_pearson (score vs relatedness).
  ecb    ECB+ development topics. Per topic and event, clusters of at most 12 articles; gold pairs are
         sentences of different articles mentioning one event instance (only annotated sentences).
         ecb_candidate_recall: gold pairs that reach the scorer (a link of any relation with
         --min-score 0); ecb_gold_recall: gold pairs with an agree or conflict link;
         ecb_link_precision_annotated: agree/conflict links between annotated sentences that join a
         gold pair. Mixed clusters (4 articles of each of the topic's two look-alike events):
         ecb_mixed_cross_event_agree_share (agree links joining the two events, share of all agree
         links), ecb_mixed_cross_event_conflict_links, ecb_derived_pair_share (article pairs marked
         derived, all clusters), ecb_same_event_conflicts (conflicts reported in the clusters of one
         event: ECB+ annotates no conflicts, so this is what a reader would be shown to check, not a
         score; most of them are values of different things).
  planted  ../shared/eval/planted: planted_conflict_<type> recall, planted_extra_conflicts,
         planted_not_conflict_violations; and the same own_* keys for our own planted cases of the
         kinds it lacks (number_word, money, modal, antonym, weekday_time), made at run time by
         scripts/planted.py from ECB+ development articles it does not use.
  samples  samples/ (our own clusters): samples_agree_core, samples_agree_direct, samples_conflict,
         samples_unique, samples_distinct, samples_false_conflicts, ...; samples_main_agree_core and
         samples_main_unique for the five-article cluster alone (as ctest's gold.samples scores it).
  cases  ../shared/cases: cases_agree_core, cases_agree_hard, cases_agree_direct, cases_conflict,
         cases_false_conflicts (extra + violations), cases_group_links, cases_agree_grouped,
         cases_distinct_grouped, cases_derived.
Exit status: 0, or 1 when a --min/--max bound fails, 2 on usage errors.
"""
import argparse
import contextlib
import glob
import io
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import evaldata as D  # noqa: E402

DATASETS = ('sts', 'msrp', 'sick', 'ecb', 'planted', 'cases', 'samples')


def die(msg, code=2):
    sys.stderr.write('eval.py: %s\n' % msg)
    sys.exit(code)


def run_batch(binary, clusters, args, timeout=1800):
    """Runs BIN --batch --json ARGS over the clusters; returns {id: result object} (errors included)."""
    cmd = [binary, '--batch', '--json'] + list(args)
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err)

    def writer():
        try:
            for c in clusters:
                proc.stdin.write((json.dumps(c, ensure_ascii=False) + '\n').encode('utf-8'))
            proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass

    t = threading.Thread(target=writer, daemon=True)
    t.start()
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    out = {}
    for raw in proc.stdout:
        line = raw.decode('utf-8', 'replace').strip()
        if line:
            obj = json.loads(line)
            out[obj.get('id')] = obj
    proc.wait()
    timer.cancel()
    t.join(5)
    if clusters and not out:
        # No result at all: the engine refused its arguments or data (e.g. a --data directory
        # whose words.txt is not this binary's); scoring nothing would report figures of zero.
        err.seek(0)
        sys.exit('eval.py: %s gave no result (exit status %s): %s' % (
            ' '.join(cmd), proc.returncode, err.read().decode('utf-8', 'replace').strip()))
    return out


def pair_cluster(rid, a, b):
    return {'id': rid, 'sources': [{'id': 'a', 'title': '', 'text': a}, {'id': 'b', 'title': '', 'text': b}]}


def pair_outcome(res):
    """(best score, relation) of the links between sources a and b of a pair cluster."""
    if not res or 'error' in res:
        return 0.0, 'none'
    best, rels = 0.0, set()
    for l in res.get('links', []):
        best = max(best, float(l.get('score', 0)))
        rels.add(l.get('relation'))
    for c in res.get('conflicts', []):
        if len(c.get('sides', [])) >= 2:
            rels.add('conflict')
    rel = 'conflict' if 'conflict' in rels else 'agree' if 'agree' in rels else 'related' if rels else 'none'
    return best, rel


def pearson(x, y):
    n = len(x)
    if n < 2:
        return None
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sx = math.sqrt(sum((a - mx) ** 2 for a in x))
    sy = math.sqrt(sum((b - my) ** 2 for b in y))
    return sxy / (sx * sy) if sx and sy else None


def ranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0.0] * len(v)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2.0
        i = j + 1
    return r


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def eval_sts(a, ev, M):
    rows = D.load_sts(ev, 'dev')
    res = run_batch(a.bin, [pair_cluster(*r[:3]) for r in rows], ['--min-score', '0'] + a.arg)
    sc = [pair_outcome(res.get(r[0]))[0] for r in rows]
    gold = [r[3] for r in rows]
    M['sts_n'] = len(rows)
    M['sts_pearson'] = pearson(sc, gold)
    M['sts_spearman'] = pearson(ranks(sc), ranks(gold))


def eval_msrp(a, ev, M):
    rows = D.load_msrp(ev)
    tmp = tempfile.mkdtemp(prefix='tri-cv-')
    try:
        dirs = D.cv_data_dirs(a.cv_dir, tmp)
        cv = dirs is not None
        out = {}
        if cv:
            for k in range(D.MSRP_FOLDS):
                part = [r for r in rows if D.msrp_fold(r) == k]
                out.update(run_batch(a.bin, [pair_cluster(*r[:3]) for r in part], a.arg + ['--data', dirs[k]]))
        else:
            out = run_batch(a.bin, [pair_cluster(*r[:3]) for r in rows], a.arg)
    finally:
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
    tp = fp = fn = tn = 0
    for r in rows:
        res = out.get(r[0])
        pred = pair_outcome(res)[1] == 'agree' and any(
            l.get('relation') == 'agree' and 'clause' not in l for l in res.get('links', []))
        if pred and r[3]:
            tp += 1
        elif pred:
            fp += 1
        elif r[3]:
            fn += 1
        else:
            tn += 1
    p, rc, f = prf(tp, fp, fn)
    key = 'msrp' if cv else 'msrp_insample'
    M['msrp_n'] = len(rows)
    M[key + '_accuracy'] = (tp + tn) / len(rows)
    M[key + '_precision'], M[key + '_recall'], M[key + '_f1'] = p, rc, f
    M['msrp_majority_accuracy'] = max(tp + fn, fp + tn) / len(rows)


def eval_sick(a, ev, M):
    rows = D.load_sick(ev, 'trial')
    res = run_batch(a.bin, [pair_cluster(*r[:3]) for r in rows], ['--min-score', '0'] + a.arg)
    name = {'conflict': 'CONTRADICTION', 'agree': 'ENTAILMENT'}
    conf = {}
    sc, rel = [], []
    for r in rows:
        s, o = pair_outcome(res.get(r[0]))
        pred = name.get(o, 'NEUTRAL')
        conf[(r[3][0], pred)] = conf.get((r[3][0], pred), 0) + 1
        sc.append(s)
        rel.append(r[3][1])
    M['sick_n'] = len(rows)
    M['sick_accuracy'] = sum(v for (g, p), v in conf.items() if g == p) / len(rows)
    for lab, key in (('CONTRADICTION', 'contradiction'), ('ENTAILMENT', 'entailment')):
        tp = conf.get((lab, lab), 0)
        fp = sum(v for (g, p), v in conf.items() if p == lab and g != lab)
        fn = sum(v for (g, p), v in conf.items() if g == lab and p != lab)
        M['sick_%s_precision' % key], M['sick_%s_recall' % key], M['sick_%s_f1' % key] = prf(tp, fp, fn)
    M['sick_pearson'] = pearson(sc, rel)
    M['_sick_confusion'] = conf


def unit_cover(res, docs):
    """unit id -> (doc, sentences it overlaps)."""
    m = {}
    for s in res.get('sources', []):
        d = docs.get(s['id'])
        for u in s.get('units', []):
            cov = {sn for sn, (x, y) in d['spans'].items() if u['start'] < y and x < u['end']} if d else set()
            m[u['id']] = (s['id'], cov)
    return m


def linked_pairs(res):
    """(unit, unit, relation) for every link and every two units on different sides of a conflict."""
    out = [(l['a'], l['b'], l['relation']) for l in res.get('links', [])]
    for c in res.get('conflicts', []):
        sides = c.get('sides', [])
        for i in range(len(sides)):
            for k in range(i + 1, len(sides)):
                for ua in sides[i].get('units', []):
                    for ub in sides[k].get('units', []):
                        out.append((ua['unit'], ub['unit'], 'conflict'))
    return out


def eval_ecb(a, ev, M):
    docs, by_topic = D.load_ecb(ev, D.ecb_topics(ev, 'dev'))
    kinds = D.ecb_clusters(by_topic)
    clusters = [{'id': cid, 'sources': [{'id': n, 'title': '', 'text': docs[n]['text']} for n in part]}
                for cid, (_, part) in kinds.items()]
    res = run_batch(a.bin, clusters, a.arg)
    subs = [c for c in clusters if kinds[c['id']][0] == 'sub']
    res_all = run_batch(a.bin, subs, ['--min-score', '0'] + a.arg)
    gold_n = found = reached = prec_n = prec_hit = 0
    mixed_agree = mixed_cross = mixed_cross_conflict = 0
    same_event_conflicts = 0
    derived = pairs_total = 0
    missed = []
    derived_pairs = {}  # (a, b) -> (similarity, wording, shared), each pair once
    for cid, (kind, part) in kinds.items():
        r = res.get(cid) or {}
        for p in r.get('sourcePairs', []):
            derived += bool(p.get('derived'))
            if p.get('derived'):
                derived_pairs.setdefault(tuple(sorted((p['a'], p['b']))),
                                         (p.get('similarity', 0), p.get('wording', 0), p.get('shared', 0)))
        pairs_total += len(part) * (len(part) - 1) // 2
        if kind == 'sub':
            same_event_conflicts += len(r.get('conflicts', []))
            gold = D.ecb_gold_pairs(docs, part)
            gold_n += len(gold)
            for res_, bucket in ((r, 'links'), (res_all.get(cid) or {}, 'all')):
                cover = unit_cover(res_, docs)
                hit = set()
                for ua, ub, rel in linked_pairs(res_):
                    if bucket == 'links' and rel not in ('agree', 'conflict'):
                        continue
                    (da, ca), (db, cb) = cover.get(ua, (None, set())), cover.get(ub, (None, set()))
                    if da is None or db is None or da == db:
                        continue
                    ps = {tuple(sorted(((da, x), (db, y)))) for x in ca for y in cb}
                    hit |= ps & gold
                    if bucket == 'links':
                        sa = [x for x in ca if x in docs[da]['sel']]
                        sb = [y for y in cb if y in docs[db]['sel']]
                        if sa and sb:
                            prec_n += 1
                            prec_hit += bool(ps & gold)
                if bucket == 'links':
                    found += len(hit)
                    missed += sorted(gold - hit)[:3]
                else:
                    reached += len(hit)
        else:
            um = {u['id']: s['id'] for s in r.get('sources', []) for u in s.get('units', [])}
            for ua, ub, rel in linked_pairs(r):
                da, db = um.get(ua), um.get(ub)
                if not da or not db or da == db:
                    continue
                cross = docs[da]['sub'] != docs[db]['sub']
                if rel == 'agree':
                    mixed_agree += 1
                    mixed_cross += cross
                elif rel == 'conflict' and cross:
                    mixed_cross_conflict += 1
    M['ecb_docs'] = len(docs)
    M['ecb_gold_pairs'] = gold_n
    M['ecb_candidate_recall'] = reached / gold_n if gold_n else None
    M['ecb_gold_recall'] = found / gold_n if gold_n else None
    M['ecb_links_annotated'] = prec_n
    M['ecb_link_precision_annotated'] = prec_hit / prec_n if prec_n else None
    M['ecb_mixed_agree_links'] = mixed_agree
    M['ecb_mixed_cross_event_agree_share'] = mixed_cross / mixed_agree if mixed_agree else 0.0
    M['ecb_mixed_cross_event_conflict_links'] = mixed_cross_conflict
    M['ecb_same_event_conflicts'] = same_event_conflicts
    M['ecb_derived_pair_share'] = derived / pairs_total if pairs_total else 0.0
    if getattr(a, 'list_derived', False):
        print('  ECB+ development article pairs marked derived (%d; each pair once):' % len(derived_pairs))
        for (x, y), (sim, wording, shared) in sorted(derived_pairs.items()):
            print('    %s ~ %s  similarity %.3f  wording %.3f  shared claims %d' % (x, y, sim, wording, shared))
    if a.examples:
        print('  ECB+ gold pairs without a link (first %d):' % a.examples)
        for (d1, s1), (d2, s2) in missed[:a.examples]:
            print('    %s/%d: %s\n    %s/%d: %s' % (d1, s1, D.utf16_slice(docs[d1]['text'], *docs[d1]['spans'][s1])[:150],
                                                  d2, s2, D.utf16_slice(docs[d2]['text'], *docs[d2]['spans'][s2])[:150]))


def score_case(a, case):
    """score_gold.py's tally for one case folder (gold.json + <source>.txt), run with the engine."""
    sys.path.insert(0, os.path.join(a.shared, 'tools'))
    import score_gold  # noqa: E402
    g = json.load(open(os.path.join(case, 'gold.json'), encoding='utf-8'))
    files = [os.path.join(case, s + '.txt') for s in g['sources']]
    with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False) as out:
        subprocess.run([a.bin, '--json'] + a.arg + files, stdout=out, stderr=subprocess.DEVNULL)
    buf = io.StringIO()
    old = sys.argv
    sys.argv = ['score_gold.py', os.path.join(case, 'gold.json'), out.name, case]
    try:
        with contextlib.redirect_stdout(buf):
            try:
                score_gold.main()
            except SystemExit:
                pass
    finally:
        sys.argv = old
        os.unlink(out.name)
    lines = buf.getvalue().splitlines()
    tally = {}
    for part in lines[-1].split(' ', 1)[1].split(' | '):
        k, v = part.rsplit(' ', 1)
        tally[k] = tuple(int(x) for x in v.split('/')) if '/' in v else int(v)
    return tally, lines[:-1]


def score_dirs(a, dirs, verbose=False, each=None):
    """The tallies of every case under dirs, summed; `each`, when given, also gets each case's own
    tally by its folder."""
    tot = {}
    for d in dirs:
        for gold in sorted(glob.glob(os.path.join(d, '*', 'gold.json')) + glob.glob(os.path.join(d, 'gold.json'))):
            tally, misses = score_case(a, os.path.dirname(gold))
            if each is not None:
                each[os.path.dirname(gold)] = tally
            if verbose:
                for m in misses:
                    print('    %s: %s' % (os.path.basename(os.path.dirname(gold)), m))
            for k, v in tally.items():
                if isinstance(v, tuple):
                    n, dd = tot.get(k, (0, 0))
                    tot[k] = (n + v[0], dd + v[1])
                else:
                    tot[k] = tot.get(k, 0) + v
    return tot


def frac(t, k):
    v = t.get(k)
    return v[0] / v[1] if v and v[1] else None


def eval_planted(a, ev, M):
    # Our own planted cases (scripts/planted.py) are made here from ECB+ development articles that
    # ../shared/eval/planted does not use; nothing of them is stored in the repository.
    import planted
    own = tempfile.mkdtemp(prefix='tri-planted-')
    try:
        planted.write_cases(a.shared, own)
        for key, dirs in (('planted', [os.path.join(ev, 'planted')]), ('own', [own])):
            dirs = [d for d in dirs if os.path.isdir(d) and os.listdir(d)]
            if dirs:
                score_planted(a, key, dirs, M)
    finally:
        import shutil
        shutil.rmtree(own, ignore_errors=True)


def score_planted(a, key, dirs, M):
    t = score_dirs(a, dirs, verbose=a.examples > 0)
    for typ in ('number', 'date', 'negation', 'name', 'number_word', 'money', 'modal', 'antonym', 'weekday_time'):
        if ('conflict_' + typ) in t:
            M['%s_conflict_%s' % (key, typ)] = frac(t, 'conflict_' + typ)
    M[key + '_conflict'] = frac(t, 'conflict')
    if 'agree_core' in t:
        M[key + '_agree_core'] = frac(t, 'agree_core')
    M[key + '_extra_conflicts'] = t.get('extra_conflicts', 0)
    M[key + '_not_conflict_violations'] = t.get('not_conflict_violations', 0)


def eval_cases(a, ev, M):
    t = score_dirs(a, [os.path.join(a.shared, 'cases')], verbose=a.examples > 0)
    for k in ('agree_core', 'agree_hard', 'agree_direct', 'agree_grouped', 'conflict', 'group_links', 'derived',
              'unique', 'distinct'):
        M['cases_' + k] = frac(t, k)
    M['cases_false_conflicts'] = t.get('extra_conflicts', 0) + t.get('not_conflict_violations', 0)
    M['cases_distinct_grouped'] = t.get('distinct_grouped', 0)


def eval_samples(a, ev, M):
    """Our own development cluster (samples/, written for testing by this project)."""
    each = {}
    t = score_dirs(a, [os.path.join(REPO, 'samples')], verbose=a.examples > 0, each=each)
    for k in ('agree_core', 'agree_direct', 'conflict', 'unique', 'distinct', 'derived', 'group_links'):
        M['samples_' + k] = frac(t, k)
    M['samples_false_conflicts'] = t.get('extra_conflicts', 0) + t.get('not_conflict_violations', 0)
    # The five-article cluster alone (samples/gold.json), as ctest's gold.samples scores it.
    main = each[os.path.join(REPO, 'samples')]
    for k in ('agree_core', 'unique'):
        M['samples_main_' + k] = frac(main, k)


def fmt(v):
    return 'n/a' if v is None else ('%.4f' % v if isinstance(v, float) else str(v))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--bin')
    ap.add_argument('--shared', default=os.path.join(os.path.dirname(REPO), 'shared'))
    ap.add_argument('--only', default=','.join(DATASETS))
    ap.add_argument('--cv-dir', default=D.CV_MODELS)
    ap.add_argument('--json', dest='json_out')
    ap.add_argument('--min', action='append', default=[])
    ap.add_argument('--max', action='append', default=[])
    ap.add_argument('--examples', type=int, default=0)
    ap.add_argument('--list-derived', action='store_true',
                    help='print every ECB+ development article pair marked derived, with its similarity')
    ap.add_argument('--arg', action='append', default=[])
    a = ap.parse_args(argv)
    only = [s.strip() for s in a.only.split(',') if s.strip()]
    if any(s not in DATASETS for s in only):
        die('--only: choose from %s' % ','.join(DATASETS))
    if a.bin is None:
        a.bin = os.path.join(REPO, 'build', 'cli', 'triangulate')
    if not os.access(a.bin, os.X_OK):
        die('no engine at %s (build it, or pass --bin)' % a.bin)
    ev = os.path.join(a.shared, 'eval')
    if not os.path.isdir(ev):
        die('no data in %s (use --shared)' % ev)
    M = {}
    funcs = {'sts': eval_sts, 'msrp': eval_msrp, 'sick': eval_sick, 'ecb': eval_ecb, 'planted': eval_planted,
             'cases': eval_cases, 'samples': eval_samples}
    for ds in DATASETS:
        if ds in only:
            t0 = time.time()
            funcs[ds](a, ev, M)
            M[ds + '_seconds'] = round(time.time() - t0, 1)
    public = {k: v for k, v in M.items() if not k.startswith('_')}
    print('%-40s %s' % ('metric (development splits)', 'value'))
    for k in sorted(public):
        print('%-40s %s' % (k, fmt(public[k])))
    if a.json_out:
        with open(a.json_out, 'w', encoding='utf-8') as f:
            json.dump(public, f, indent=1, sort_keys=True)
    failed = []
    for items, better in ((a.min, 'min'), (a.max, 'max')):
        for it in items:
            k, v = it.split('=', 1)
            got = public.get(k)
            if got is None or (got < float(v) if better == 'min' else got > float(v)):
                failed.append('%s = %s (%s %s)' % (k, fmt(got), '>=' if better == 'min' else '<=', v))
    if failed:
        print('FAILED: ' + '; '.join(failed))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

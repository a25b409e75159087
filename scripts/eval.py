#!/usr/bin/env python3
"""Measure Triangulate against the public dev datasets in ../shared/eval (Python 3 standard library only).

USAGE
    python3 scripts/eval.py [--bin PATH] [--shared PATH] [--only sts,msrp,sick,ecb]
                            [--quick [N]] [--json FILE] [--min KEY=VALUE ...] [--max KEY=VALUE ...]
                            [--examples K] [--save-results DIR] [--arg ENGINE_ARG ...] [--timeout SECONDS]

    --bin PATH         the triangulate binary; default: the first of <repo>/build/cli/triangulate,
                       <repo>/build-*/cli/triangulate (sorted) that exists.
    --shared PATH      the shared folder; default <repo>/../shared (datasets are in <shared>/eval).
    --only LIST        comma-separated subset of sts,msrp,sick,ecb (default: all four).
    --quick [N]        smoke run: at most N rows per dataset (default N=300). The rows are an evenly
                       spaced sample of the file (every k-th row, so all genres / labels are covered),
                       not the first N. For ECB+, N counts annotated sentences: whole topics are taken in
                       topic order until N rows of ECBplus_coreference_sentences.csv are covered.
    --json FILE        also write the metrics as one JSON object (key -> number; see METRICS).
    --min KEY=VALUE    fail (exit 1, naming the key) when metric KEY is below VALUE, or was not
                       computed. Repeatable, e.g. --min sts_pearson=0.72 --min msrp_accuracy=0.72
                       --min sick_contradiction_f1=0.6
    --max KEY=VALUE    same, for metrics where lower is better (e.g. ecb_mixed_cross_event_agree_share).
    --examples K       print K wrongly handled pairs per dataset and error kind (for tuning).
    --save-results DIR write the engine's raw output lines to DIR/<dataset>.jsonl.
    --arg A            pass an extra argument to the engine (repeatable; use --arg=--foo for dashes).
    --timeout S        kill the engine if one dataset takes longer than S seconds (default 900).
    --ecb-cluster-size N   ECB+ sub-topic clusters hold at most N documents (default 12).
    --ecb-mixed N      ECB+ mixed clusters take N documents of each sub-topic (default 4).

    Examples:
        python3 scripts/eval.py --quick                         # smoke run, ~300 rows per dataset
        python3 scripts/eval.py --json eval.json --min sts_pearson=0.72 --min msrp_accuracy=0.72 \
            --min sick_contradiction_f1=0.6 --max ecb_mixed_cross_event_agree_share=0.2
        python3 scripts/eval.py --only sick --examples 10       # look at what goes wrong

    Exit status: 0 after printing the table (also when the engine returned errors for some lines --
    they are counted and shown); 1 when a --min/--max bound fails; 2 usage error / missing binary or data.

HOW THE ENGINE IS RUN
    One engine process per dataset:  BIN --batch --json --min-score 0 [--arg ...]   (ECB+: without
    --min-score, i.e. only the links the engine itself makes; `related` links are not used there and
    would make the output quadratic in size). Clusters are written as JSON Lines to its stdin by a
    background thread while the main thread reads one result line per cluster from its stdout; results
    are matched to clusters by "id". A result line {"id", "error"} or a cluster without any result line
    counts as an engine error (the pair then has score 0 and no relation) and is reported per dataset.

    Sentence-pair datasets (STS-B, MSRP, SICK): each pair is one cluster with two sources, ids "a" and
    "b", title "", text = the sentence as given. From the result, only links joining a unit of "a" with
    a unit of "b" are used (units may be clauses or headlines, so there may be several links):
      score(pair)    = the maximum "score" over those links; 0 if there is none.
      relation(pair) = "conflict" if any of those links is a conflict, else "agree" if any is an agree,
                       else "related" if any link exists, else "none".

METRICS (keys of the --json object; *_n is the number of rows used, *_errors engine errors)
    STS-B dev (stsbenchmark/sts-dev.csv, 1500 pairs; tab separated: gold 0-5 in column 5 (index 4),
    sentences in columns 6 and 7; the trailing extra columns some rows have are ignored):
      sts_pearson, sts_spearman   correlation of score(pair) with the gold similarity (Spearman with
                                  average ranks for ties).
    MSRP train (msrp/msr_paraphrase_train.txt, 4075 pairs after the header row; Quality 1 = paraphrase):
      predicted paraphrase  <=>  the pair has at least one agree link (whatever else it has).
      msrp_accuracy; msrp_precision, msrp_recall, msrp_f1 with positive = paraphrase;
      msrp_majority_accuracy = share of the majority class (the floor to beat);
      msrp_oracle_threshold_accuracy / msrp_oracle_threshold: for information only, the best accuracy
      of "paraphrase <=> score(pair) >= t" over all t, with t chosen ON THE SAME DATA (an upper bound
      for a score threshold, not a fair result).
    SICK train+trial (sick/SICK_train_trial.txt, 4934 pairs, columns found by header name):
      predicted label = CONTRADICTION if relation(pair) is conflict, ENTAILMENT if it is agree,
      NEUTRAL otherwise (related or none).
      sick_accuracy = 3-way accuracy; sick_contradiction_precision / _recall / _f1 (positive =
      CONTRADICTION); sick_entailment_precision / _recall / _f1 likewise; sick_pearson = Pearson
      of score(pair) with relatedness_score (1-5). A confusion matrix is printed.
    ECB+ topics 1-35 (ecbplus/ECB+/<topic>/<topic>_<n>ecb.xml | ...ecbplus.xml):
      Documents: the text of a document is rebuilt from its XML tokens, one sentence per paragraph
      (sentences joined by a blank line), tokens joined by spaces except before closing punctuation /
      clitics and after opening brackets / quotes (`` and '' become "). Sentence 0 of an ecbplus
      document (its URL) is left out. The (document, sentence number) -> [start, end) span in UTF-16
      code units of the rebuilt text is kept. Source id = file name without .xml, e.g. "1_10ecb".
      A unit "covers" a sentence when the unit's [start, end) overlaps the sentence's span; a unit may
      cover several sentences, a sentence may be covered by several units (clauses).
      Event mentions: markables (with token anchors) that are sources of a CROSS_DOC_COREF relation whose
      instance (the relation's note) is an action, i.e. starts with "ACT" or "NEG"; the mention's
      sentence(s) come from its tokens. Only sentences listed in ECBplus_coreference_sentences.csv (the
      sentences the annotators covered) count.
      Sub-topic clusters: for each topic and each sub-topic (ecb = the *ecb.xml docs, ecbplus = the
      *ecbplus.xml docs, i.e. one event each), all its documents in document-number order, split into
      consecutive chunks of at most 12 documents (--ecb-cluster-size) of near-equal size; each chunk is one
      cluster (one source per document).
      Gold pair: an unordered pair of listed sentences (d1, s1), (d2, s2) with d1 != d2 in the SAME
      cluster that mention the same cross-document action instance (a pair sharing several instances
      counts once). Pairs whose documents ended up in different chunks are not counted.
      ecb_gold_pairs      number of gold pairs.
      ecb_gold_recall     share of gold pairs for which the engine made an agree or conflict link between
                          a unit of d1 covering s1 and a unit of d2 covering s2.
      ecb_gold_recall_agree   the same, counting only agree links.
      ecb_link_precision_annotated   of the agree/conflict links in sub-topic clusters whose two units
                          both cover listed sentences of different documents, the share that join (via
                          at least one covered-sentence pair) a gold pair. Annotation covers mostly the
                          seminal event, so this is a rough lower bound on precision; informational.
      Mixed clusters: per topic, the first 4 ecb documents and the first 4 ecbplus documents (document-
      number order; --ecb-mixed N changes 4), ecb and ecbplus alternating, as one cluster: two similar
      but different events.
      ecb_mixed_agree_links    agree links between units of different documents in mixed clusters.
      ecb_mixed_cross_event_agree_share   share of those agree links that join a unit of an ecb document
                          with a unit of an ecbplus document, i.e. link different events (lower is better).
      ecb_mixed_chance_share   the share of cross-event document pairs among all document pairs of the
                          mixed clusters (what linking document pairs blindly would give, ~0.57 for 4+4).
      ecb_mixed_cross_event_conflict_links   conflict links joining ecb and ecbplus units (informational).
    Also per dataset: <ds>_seconds (engine wall time), <ds>_errors, <ds>_n.
"""
import argparse
import glob
import json
import math
import os
import re
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATASETS = ('sts', 'msrp', 'sick', 'ecb')


def die(msg, code=2):
    sys.stderr.write('eval.py: %s\n' % msg)
    sys.exit(code)


def utf16_len(s):
    return len(s.encode('utf-16-le')) // 2


# ----------------------------------------------------------------------------------------------------
# Running the engine


class EngineRun:
    """Results of one engine process: id -> result object, plus errors and timing."""

    def __init__(self):
        self.results = {}
        self.errors = {}      # id -> message
        self.seconds = 0.0
        self.stderr_tail = ''
        self.returncode = None


def run_batch(binary, clusters, engine_args, timeout, save_path=None):
    cmd = [binary, '--batch', '--json'] + list(engine_args)
    run = EngineRun()
    t0 = time.time()
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        die('cannot start %s: %s' % (binary, e))
    stderr_chunks = []

    def writer():
        try:
            for c in clusters:
                proc.stdin.write((json.dumps(c, ensure_ascii=False) + '\n').encode('utf-8'))
            proc.stdin.close()
        except (BrokenPipeError, OSError, ValueError):
            pass

    def err_reader():
        for chunk in iter(lambda: proc.stderr.read(65536), b''):
            stderr_chunks.append(chunk)
            if len(stderr_chunks) > 64:   # keep only the tail
                del stderr_chunks[:32]

    killed = []

    def killer():
        killed.append(True)
        try:
            proc.kill()
        except OSError:
            pass

    tw = threading.Thread(target=writer, daemon=True)
    te = threading.Thread(target=err_reader, daemon=True)
    timer = threading.Timer(timeout, killer)
    tw.start()
    te.start()
    timer.start()
    save = open(save_path, 'w', encoding='utf-8') if save_path else None
    try:
        for raw in proc.stdout:
            line = raw.decode('utf-8', 'replace').strip()
            if not line:
                continue
            if save:
                save.write(line + '\n')
            try:
                obj = json.loads(line)
            except ValueError:
                run.errors['<unparsable line %d>' % (len(run.errors) + 1)] = line[:200]
                continue
            cid = obj.get('id') if isinstance(obj, dict) else None
            if not isinstance(obj, dict) or cid is None:
                run.errors['<line without id %d>' % (len(run.errors) + 1)] = line[:200]
            elif 'error' in obj and 'sources' not in obj:
                run.errors[cid] = str(obj.get('error'))
            else:
                run.results[cid] = obj
        proc.wait()
    finally:
        timer.cancel()
        if save:
            save.close()
    tw.join(5)
    te.join(5)
    run.seconds = time.time() - t0
    run.returncode = proc.returncode
    run.stderr_tail = b''.join(stderr_chunks).decode('utf-8', 'replace')[-2000:]
    ids = [c['id'] for c in clusters]
    missing = [i for i in ids if i not in run.results and i not in run.errors]
    for i in missing:
        run.errors[i] = 'no result line'
    if killed:
        print('  !! engine killed after %.0f s timeout' % timeout)
    if missing or (run.returncode not in (0, None)):
        print('  !! engine exit status %s, %d of %d clusters without result' % (run.returncode, len(missing), len(ids)))
        if run.stderr_tail.strip():
            print('  !! engine stderr (tail):\n' + '\n'.join('     ' + l for l in run.stderr_tail.strip().splitlines()[-15:]))
    return run


def unit_source_map(result):
    m = {}
    for s in result.get('sources', []) or []:
        for u in s.get('units', []) or []:
            m[u.get('id')] = (s.get('id'), u)
    return m


def pair_outcome(result):
    """(score, relation) for a two-source cluster with sources 'a' and 'b'."""
    if result is None:
        return 0.0, 'none'
    umap = unit_source_map(result)
    best = 0.0
    rels = set()
    for l in result.get('links', []) or []:
        sa = umap.get(l.get('a'), (None,))[0]
        sb = umap.get(l.get('b'), (None,))[0]
        if {sa, sb} != {'a', 'b'}:
            continue
        try:
            sc = float(l.get('score', 0) or 0)
        except (TypeError, ValueError):
            sc = 0.0
        best = max(best, sc)
        rels.add(l.get('relation'))
    if 'conflict' in rels:
        rel = 'conflict'
    elif 'agree' in rels:
        rel = 'agree'
    elif rels:
        rel = 'related'
    else:
        rel = 'none'
    return best, rel


def pair_cluster(cid, s1, s2):
    return {'id': cid, 'sources': [{'id': 'a', 'title': '', 'text': s1}, {'id': 'b', 'title': '', 'text': s2}],
            'options': {}}


# ----------------------------------------------------------------------------------------------------
# Statistics


def pearson(x, y):
    n = len(x)
    if n < 2:
        return None
    mx = sum(x) / n
    my = sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx <= 0 or syy <= 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def ranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0.0] * len(v)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
            j += 1
        avg = (i + j) / 2.0 + 1
        for k in range(i, j + 1):
            r[order[k]] = avg
        i = j + 1
    return r


def spearman(x, y):
    return pearson(ranks(x), ranks(y))


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def oracle_threshold(scores, gold):
    """Best accuracy of (score >= t) over all t; returns (accuracy, t)."""
    n = len(scores)
    if not n:
        return None, None
    pairs = sorted(zip(scores, gold), key=lambda p: -p[0])
    pos_total = sum(gold)
    # threshold above everything: all negative
    best_acc, best_t = (n - pos_total) / n, float('inf')
    tp = fp = 0
    i = 0
    while i < n:
        t = pairs[i][0]
        while i < n and pairs[i][0] == t:
            if pairs[i][1]:
                tp += 1
            else:
                fp += 1
            i += 1
        acc = (tp + (n - pos_total - fp)) / n
        if acc > best_acc:
            best_acc, best_t = acc, t
    return best_acc, best_t


def sample(rows, n):
    """Evenly spaced sample of at most n rows (all rows when n is None)."""
    if n is None or len(rows) <= n:
        return rows
    step = len(rows) / float(n)
    return [rows[int(i * step)] for i in range(n)]


# ----------------------------------------------------------------------------------------------------
# Pair datasets


def read_lines(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return [l.rstrip('\r\n') for l in f]


def load_sts(eval_dir):
    rows = []
    for ln, line in enumerate(read_lines(os.path.join(eval_dir, 'stsbenchmark', 'sts-dev.csv')), 1):
        f = line.split('\t')
        if len(f) < 7:
            continue
        try:
            gold = float(f[4])
        except ValueError:
            continue
        rows.append(('sts-%d' % ln, f[5], f[6], gold))
    return rows


def load_msrp(eval_dir):
    lines = read_lines(os.path.join(eval_dir, 'msrp', 'msr_paraphrase_train.txt'))
    rows = []
    for ln, line in enumerate(lines[1:], 2):
        f = line.split('\t')
        if len(f) < 5 or f[0].strip() not in ('0', '1'):
            continue
        rows.append(('msrp-%d' % ln, f[3], f[4], int(f[0].strip())))
    return rows


def load_sick(eval_dir):
    lines = read_lines(os.path.join(eval_dir, 'sick', 'SICK_train_trial.txt'))
    head = lines[0].split('\t')
    try:
        ia, ib = head.index('sentence_A'), head.index('sentence_B')
        il, ir = head.index('entailment_label'), head.index('relatedness_score')
        ii = head.index('pair_ID')
    except ValueError:
        die('unexpected SICK header: %r' % head)
    rows = []
    for line in lines[1:]:
        f = line.split('\t')
        if len(f) <= max(ia, ib, il, ir):
            continue
        rows.append(('sick-%s' % f[ii], f[ia], f[ib], (f[il].strip().upper(), float(f[ir]))))
    return rows


def run_pairs(name, rows, args):
    clusters = [pair_cluster(r[0], r[1], r[2]) for r in rows]
    save = os.path.join(args.save_results, name + '.jsonl') if args.save_results else None
    run = run_batch(args.bin, clusters, ['--min-score', '0'] + args.arg, args.timeout, save)
    outs = [pair_outcome(run.results.get(r[0])) for r in rows]
    return run, outs


def fmt_pair(r, out):
    return '      [%s] gold=%s score=%.3f rel=%s\n        A: %s\n        B: %s' % (
        r[0], r[3], out[0], out[1], r[1][:160], r[2][:160])


def eval_sts(args, eval_dir, M):
    rows = sample(load_sts(eval_dir), args.quick)
    run, outs = run_pairs('sts', rows, args)
    gold = [r[3] for r in rows]
    sc = [o[0] for o in outs]
    M['sts_n'] = len(rows)
    M['sts_errors'] = len(run.errors)
    M['sts_seconds'] = round(run.seconds, 2)
    M['sts_pearson'] = pearson(sc, gold)
    M['sts_spearman'] = spearman(sc, gold)
    M['sts_linked_share'] = sum(1 for o in outs if o[1] != 'none') / max(1, len(outs))
    if args.examples and len(rows) > 2:
        # residuals after a least-squares line gold ~ score
        n = len(sc)
        mx, my = sum(sc) / n, sum(gold) / n
        sxx = sum((a - mx) ** 2 for a in sc) or 1.0
        b = sum((a - mx) * (g - my) for a, g in zip(sc, gold)) / sxx
        res = sorted(range(n), key=lambda i: -(abs(gold[i] - (my + b * (sc[i] - mx)))))
        print('    STS-B pairs farthest from the fitted line:')
        for i in res[:args.examples]:
            print(fmt_pair(rows[i], outs[i]))
    show_errors('sts', run, args)


def eval_msrp(args, eval_dir, M):
    rows = sample(load_msrp(eval_dir), args.quick)
    run, outs = run_pairs('msrp', rows, args)
    gold = [r[3] for r in rows]
    pred = [1 if has_agree(run.results.get(r[0])) else 0 for r in rows]
    tp = sum(1 for p, g in zip(pred, gold) if p and g)
    fp = sum(1 for p, g in zip(pred, gold) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold) if not p and g)
    tn = len(gold) - tp - fp - fn
    p, rc, f = prf(tp, fp, fn)
    M['msrp_n'] = len(rows)
    M['msrp_errors'] = len(run.errors)
    M['msrp_seconds'] = round(run.seconds, 2)
    M['msrp_accuracy'] = (tp + tn) / max(1, len(gold))
    M['msrp_precision'], M['msrp_recall'], M['msrp_f1'] = p, rc, f
    pos = sum(gold)
    M['msrp_majority_accuracy'] = max(pos, len(gold) - pos) / max(1, len(gold))
    acc, t = oracle_threshold([o[0] for o in outs], gold)
    M['msrp_oracle_threshold_accuracy'] = acc
    M['msrp_oracle_threshold'] = None if t is None or t == float('inf') else t
    M['_msrp_confusion'] = (tp, fp, fn, tn)
    if args.examples:
        fps = [i for i in range(len(rows)) if pred[i] and not gold[i]]
        fns = [i for i in range(len(rows)) if not pred[i] and gold[i]]
        print('    MSRP false paraphrases (agree link, gold 0):')
        for i in fps[:args.examples]:
            print(fmt_pair(rows[i], outs[i]))
        print('    MSRP missed paraphrases (no agree link, gold 1):')
        for i in fns[:args.examples]:
            print(fmt_pair(rows[i], outs[i]))
    show_errors('msrp', run, args)


def has_agree(result):
    if result is None:
        return False
    umap = unit_source_map(result)
    for l in result.get('links', []) or []:
        if l.get('relation') == 'agree':
            sa = umap.get(l.get('a'), (None,))[0]
            sb = umap.get(l.get('b'), (None,))[0]
            if {sa, sb} == {'a', 'b'}:
                return True
    return False


LABELS = ('ENTAILMENT', 'NEUTRAL', 'CONTRADICTION')


def eval_sick(args, eval_dir, M):
    rows = sample(load_sick(eval_dir), args.quick)
    run, outs = run_pairs('sick', rows, args)
    pred = [{'conflict': 'CONTRADICTION', 'agree': 'ENTAILMENT'}.get(o[1], 'NEUTRAL') for o in outs]
    gold = [r[3][0] for r in rows]
    conf = {(g, p): 0 for g in LABELS for p in LABELS}
    for g, p in zip(gold, pred):
        conf[(g, p)] = conf.get((g, p), 0) + 1
    M['sick_n'] = len(rows)
    M['sick_errors'] = len(run.errors)
    M['sick_seconds'] = round(run.seconds, 2)
    M['sick_accuracy'] = sum(1 for g, p in zip(gold, pred) if g == p) / max(1, len(rows))
    for lab, key in (('CONTRADICTION', 'contradiction'), ('ENTAILMENT', 'entailment')):
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        M['sick_%s_precision' % key], M['sick_%s_recall' % key], M['sick_%s_f1' % key] = prf(tp, fp, fn)
    M['sick_pearson'] = pearson([o[0] for o in outs], [r[3][1] for r in rows])
    M['_sick_confusion'] = conf
    if args.examples:
        for title, cond in (('SICK missed contradictions', lambda g, p: g == 'CONTRADICTION' and p != g),
                            ('SICK false contradictions', lambda g, p: p == 'CONTRADICTION' and g != p),
                            ('SICK false entailments', lambda g, p: p == 'ENTAILMENT' and g != p)):
            idx = [i for i in range(len(rows)) if cond(gold[i], pred[i])]
            print('    %s (%d):' % (title, len(idx)))
            for i in idx[:args.examples]:
                print(fmt_pair(rows[i], outs[i]))
    show_errors('sick', run, args)


def show_errors(name, run, args):
    if run.errors:
        items = list(run.errors.items())
        print('  !! %s: %d engine errors, e.g. %s' % (name, len(items), '; '.join(
            '%s: %s' % (k, v[:120]) for k, v in items[:3])))


# ----------------------------------------------------------------------------------------------------
# ECB+

CLOSE_NOSPACE = {',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '...', "n't", "N'T", '\u201d', '\u2019'}
OPEN_NOSPACE = {'(', '[', '{', '$', '#', '\u201c', '\u2018'}
CLITICS = {'s', 't', 're', 've', 'll', 'd', 'm'}


def detokenize(tokens):
    """Rebuild readable text from PTB-style tokens (approximate: the original spacing is not stored)."""
    merged = []
    for t in tokens:                       # ' ' and ` ` split in two tokens -> '' and ``
        if merged and t in ("'", '`') and merged[-1] == t:
            merged[-1] = t + t
        else:
            merged.append(t)
    tokens = merged
    out = ''
    no_space_next = True
    quote_open = False
    for idx, t in enumerate(tokens):
        prev = tokens[idx - 1] if idx else ''
        nxt = tokens[idx + 1] if idx + 1 < len(tokens) else ''
        attach, no_after = False, False
        if t == ':' and prev.isdigit() and nxt[:2].isdigit():          # times: 1:32
            attach, no_after = True, True
        elif t in ("'", '\u2019') and prev[-1:].isalpha() and nxt.lower() in CLITICS:   # Lohan ' s
            attach, no_after = True, True
        elif t in ('``', '\u201c'):
            t, no_after, quote_open = '"' if t == '``' else t, True, True
        elif t in ("''", '\u201d'):
            t, attach, quote_open = '"' if t == "''" else t, True, False
        elif t == '"':
            if quote_open:
                attach, quote_open = True, False
            else:
                no_after, quote_open = True, True
        else:
            no_after = t in OPEN_NOSPACE
            attach = t in CLOSE_NOSPACE or (t[:1] in ("'", '\u2019') and t[1:].lower() in CLITICS)
        if out and not no_space_next and not attach:
            out += ' '
        out += t
        no_space_next = no_after
    return out


def parse_ecb_doc(path, is_plus):
    root = ET.parse(path).getroot()
    sent_tokens = {}
    tok_sent = {}
    for tok in root.iter('token'):
        s = int(tok.get('sentence'))
        tok_sent[tok.get('t_id')] = s
        sent_tokens.setdefault(s, []).append((int(tok.get('number', 0)), tok.text or ''))
    text = ''
    spans = {}
    pos16 = 0
    for s in sorted(sent_tokens):
        if is_plus and s == 0:
            continue
        toks = [t for _, t in sorted(sent_tokens[s]) if t.strip()]
        st = detokenize(toks).strip()
        if not st:
            continue
        if text:
            text += '\n\n'
            pos16 += 2
        spans[s] = (pos16, pos16 + utf16_len(st))
        text += st
        pos16 += utf16_len(st)
    # markable m_id -> sentences
    m_sent = {}
    mk = root.find('Markables')
    if mk is not None:
        for m in mk:
            anchors = m.findall('token_anchor')
            if anchors:
                m_sent[m.get('m_id')] = {tok_sent[a.get('t_id')] for a in anchors if a.get('t_id') in tok_sent}
    # instance -> sentences mentioning it
    inst = {}
    rel = root.find('Relations')
    if rel is not None:
        for r in rel:
            if r.tag != 'CROSS_DOC_COREF':
                continue
            note = r.get('note') or ''
            if not (note.startswith('ACT') or note.startswith('NEG')):
                continue
            for src in r.findall('source'):
                for s in m_sent.get(src.get('m_id'), ()):
                    inst.setdefault(note, set()).add(s)
    return text, spans, inst


def doc_num(name):
    m = re.match(r'\d+_(\d+)ecb', name)
    return int(m.group(1)) if m else 0


def chunks(seq, size):
    if not seq:
        return []
    k = (len(seq) + size - 1) // size
    base, extra = divmod(len(seq), k)
    out, i = [], 0
    for j in range(k):
        n = base + (1 if j < extra else 0)
        out.append(seq[i:i + n])
        i += n
    return out


def load_ecb(eval_dir, quick):
    root = os.path.join(eval_dir, 'ecbplus')
    selected = {}   # doc name -> set of sentence numbers
    per_topic = {}
    with open(os.path.join(root, 'ECBplus_coreference_sentences.csv'), encoding='utf-8-sig') as f:
        for i, line in enumerate(f):
            parts = [p.strip() for p in line.strip().split(',')]
            if i == 0 or len(parts) < 3 or not parts[0].isdigit() or not parts[2].isdigit():
                continue
            doc = '%s_%s' % (parts[0], parts[1])
            selected.setdefault(doc, set()).add(int(parts[2]))
            per_topic[int(parts[0])] = per_topic.get(int(parts[0]), 0) + 1
    topics = sorted(int(t) for t in os.listdir(os.path.join(root, 'ECB+')) if t.isdigit())
    if quick is not None:
        chosen, total = [], 0
        for t in topics:
            if total >= quick:
                break
            chosen.append(t)
            total += per_topic.get(t, 0)
        topics = chosen
    docs = {}   # name -> dict
    by_topic = {}
    for t in topics:
        for path in sorted(glob.glob(os.path.join(root, 'ECB+', str(t), '*.xml'))):
            name = os.path.basename(path)[:-4]
            is_plus = name.endswith('ecbplus')
            text, spans, inst = parse_ecb_doc(path, is_plus)
            if not text:
                continue
            sel = {s for s in selected.get(name, ()) if s in spans}
            docs[name] = {'name': name, 'topic': t, 'sub': 'ecbplus' if is_plus else 'ecb', 'text': text,
                          'spans': spans, 'inst': {k: v & sel for k, v in inst.items() if v & sel}, 'sel': sel}
            by_topic.setdefault(t, {'ecb': [], 'ecbplus': []})[docs[name]['sub']].append(name)
    for t in by_topic:
        for sub in by_topic[t]:
            by_topic[t][sub].sort(key=doc_num)
    return docs, by_topic


def unit_cover(result, docs):
    """unit id -> (doc name, frozenset of sentence numbers it overlaps)."""
    m = {}
    for s in result.get('sources', []) or []:
        d = docs.get(s.get('id'))
        for u in s.get('units', []) or []:
            cov = set()
            if d is not None:
                try:
                    a, b = int(u.get('start')), int(u.get('end'))
                except (TypeError, ValueError):
                    a, b = 0, 0
                for sn, (x, y) in d['spans'].items():
                    if a < y and x < b:
                        cov.add(sn)
            m[u.get('id')] = (s.get('id'), frozenset(cov))
    return m


def eval_ecb(args, eval_dir, M):
    docs, by_topic = load_ecb(eval_dir, args.quick)
    clusters, kinds = [], {}
    for t in sorted(by_topic):
        for sub in ('ecb', 'ecbplus'):
            for j, part in enumerate(chunks(by_topic[t][sub], args.ecb_cluster_size)):
                if len(part) < 2:
                    continue
                cid = 'ecb-%d-%s-%d' % (t, sub, j)
                kinds[cid] = ('sub', part)
        e, p = by_topic[t]['ecb'][:args.ecb_mixed], by_topic[t]['ecbplus'][:args.ecb_mixed]
        if e and p:
            mixed = []
            for i in range(max(len(e), len(p))):
                mixed += e[i:i + 1] + p[i:i + 1]
            kinds['ecb-%d-mixed' % t] = ('mixed', mixed)
    for cid, (_, part) in kinds.items():
        clusters.append({'id': cid, 'sources': [{'id': n, 'title': '', 'text': docs[n]['text']} for n in part],
                         'options': {}})
    save = os.path.join(args.save_results, 'ecb.jsonl') if args.save_results else None
    run = run_batch(args.bin, clusters, args.arg, args.timeout, save)

    gold_total = found_any = found_agree = 0
    prec_links = prec_hits = 0
    mixed_agree = mixed_cross = mixed_cross_conflict = 0
    chance_cross = chance_all = 0
    missed_examples, false_examples, cross_examples = [], [], []

    def sent_text(d, s):
        return utf16_slice(docs[d]['text'], *docs[d]['spans'][s])

    for cid, (kind, part) in kinds.items():
        res = run.results.get(cid)
        if kind == 'sub':
            # gold pairs inside this cluster
            gold = set()
            inst_index = {}
            for n in part:
                for k, ss in docs[n]['inst'].items():
                    for s in ss:
                        inst_index.setdefault(k, set()).add((n, s))
            for k, mentions in inst_index.items():
                ml = sorted(mentions)
                for i in range(len(ml)):
                    for j in range(i + 1, len(ml)):
                        if ml[i][0] != ml[j][0]:
                            gold.add((ml[i], ml[j]))
            linked, linked_agree = set(), set()
            if res is not None:
                cover = unit_cover(res, docs)
                for l in res.get('links', []) or []:
                    rel = l.get('relation')
                    if rel not in ('agree', 'conflict'):
                        continue
                    da, ca = cover.get(l.get('a'), (None, frozenset()))
                    db, cb = cover.get(l.get('b'), (None, frozenset()))
                    if da is None or db is None or da == db:
                        continue
                    pairs = set()
                    for sa in ca:
                        for sb in cb:
                            pairs.add(tuple(sorted(((da, sa), (db, sb)))))
                    linked |= pairs
                    if rel == 'agree':
                        linked_agree |= pairs
                    sel_a = [s for s in ca if s in docs[da]['sel']]
                    sel_b = [s for s in cb if s in docs[db]['sel']]
                    if sel_a and sel_b:
                        prec_links += 1
                        if any(p in gold for p in pairs):
                            prec_hits += 1
                        elif len(false_examples) < (args.examples or 0):
                            false_examples.append((rel, da, sel_a[0], db, sel_b[0]))
            gold_total += len(gold)
            found_any += len(gold & linked)
            found_agree += len(gold & linked_agree)
            if args.examples:
                for g in sorted(gold - linked):
                    if len(missed_examples) < args.examples:
                        missed_examples.append(g)
        else:
            ne = sum(1 for n in part if docs[n]['sub'] == 'ecb')
            npl = len(part) - ne
            chance_cross += ne * npl
            chance_all += len(part) * (len(part) - 1) // 2
            if res is None:
                continue
            umap = unit_source_map(res)
            for l in res.get('links', []) or []:
                rel = l.get('relation')
                sa = umap.get(l.get('a'), (None,))[0]
                sb = umap.get(l.get('b'), (None,))[0]
                if sa is None or sb is None or sa == sb or sa not in docs or sb not in docs:
                    continue
                cross = docs[sa]['sub'] != docs[sb]['sub']
                if rel == 'agree':
                    mixed_agree += 1
                    if cross:
                        mixed_cross += 1
                        if len(cross_examples) < (args.examples or 0):
                            cross_examples.append((l, umap))
                elif rel == 'conflict' and cross:
                    mixed_cross_conflict += 1
    M['ecb_n'] = sum(len(d['sel']) for d in docs.values())
    M['ecb_docs'] = len(docs)
    M['ecb_clusters'] = len(clusters)
    M['ecb_errors'] = len(run.errors)
    M['ecb_seconds'] = round(run.seconds, 2)
    M['ecb_gold_pairs'] = gold_total
    M['ecb_gold_recall'] = found_any / gold_total if gold_total else None
    M['ecb_gold_recall_agree'] = found_agree / gold_total if gold_total else None
    M['ecb_link_precision_annotated'] = prec_hits / prec_links if prec_links else None
    M['ecb_links_annotated'] = prec_links
    M['ecb_mixed_agree_links'] = mixed_agree
    M['ecb_mixed_cross_event_agree_links'] = mixed_cross
    M['ecb_mixed_cross_event_agree_share'] = mixed_cross / mixed_agree if mixed_agree else None
    M['ecb_mixed_chance_share'] = chance_cross / chance_all if chance_all else None
    M['ecb_mixed_cross_event_conflict_links'] = mixed_cross_conflict
    if args.examples:
        print('    ECB+ missed gold pairs:')
        for (d1, s1), (d2, s2) in missed_examples:
            print('      %s/%d: %s\n      %s/%d: %s' % (d1, s1, sent_text(d1, s1)[:160], d2, s2,
                                                      sent_text(d2, s2)[:160]))
        print('    ECB+ agree/conflict links between annotated sentences that are not gold pairs:')
        for rel, d1, s1, d2, s2 in false_examples:
            print('      %s %s/%d: %s\n               %s/%d: %s' % (rel, d1, s1, sent_text(d1, s1)[:150], d2, s2,
                                                                  sent_text(d2, s2)[:150]))
        print('    ECB+ agree links across the two events of a topic (mixed clusters):')
        for l, umap in cross_examples:
            ua, ub = umap[l['a']][1], umap[l['b']][1]
            print('      %.3f %s: %s\n            %s: %s' % (float(l.get('score', 0) or 0), l['a'],
                                                         str(ua.get('text', ''))[:150], l['b'],
                                                         str(ub.get('text', ''))[:150]))
    show_errors('ecb', run, args)


def utf16_slice(text, a, b):
    return text.encode('utf-16-le')[2 * a:2 * b].decode('utf-16-le', 'replace')


# ----------------------------------------------------------------------------------------------------
# Report


def fmt(v):
    if v is None:
        return 'n/a'
    if isinstance(v, float):
        return '%.4f' % v
    return str(v)


TABLE = [
    ('STS-B dev', 'sts', [('sts_pearson', 'Pearson  max score vs gold'), ('sts_spearman', 'Spearman max score vs gold'),
                          ('sts_linked_share', 'pairs with any link')]),
    ('MSRP train', 'msrp', [('msrp_accuracy', 'accuracy (paraphrase = agree link)'),
                            ('msrp_precision', 'precision (paraphrase)'), ('msrp_recall', 'recall (paraphrase)'),
                            ('msrp_f1', 'F1 (paraphrase)'), ('msrp_majority_accuracy', 'majority-class accuracy'),
                            ('msrp_oracle_threshold_accuracy', 'ORACLE threshold accuracy (tuned on this data)'),
                            ('msrp_oracle_threshold', 'ORACLE threshold')]),
    ('SICK train+trial', 'sick', [('sick_accuracy', '3-way accuracy'),
                                  ('sick_contradiction_precision', 'contradiction precision'),
                                  ('sick_contradiction_recall', 'contradiction recall'),
                                  ('sick_contradiction_f1', 'contradiction F1'),
                                  ('sick_entailment_precision', 'entailment precision'),
                                  ('sick_entailment_recall', 'entailment recall'),
                                  ('sick_entailment_f1', 'entailment F1'),
                                  ('sick_pearson', 'Pearson max score vs relatedness')]),
    ('ECB+ topics 1-35', 'ecb', [('ecb_docs', 'documents'), ('ecb_clusters', 'clusters'),
                                 ('ecb_gold_pairs', 'gold coreferent sentence pairs'),
                                 ('ecb_gold_recall', 'recall (agree or conflict link)'),
                                 ('ecb_gold_recall_agree', 'recall (agree link)'),
                                 ('ecb_links_annotated', 'agree/conflict links between annotated sentences'),
                                 ('ecb_link_precision_annotated', '  of which join a gold pair'),
                                 ('ecb_mixed_agree_links', 'mixed clusters: agree links'),
                                 ('ecb_mixed_cross_event_agree_links', 'mixed: agree links across events'),
                                 ('ecb_mixed_cross_event_agree_share', 'mixed: cross-event share (lower=better)'),
                                 ('ecb_mixed_chance_share', 'mixed: chance share (doc pairs)'),
                                 ('ecb_mixed_cross_event_conflict_links', 'mixed: conflict links across events')]),
]


def print_table(M, ran):
    print()
    print('%-18s %-48s %-34s %s' % ('dataset', 'metric', 'key', 'value'))
    print('-' * 112)
    for title, ds, rows in TABLE:
        if ds not in ran:
            continue
        head = '%s (n=%s, %ss, %s errors)' % (title, M.get(ds + '_n'), M.get(ds + '_seconds'), M.get(ds + '_errors'))
        print(head)
        for key, label in rows:
            print('%-18s %-48s %-34s %s' % ('', label, key, fmt(M.get(key))))
        if ds == 'msrp' and '_msrp_confusion' in M:
            print('%-18s confusion tp=%d fp=%d fn=%d tn=%d' % (('',) + tuple(M['_msrp_confusion'])))
        if ds == 'sick' and '_sick_confusion' in M:
            c = M['_sick_confusion']
            print('%-18s confusion (rows gold, columns predicted)   %s' % ('', '  '.join('%13s' % p for p in LABELS)))
            for g in LABELS:
                print('%-18s %-42s %s' % ('', g, '  '.join('%13d' % c.get((g, p), 0) for p in LABELS)))
    print()


def parse_bounds(items, what):
    out = []
    for it in items or []:
        if '=' not in it:
            die('%s needs KEY=VALUE, got %r' % (what, it))
        k, v = it.split('=', 1)
        try:
            out.append((k.strip(), float(v)))
        except ValueError:
            die('%s %s: %r is not a number' % (what, k, v))
    return out


def find_binary():
    cands = [os.path.join(REPO, 'build', 'cli', 'triangulate')]
    cands += sorted(glob.glob(os.path.join(REPO, 'build-*', 'cli', 'triangulate')))
    for c in cands:
        if os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(usage='%(prog)s [options]', description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--bin')
    ap.add_argument('--shared', default=os.path.join(os.path.dirname(REPO), 'shared'))
    ap.add_argument('--only', default=','.join(DATASETS))
    ap.add_argument('--quick', nargs='?', type=int, const=300, default=None)
    ap.add_argument('--json', dest='json_out')
    ap.add_argument('--min', action='append', default=[])
    ap.add_argument('--max', action='append', default=[])
    ap.add_argument('--examples', type=int, default=0)
    ap.add_argument('--save-results')
    ap.add_argument('--arg', action='append', default=[])
    ap.add_argument('--timeout', type=float, default=900)
    ap.add_argument('--ecb-cluster-size', type=int, default=12)
    ap.add_argument('--ecb-mixed', type=int, default=4)
    args = ap.parse_args(argv)

    only = [s.strip() for s in args.only.split(',') if s.strip()]
    bad = [s for s in only if s not in DATASETS]
    if bad:
        die('--only: unknown dataset(s) %s (choose from %s)' % (','.join(bad), ','.join(DATASETS)))
    if args.quick is not None and args.quick < 1:
        die('--quick N needs N >= 1')
    if args.ecb_cluster_size < 2:
        die('--ecb-cluster-size must be >= 2')
    mins = parse_bounds(args.min, '--min')
    maxs = parse_bounds(args.max, '--max')
    if args.bin is None:
        args.bin = find_binary()
        if args.bin is None:
            die('no binary: build it (build/cli/triangulate) or pass --bin PATH')
    if not (os.path.isfile(args.bin) and os.access(args.bin, os.X_OK)):
        die('not an executable file: %s' % args.bin)
    eval_dir = os.path.join(args.shared, 'eval')
    if not os.path.isdir(eval_dir):
        die('no datasets in %s (use --shared PATH)' % eval_dir)
    if args.save_results:
        os.makedirs(args.save_results, exist_ok=True)

    print('engine: %s%s' % (args.bin, ('  extra args: ' + ' '.join(args.arg)) if args.arg else ''))
    if args.quick:
        print('QUICK run: at most %d rows per dataset' % args.quick)
    M = {}
    funcs = {'sts': eval_sts, 'msrp': eval_msrp, 'sick': eval_sick, 'ecb': eval_ecb}
    for ds in DATASETS:
        if ds in only:
            print('running %s ...' % ds)
            sys.stdout.flush()
            funcs[ds](args, eval_dir, M)
            sys.stdout.flush()
    print_table(M, only)

    public = {k: v for k, v in M.items() if not k.startswith('_')}
    if args.json_out:
        doc = {'bin': args.bin, 'quick': args.quick, 'datasets': only, 'metrics': public}
        with open(args.json_out, 'w', encoding='utf-8') as f:
            json.dump(doc, f, indent=2, sort_keys=True)
            f.write('\n')

    failed = []
    for k, v in mins:
        got = public.get(k)
        if got is None:
            failed.append('%s not computed (need >= %g)' % (k, v))
        elif got < v:
            failed.append('%s = %.4f < %g' % (k, got, v))
    for k, v in maxs:
        got = public.get(k)
        if got is None:
            failed.append('%s not computed (need <= %g)' % (k, v))
        elif got > v:
            failed.append('%s = %.4f > %g' % (k, got, v))
    if failed:
        print('FAILED bounds:')
        for f in failed:
            print('  ' + f)
        return 1
    if mins or maxs:
        print('all %d bounds met' % (len(mins) + len(maxs)))
    return 0


if __name__ == '__main__':
    sys.exit(main())

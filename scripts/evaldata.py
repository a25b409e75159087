"""The public data in ../shared/eval, split the one way this project uses it (Python 3 standard library).

Training splits (the model learns from these only):
  STS-B train without its MSRpar rows (those are MSRP pairs, some from MSRP's test split),
  SICK TRAIN rows, MSRP train, ECB+ topics 1-35 except the development topics.
Development splits (thresholds are fitted and figures reported on these):
  STS-B dev, SICK TRIAL rows, MSRP train by 10-fold cross-validation, ECB+ topics DEV_TOPICS.
No test split is read anywhere (none is in ../shared).

Pair rows: (row id, sentence a, sentence b, label) with label a 0-5 score (STS-B), 0/1 (MSRP), or
(entailment label, relatedness) (SICK).
ECB+ documents: see load_ecb(); clusters: see ecb_clusters().
"""
import glob
import os
import re
import xml.etree.ElementTree as ET

DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
MSRP_FOLDS = 10


def read_lines(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return [l.rstrip('\r\n') for l in f]


def load_sts(eval_dir, split):
    """split: 'train' (without MSRpar rows) or 'dev'."""
    rows = []
    name = 'sts-train.csv' if split == 'train' else 'sts-dev.csv'
    for ln, line in enumerate(read_lines(os.path.join(eval_dir, 'stsbenchmark', name)), 1):
        f = line.split('\t')
        if len(f) < 7:
            continue
        if split == 'train' and f[1] == 'MSRpar':
            continue
        try:
            gold = float(f[4])
        except ValueError:
            continue
        rows.append(('sts%s-%d' % ('' if split == 'dev' else 'train', ln), f[5], f[6], gold))
    return rows


def load_msrp(eval_dir):
    """MSRP train; the fold of a row is msrp_fold(row)."""
    lines = read_lines(os.path.join(eval_dir, 'msrp', 'msr_paraphrase_train.txt'))
    rows = []
    for ln, line in enumerate(lines[1:], 2):
        f = line.split('\t')
        if len(f) < 5 or f[0].strip() not in ('0', '1'):
            continue
        rows.append(('msrp-%d' % ln, f[3], f[4], int(f[0].strip())))
    return rows


# The MSRP cross-validation models as the repository keeps them: tests/data/msrp-cv/fold-K.txt,
# the similarity model trained without fold K (scripts/train-similarity.py writes them).
CV_MODELS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'tests', 'data', 'msrp-cv')


def cv_data_dirs(cv_dir, tmp):
    """The --data directories of the ten fold models, or None when cv_dir does not hold all ten.
    cv_dir holds either fold-K/ data directories (train-similarity.py's work directory) or
    fold-K.txt model files (tests/data/msrp-cv): each of those becomes a directory under `tmp` with
    core/data's files and the fold's model.txt."""
    if not cv_dir:
        return None
    dirs = [os.path.join(cv_dir, 'fold-%d' % k) for k in range(MSRP_FOLDS)]
    if all(os.path.exists(os.path.join(d, 'model.txt')) for d in dirs):
        return dirs
    files = [os.path.join(cv_dir, 'fold-%d.txt' % k) for k in range(MSRP_FOLDS)]
    if not all(os.path.exists(f) for f in files):
        return None
    data = os.path.join(os.path.dirname(CV_MODELS), '..', '..', 'core', 'data')
    out = []
    for k, f in enumerate(files):
        d = os.path.join(tmp, 'fold-%d' % k)
        os.makedirs(d, exist_ok=True)
        for name in os.listdir(data):
            if name.endswith('.txt') and name != 'model.txt':
                with open(os.path.join(data, name), 'rb') as src, open(os.path.join(d, name), 'wb') as dst:
                    dst.write(src.read())
        with open(f, 'rb') as src, open(os.path.join(d, 'model.txt'), 'wb') as dst:
            dst.write(src.read())
        out.append(d)
    return out


def msrp_fold(row):
    """The cross-validation fold (0..9) of an MSRP row: its line number modulo 10."""
    return int(row[0].split('-')[1]) % MSRP_FOLDS


def load_sick(eval_dir, split):
    """split: 'train' (TRAIN rows) or 'trial' (TRIAL rows, the development split)."""
    lines = read_lines(os.path.join(eval_dir, 'sick', 'SICK_train_trial.txt'))
    head = lines[0].split('\t')
    ia, ib = head.index('sentence_A'), head.index('sentence_B')
    il, ir = head.index('entailment_label'), head.index('relatedness_score')
    ii, iset = head.index('pair_ID'), head.index('SemEval_set')
    rows = []
    for line in lines[1:]:
        f = line.split('\t')
        if len(f) <= max(ia, ib, il, ir, iset):
            continue
        if f[iset].strip().upper() != split.upper():
            continue
        rows.append(('sick-%s' % f[ii], f[ia], f[ib], (f[il].strip().upper(), float(f[ir]))))
    return rows


# ----------------------------------------------------------------------------------------------------
# ECB+

CLOSE_NOSPACE = {',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '...', "n't", "N'T", '\u201d', '\u2019'}
OPEN_NOSPACE = {'(', '[', '{', '$', '#', '\u201c', '\u2018'}
CLITICS = {'s', 't', 're', 've', 'll', 'd', 'm'}


def utf16_len(s):
    return len(s.encode('utf-16-le')) // 2


def utf16_slice(text, a, b):
    return text.encode('utf-16-le')[2 * a:2 * b].decode('utf-16-le', 'replace')


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


def parse_ecb_doc(path, is_plus, components=False):
    """(text, {sentence: (start16, end16)}, {event instance: {sentences}}) of one ECB+ document.
    The text is one sentence per paragraph; sentence 0 of an ecbplus document (its URL) is left out.
    Instances are cross-document action (ACT*/NEG*) coreference chains. With components=True, a
    fourth item: {sentence: {instance}} for every cross-document instance (actions, participants,
    times, places), where an instance is ('act', note) for a non-reporting action, ('rep', note) for a
    reporting one ("said"), and ('ent', note) for the others; and a fifth: [(start16, end16, instance)]
    for every mention of those instances, its span in the text (from its first to its last token,
    where detokenize() kept them findable)."""
    root = ET.parse(path).getroot()
    sent_tokens = {}
    tok_sent = {}
    for tok in root.iter('token'):
        s = int(tok.get('sentence'))
        tok_sent[tok.get('t_id')] = s
        sent_tokens.setdefault(s, []).append((int(tok.get('number', 0)), tok.text or '', tok.get('t_id')))
    text = ''
    spans = {}
    tok_span = {}
    pos16 = 0
    for s in sorted(sent_tokens):
        if is_plus and s == 0:
            continue
        ordered = [(t, tid) for _, t, tid in sorted(sent_tokens[s]) if t.strip()]
        toks = [t for t, _ in ordered]
        st = detokenize(toks).strip()
        if not st:
            continue
        if text:
            text += '\n\n'
            pos16 += 2
        spans[s] = (pos16, pos16 + utf16_len(st))
        # Each token's span, found in order in the rebuilt sentence (quotes and merged tokens may
        # not be found: they are left out; mentions are words).
        cur = 0
        for t, tid in ordered:
            k = st.find(t.strip(), cur)
            if k < 0:
                continue
            start = pos16 + utf16_len(st[:k])
            tok_span[tid] = (start, start + utf16_len(t.strip()))
            cur = k + len(t.strip())
        text += st
        pos16 += utf16_len(st)
    m_sent = {}
    m_tag = {}
    m_span = {}
    mk = root.find('Markables')
    if mk is not None:
        for m in mk:
            anchors = m.findall('token_anchor')
            if anchors:
                m_sent[m.get('m_id')] = {tok_sent[a.get('t_id')] for a in anchors if a.get('t_id') in tok_sent}
                m_tag[m.get('m_id')] = m.tag
                found = [tok_span[a.get('t_id')] for a in anchors if a.get('t_id') in tok_span]
                if found:
                    m_span[m.get('m_id')] = (min(x for x, _ in found), max(y for _, y in found))
    inst = {}
    comp = {}
    mentions = []
    rel = root.find('Relations')
    if rel is not None:
        for r in rel:
            if r.tag != 'CROSS_DOC_COREF':
                continue
            note = r.get('note') or ''
            action = note.startswith('ACT') or note.startswith('NEG')
            for src in r.findall('source'):
                mid = src.get('m_id')
                kind = ('rep' if m_tag.get(mid, '').endswith('REPORTING') else 'act') if action else 'ent'
                for s in m_sent.get(mid, ()):
                    if action:
                        inst.setdefault(note, set()).add(s)
                    comp.setdefault(s, set()).add((kind, note))
                if mid in m_span:
                    mentions.append(m_span[mid] + ((kind, note),))
    if components:
        return text, spans, inst, comp, sorted(mentions)
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


def load_ecb(eval_dir, topics):
    """Documents of the given topics: (docs, by_topic). docs[name] = {name, topic, sub ('ecb' or
    'ecbplus': the two look-alike events of the topic), text, spans, inst (instances restricted to
    annotated sentences), sel (annotated sentences)}; by_topic[t][sub] = document names in order."""
    root = os.path.join(eval_dir, 'ecbplus')
    selected = {}
    with open(os.path.join(root, 'ECBplus_coreference_sentences.csv'), encoding='utf-8-sig') as f:
        for i, line in enumerate(f):
            parts = [p.strip() for p in line.strip().split(',')]
            if i == 0 or len(parts) < 3 or not parts[0].isdigit() or not parts[2].isdigit():
                continue
            selected.setdefault('%s_%s' % (parts[0], parts[1]), set()).add(int(parts[2]))
    docs, by_topic = {}, {}
    for t in topics:
        for path in sorted(glob.glob(os.path.join(root, 'ECB+', str(t), '*.xml'))):
            name = os.path.basename(path)[:-4]
            is_plus = name.endswith('ecbplus')
            text, spans, inst, comp, mentions = parse_ecb_doc(path, is_plus, components=True)
            if not text:
                continue
            sel = {s for s in selected.get(name, ()) if s in spans}
            docs[name] = {'name': name, 'topic': t, 'sub': 'ecbplus' if is_plus else 'ecb', 'text': text,
                          'spans': spans, 'inst': {k: v & sel for k, v in inst.items() if v & sel}, 'sel': sel,
                          'components': {k: v for k, v in comp.items() if k in sel},
                          'mentions': [m for m in mentions if any(spans[x][0] <= m[0] and m[1] <= spans[x][1]
                                                                  for x in sel)]}
            by_topic.setdefault(t, {'ecb': [], 'ecbplus': []})[docs[name]['sub']].append(name)
    for t in by_topic:
        for sub in by_topic[t]:
            by_topic[t][sub].sort(key=doc_num)
    return docs, by_topic


def ecb_topics(eval_dir, split):
    """'train': topics 1-35 except DEV_TOPICS; 'dev': DEV_TOPICS."""
    root = os.path.join(eval_dir, 'ecbplus', 'ECB+')
    topics = sorted(int(t) for t in os.listdir(root) if t.isdigit())
    return [t for t in topics if (t in DEV_TOPICS) == (split == 'dev')]


def ecb_clusters(by_topic, cluster_size=12, mixed=4):
    """{cluster id: (kind, [doc names])}: per topic and event ('sub'), the documents in chunks of at
    most cluster_size; and per topic one 'mixed' cluster of the first `mixed` documents of each of
    its two events, alternating."""
    kinds = {}
    for t in sorted(by_topic):
        for sub in ('ecb', 'ecbplus'):
            for j, part in enumerate(chunks(by_topic[t][sub], cluster_size)):
                if len(part) >= 2:
                    kinds['ecb-%d-%s-%d' % (t, sub, j)] = ('sub', part)
        e, p = by_topic[t]['ecb'][:mixed], by_topic[t]['ecbplus'][:mixed]
        if e and p:
            m = []
            for i in range(max(len(e), len(p))):
                m += e[i:i + 1] + p[i:i + 1]
            kinds['ecb-%d-mixed' % t] = ('mixed', m)
    return kinds


def ecb_gold_pairs(docs, names):
    """Cross-document pairs of annotated sentences ((doc, s), (doc, s)) that mention one event instance."""
    inst_index = {}
    for n in names:
        for k, ss in docs[n]['inst'].items():
            for s in ss:
                inst_index.setdefault(k, set()).add((n, s))
    gold = set()
    for mentions in inst_index.values():
        ml = sorted(mentions)
        for i in range(len(ml)):
            for j in range(i + 1, len(ml)):
                if ml[i][0] != ml[j][0]:
                    gold.add((ml[i], ml[j]))
    return gold


def piece_overlap(doc_a, start_a, end_a, doc_b, start_b, end_b):
    """claim_overlap() for two pieces of text (UTF-16 spans): the instances of the mentions that lie
    inside each piece."""
    def inside(doc, start, end):
        return {m[2] for m in doc['mentions'] if start <= m[0] and m[1] <= end and m[2][0] != 'rep'}
    return overlap_of(inside(doc_a, start_a, end_a), inside(doc_b, start_b, end_b))


def overlap_of(ca, cb):
    acts = {x for x in ca & cb if x[0] == 'act'}
    if not acts:
        return 0.0
    return len(ca & cb) / min(len(ca), len(cb))


def claim_overlap(doc_a, sa, doc_b, sb):
    """How much of a claim two annotated sentences share, from ECB+'s cross-document coreference: 0
    when they share no (non-reporting) action instance; otherwise the share of the smaller
    sentence's instances (actions, participants, times, places; reporting actions left out) that
    the other sentence mentions too."""
    ca = {x for x in doc_a['components'].get(sa, set()) if x[0] != 'rep'}
    cb = {x for x in doc_b['components'].get(sb, set()) if x[0] != 'rep'}
    return overlap_of(ca, cb)

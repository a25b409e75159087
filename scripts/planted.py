#!/usr/bin/env python3
"""Our own planted conflicts, for the kinds ../shared/eval/planted lacks.

Made at evaluation time from ECB+ development articles that ../shared/eval/planted does not use
(nothing of them is stored in this repository): each article becomes a case folder with the
article as it is (orig.txt), a variant (variant.txt) in which values of these kinds were changed,
one sentence per kind, and a gold.json in the format of ../shared/tools/score_gold.py:

  number_word   a number written as a word ("four matches" -> "seven matches")
  money         an amount of money, changed and written in another notation ("$2.4 billion" ->
                "$3.6bn")
  modal         a modal verb negated ("could rise" -> "could not rise")
  antonym       a verb or adjective replaced by its opposite ("won" -> "lost")
  weekday_time  a weekday with a time of day ("on Monday night" -> "on Thursday night")

Everything else in the variant is the article's own text, so any other conflict the engine
reports is a false one (extra_conflicts). Deterministic: the same ECB+ files give the same cases.

usage: python3 scripts/planted.py OUT_DIR [--shared DIR] [--max N]
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import evaldata as D  # noqa: E402

NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
# Opposites as written (past tense and adjectives), both ways.
OPPOSITES = [('won', 'lost'), ('rose', 'fell'), ('increased', 'decreased'), ('opened', 'closed'),
             ('approved', 'rejected'), ('accepted', 'rejected'), ('confirmed', 'denied'),
             ('raised', 'lowered'), ('guilty', 'innocent'), ('alive', 'dead'),
             ('arrived', 'left'), ('survived', 'died'), ('admitted', 'denied'), ('succeeded', 'failed')]
MODALS = ['could', 'would', 'will', 'may', 'might', 'can', 'should']


def _number_word(s):
    for m in re.finditer(r'\b(%s) ([a-z]+s)\b' % '|'.join(NUMBER_WORDS), s):
        old = m.group(1)
        new = NUMBER_WORDS[(NUMBER_WORDS.index(old) + 4) % len(NUMBER_WORDS)]
        return m.start(1), m.end(1), old, new
    return None


def _money(s):
    m = re.search(r'\$(\d+(?:\.\d+)?) (million|billion)\b', s)
    if not m:
        return None
    value = float(m.group(1))
    new_value = ('%.1f' % (value * 1.5)).rstrip('0').rstrip('.')
    new = '$%s%s' % (new_value, 'm' if m.group(2) == 'million' else 'bn')
    return m.start(), m.end(), m.group(0), new


def _modal(s):
    if re.search(r"\b(not|no|never|nobody|nothing|none|neither|nor)\b|n't", s):
        return None  # a second negation would read as a double one
    for m in re.finditer(r'\b(%s) ([a-z]{3,})\b' % '|'.join(MODALS), s):
        if m.group(2) in ('not', 'also', 'be', 'have', 'still', 'never', 'only', 'soon'):
            continue
        return m.start(), m.end(), m.group(0), '%s not %s' % (m.group(1), m.group(2))
    return None


def _antonym(s):
    table = {a: b for a, b in OPPOSITES}
    table.update({b: a for a, b in OPPOSITES if b not in table})
    for m in re.finditer(r'\b([a-z]+)\b', s):
        if m.group(1) in table and not re.match(r' (fire|up|down|off)\b', s[m.end():]):  # "opened fire": an idiom
            return m.start(), m.end(), m.group(1), table[m.group(1)]
    return None


def _weekday_time(s):
    m = re.search(r'\b(%s) (morning|afternoon|evening|night)\b' % '|'.join(WEEKDAYS), s)
    if not m:
        return None
    day = m.group(1)
    new = WEEKDAYS[(WEEKDAYS.index(day) + 3) % 7]
    return m.start(1), m.end(1), day, new


KINDS = [('number_word', _number_word), ('money', _money), ('modal', _modal), ('antonym', _antonym),
         ('weekday_time', _weekday_time)]


def used_documents(shared):
    """ECB+ documents that ../shared/eval/planted already uses."""
    out = set()
    root = os.path.join(shared, 'eval', 'planted')
    for d in sorted(os.listdir(root)) if os.path.isdir(root) else []:
        p = os.path.join(root, d, 'gold.json')
        if os.path.exists(p):
            m = re.search(r'ECB\+ (\S+?):', json.load(open(p, encoding='utf-8')).get('about', ''))
            if m:
                out.add(m.group(1))
    return out


def snippet(text, start, end, lo, hi):
    """A short piece of text[lo:hi] (one sentence) around [start, end) that occurs once in the text."""
    # ECB+ sentences sometimes hold two of ours: stay inside the one that holds the change.
    cut = text.rfind('. ', lo, start)
    lo = cut + 2 if cut >= 0 else lo
    cut = text.find('. ', end, hi)
    hi = cut + 1 if cut >= 0 else hi
    for pad in (12, 20, 30, 45, 70):
        a, b = max(lo, start - pad), min(hi, end + pad)
        piece = text[a:b]
        if text.count(piece) == 1 and '\n' not in piece:
            return piece
    return None


def make_case(doc):
    """(orig, variant, gold) for one document, or None when no kind applies."""
    text = doc['text']
    spans = sorted(doc['spans'].values())
    edits = []  # (start, end, new, kind, old)
    taken = set()
    for kind, find in KINDS:
        for k, (x, y) in enumerate(spans):
            if k in taken:
                continue
            hit = find(text[x:y])
            if hit:
                a, b, old, new = hit
                edits.append((x + a, x + b, new, kind, old, (x, y)))
                taken.add(k)
                break
    if not edits:
        return None
    edits.sort()
    variant, shift, conflicts = text, 0, []
    placed = []
    for start, end, new, kind, old, (x, y) in edits:
        variant = variant[:start + shift] + new + variant[end + shift:]
        grow = len(new) - (end - start)
        placed.append((start, end, start + shift, start + shift + len(new), new, kind, old, (x, y),
                       (x + shift, y + shift + grow)))
        shift += grow
    for start, end, vstart, vend, new, kind, old, (x, y), (vx, vy) in placed:
        a = snippet(text, start, end, x, y)
        b = snippet(variant, vstart, vend, vx, vy)
        if not a or not b:
            continue
        conflicts.append({'tier': 'core', 'type': kind, 'a': ['orig', a], 'b': ['variant', b], 'values': [old, new]})
    if not conflicts:
        return None
    gold = {'about': 'Own planted case from ECB+ %s (scripts/planted.py): %s.' % (
        doc['name'], ', '.join(c['type'] for c in conflicts)), 'sources': ['orig', 'variant'], 'agree': [],
        'conflict': conflicts}
    return text, variant, gold


def write_cases(shared, out_dir, limit=60):
    """Writes the case folders under out_dir; returns how many."""
    ev = os.path.join(shared, 'eval')
    docs, _ = D.load_ecb(ev, D.ecb_topics(ev, 'dev'))
    used = used_documents(shared)
    n = 0
    for name in sorted(docs, key=lambda x: (docs[x]['topic'], D.doc_num(x), x)):
        if name in used or n >= limit:
            continue
        case = make_case(docs[name])
        if not case:
            continue
        orig, variant, gold = case
        d = os.path.join(out_dir, name)
        os.makedirs(d, exist_ok=True)
        for fname, body in (('orig.txt', orig), ('variant.txt', variant)):
            with open(os.path.join(d, fname), 'w', encoding='utf-8') as f:
                f.write(body)
        with open(os.path.join(d, 'gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        n += 1
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('out')
    ap.add_argument('--shared', default=os.path.join(os.path.dirname(HERE), '..', 'shared'))
    ap.add_argument('--max', type=int, default=60)
    a = ap.parse_args()
    print('%d cases in %s' % (write_cases(a.shared, a.out, a.max), a.out))


if __name__ == '__main__':
    main()

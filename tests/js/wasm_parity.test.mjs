// The WebAssembly engine gives byte for byte the JSON of the native command line
// (`triangulate --json FILES...`): on the shared seeds, the project samples, and generated texts
// with emoji, CJK, combining marks, controls, HTML and lone surrogates.
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';

import {createEngine} from '../../web/engine/engine.js';
import {needCli, needWasm, readSources, repo, runCli, sharedDir} from './helpers.mjs';

// Generated sources: the file name (id + extension) is what the CLI reads; the JavaScript side
// passes the same strings, lone surrogates included (the engine turns them into U+FFFD, as Node
// does when it writes the file).
const GENERATED = [
  {id: 'emoji', ext: '.txt', text:
    'Rail service resumes 🚆 after the storm 👍\n\n' +
    'The 🚄 express carried 412 passengers 👩‍👩‍👧 from Aldane on Tuesday, officials said 🇯🇵.\n\n' +
    'Around 90 carriages were inspected 🔧 after the stop, the operator said.\n'},
  {id: 'cjk', ext: '.txt', text:
    '東京発の列車が運行再開 — rail service resumes after the storm\n\n' +
    'The express from 東京 (Tōkyō) carried 380 passengers from Aldane on Wednesday, officials said.\n\n' +
    '10 to 15 carriages were inspected after the stop, 報道によると the operator said.\n'},
  {id: 'combining', ext: '.txt', text:
    'Zu\u0308rich rail service resumes after the storm\n\n' +
    'The express from Zu\u0308rich carried 412 passengers from Aldane on Tuesday, officials said.\n\n' +
    'Around 90 carriages were inspected after the stop, Jose\u0301 Marti\u0301nez of the operator said.\n'},
  {id: 'surrogates', ext: '.txt', text:
    'Rail service resumes \uD83D after the storm\n\n' +
    'The express carried \uDE00412 passengers from Aldane on Tuesday, officials said.\uD800\n\n' +
    'Around 90 carriages were inspected \uDBFF\uDBFF after the stop, the operator said.\uDFFF\n'},
  {id: 'controls', ext: '.txt', text:
    '\uFEFFRail service resumes\tafter the storm\r\n\r\n' +
    'The express carried 412 passengers from Aldane on Tuesday, officials said.\u0000 More later.\r\n\r\n' +
    'About 90 carriages were inspected after the stop\u2028the operator said.\r\n'},
  {id: 'page', ext: '.html', text:
    '<!doctype html><html><head><title>Rail service resumes</title><script>var x = "<p>";</script>' +
    '</head><body><nav><a href="/">Home</a></nav><h1>Rail service resumes after the storm 🚆</h1>' +
    '<p>The express carried 412 passengers from Aldane on Tuesday, officials said &amp; confirmed.</p>' +
    '<p>Around 90 carriages were inspected after the stop, the operator&#39;s spokeswoman said.</p>' +
    '<p>Share this article</p></body></html>\n'},
];

const CASES = [
  ['emoji + cjk', ['emoji', 'cjk']],
  ['combining + surrogates', ['combining', 'surrogates']],
  ['controls + emoji + page', ['controls', 'emoji', 'page']],
  ['all generated', GENERATED.map((g) => g.id)],
];

const skip = needWasm() ?? needCli();

describe('WASM output equals the native CLI byte for byte', {skip}, () => {
  let engine;
  let tmp;
  before(async () => {
    engine = await createEngine({worker: false});
    tmp = mkdtempSync(path.join(tmpdir(), 'tri-parity-'));
    for (const g of GENERATED) writeFileSync(path.join(tmp, g.id + g.ext), g.text, 'utf8');
  });
  after(() => {
    engine?.terminate();
    if (tmp) rmSync(tmp, {recursive: true, force: true});
  });

  async function assertParity(sources, files) {
    const expected = runCli(files);
    const raw = await engine.compareRaw(sources.map(({id, text}) => ({id, text})));
    const actual = Buffer.from(raw, 'utf8');
    if (!actual.equals(expected)) {
      let i = 0;
      while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
      const around = (b) => b.subarray(Math.max(0, i - 80), i + 80).toString('utf8');
      assert.fail(`first difference at byte ${i} (wasm ${actual.length} bytes, cli ${expected.length})\n` +
        `wasm: …${around(actual)}…\ncli:  …${around(expected)}…`);
    }
    return JSON.parse(raw);
  }

  for (const [name, dir] of [['seeds', path.join(sharedDir, 'seeds')], ['samples', path.join(repo, 'samples')]]) {
    const {sources, skipped} = readSources(dir);
    const why = sources.length < 2 ? `fewer than two .txt files in ${dir}` : undefined;
    test(`${name}: all together`, {skip: why}, async (t) => {
      if (skipped.length) t.diagnostic(`not valid UTF-8, left out: ${skipped.join(', ')}`);
      const result = await assertParity(sources, sources.map((s) => s.file));
      assert.equal(result.sources.length, sources.length);
    });
    test(`${name}: each pair`, {skip: why}, async () => {
      for (let i = 0; i < sources.length; i++) {
        for (let j = i + 1; j < sources.length; j++) {
          await assertParity([sources[i], sources[j]], [sources[i].file, sources[j].file]);
        }
      }
    });
  }

  for (const [name, ids] of CASES) {
    test(`generated: ${name}`, async () => {
      const chosen = ids.map((id) => GENERATED.find((g) => g.id === id));
      const result = await assertParity(chosen, chosen.map((g) => path.join(tmp, g.id + g.ext)));
      // Offsets are UTF-16 code units into the text as given: a unit's text is that slice (the
      // core shows a NUL as U+FFFD, one code unit too). For HTML the result carries the visible
      // text the offsets refer to.
      for (const [k, source] of result.sources.entries()) {
        const given = source.text ?? chosen[k].text.toWellFormed().replaceAll('\0', '\uFFFD');
        for (const unit of source.units) {
          if (unit.text !== undefined) assert.equal(unit.text, given.slice(unit.start, unit.end));
        }
      }
    });
  }
});

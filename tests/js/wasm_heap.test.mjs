// 1,000 comparisons in a row leave the WebAssembly heap the size it had after warm-up: nothing
// leaks across calls, errors included.
import assert from 'node:assert/strict';
import path from 'node:path';
import {test} from 'node:test';

import {createEngine} from '../../web/engine/engine.js';
import {loadModule} from '../../web/engine/module.js';
import {needWasm, readSources, repo} from './helpers.mjs';

const RUNS = 1000;
const WARM_UP = 50;

test(`heap stays flat over ${RUNS} compares`, {skip: needWasm()}, async (t) => {
  const {sources} = readSources(path.join(repo, 'samples'));
  const input = sources.length >= 2
    ? sources.slice(0, 3).map(({id, text}) => ({id, text}))
    : [{id: 'a', text: 'The ferry carried 352 people on Thursday.'},
       {id: 'b', text: 'The ferry carried 350 people on Friday.'}];
  const engine = await createEngine({worker: false});
  const module = await loadModule();  // the same cached instance the engine uses
  const heap = () => module.HEAP8.length;

  const first = await engine.compareRaw(input);
  for (let i = 1; i < WARM_UP; i++) await engine.compareRaw(input);
  const warm = heap();
  for (let i = 0; i < RUNS; i++) {
    const raw = await engine.compareRaw(input);
    if (raw !== first) assert.fail(`run ${i} gave a different result`);
    if (i % 100 === 0) await assert.rejects(engine.compareRaw([input[0]]), /sources/);
    if (i % 100 === 50) assert.ok(JSON.parse(module.compare('{"sources": 1}')).error);
  }
  t.diagnostic(`heap after warm-up ${warm} bytes, after ${RUNS} more compares ${heap()} bytes`);
  assert.equal(heap(), warm);
  engine.terminate();
});

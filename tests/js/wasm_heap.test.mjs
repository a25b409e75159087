// 1,000 comparisons in a row free everything they allocate, errors included: the allocator's count
// of bytes in live allocations (heapInUse(), emmalloc's mallinfo) is the same after them as after
// the warm-up. The heap's size would not do: it starts at 16 MiB and a small leak never grows it.
import assert from 'node:assert/strict';
import path from 'node:path';
import {test} from 'node:test';

import {createEngine} from '../../web/engine/engine.js';
import {loadModule} from '../../web/engine/module.js';
import {needWasm, readSources, repo} from './helpers.mjs';

const RUNS = 1000;
const WARM_UP = 50;
// Allowed drift of the count over the whole run. A compare that kept one small string (32 bytes)
// would leave 32 KB; this leaves room only for the allocator's own bookkeeping, whose free-block
// headers vary by a few blocks with the order in which blocks are freed and merged.
const SLACK_BYTES = 4096;

test(`no bytes leak over ${RUNS} compares`, {skip: needWasm()}, async (t) => {
  const {sources} = readSources(path.join(repo, 'samples'));
  assert.ok(sources.length >= 3, 'the samples are needed as input');
  const input = sources.slice(0, 3).map(({id, text}) => ({id, text}));
  const engine = await createEngine({worker: false});
  const module = await loadModule();  // the same cached instance the engine uses
  assert.equal(typeof module.heapInUse, 'function', 'the module exports heapInUse()');

  const first = await engine.compareRaw(input);
  for (let i = 1; i < WARM_UP; i++) await engine.compareRaw(input);
  const warm = module.heapInUse();
  assert.ok(warm > 0);
  for (let i = 0; i < RUNS; i++) {
    const raw = await engine.compareRaw(input);
    if (raw !== first) assert.fail(`run ${i} gave a different result`);
    if (i % 100 === 0) await assert.rejects(engine.compareRaw([input[0]]), /sources/);
    if (i % 100 === 50) assert.ok(JSON.parse(module.compare('{"sources": 1}')).error);
  }
  const after = module.heapInUse();
  t.diagnostic(`bytes in use after warm-up ${warm}, after ${RUNS} more compares ${after}`);
  assert.ok(Math.abs(after - warm) <= SLACK_BYTES,
      `${after - warm} bytes more in use after ${RUNS} compares (allowed: ${SLACK_BYTES})`);
  engine.terminate();
});

test('heapInUse() sees a block that is not freed', {skip: needWasm()}, async () => {
  // The counter itself: 64 KiB taken from the module's allocator show, and go when freed.
  const module = await loadModule();
  const before = module.heapInUse();
  const block = module._malloc(65536);
  assert.ok(block > 0);
  assert.ok(module.heapInUse() - before >= 65536);
  module._free(block);
  assert.ok(Math.abs(module.heapInUse() - before) <= SLACK_BYTES);
});

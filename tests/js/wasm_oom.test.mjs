// Running out of WebAssembly memory is an error that says so, and the engine recovers.
//  - a stand-in module checks that engine/module.js drops an instance after an allocation failure
//    or a trap and loads a fresh one (fast, always on);
//  - the real module, its heap filled to the maximum by the test, fails a comparison with the
//    error "out of memory", and the engine carries on with a fresh instance (about a second,
//    always on).
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {after, before, describe, test} from 'node:test';

import {createEngine} from '../../web/engine/engine.js';
import {loadModule} from '../../web/engine/module.js';
import {needWasm, readSources, repo} from './helpers.mjs';

// A module factory whose compare() answers from a script: each instance counts itself.
const FAKE_MODULE = `
globalThis.fakeInstances = (globalThis.fakeInstances ?? 0);
export default async function create() {
  const instance = ++globalThis.fakeInstances;
  let calls = 0;
  return {
    version: () => 'fake ' + instance,
    loadData: () => '',
    compare(json) {
      const step = JSON.parse(json).sources[0].text;
      calls++;
      if (step === 'oom') throw 'out of memory: the input is too large for the WebAssembly heap';
      if (step === 'trap') throw new WebAssembly.RuntimeError('unreachable');
      if (step === 'bad') return '{"error":"sources[0] is odd"}';
      return JSON.stringify({schema: 1, instance, calls});
    },
  };
}
`;

describe('the engine restarts the module after a failure', () => {
  let dir;
  let engine;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tri-fake-'));
    writeFileSync(path.join(dir, 'triangulate.js'), FAKE_MODULE);
    writeFileSync(path.join(dir, 'triangulate.wasm'), '');
    writeFileSync(path.join(dir, 'triangulate-data.txt'), '');
    engine = await createEngine({worker: false, moduleUrl: pathToFileURL(path.join(dir, 'triangulate.js'))});
  });
  after(() => {
    engine?.terminate();
    rmSync(dir, {recursive: true, force: true});
  });

  const run = (text) => engine.compare([{id: 'a', text}, {id: 'b', text: ''}]);

  test('plain errors keep the instance; memory errors and traps replace it', async () => {
    const first = (await run('ok')).instance;
    await assert.rejects(run('bad'), /sources\[0\] is odd/);
    assert.equal((await run('ok')).instance, first, 'an input error keeps the instance');
    await assert.rejects(run('oom'), /out of memory/);
    const second = (await run('ok')).instance;
    assert.notEqual(second, first, 'a fresh instance after out of memory');
    await assert.rejects(run('trap'), /engine failure \(the module was restarted\): unreachable/);
    assert.notEqual((await run('ok')).instance, second);
  });
});

// The real module with its heap nearly full: the test takes the heap to its maximum (1 GiB) with
// blocks of its own through the module's allocator, gives back HEADROOM bytes, and asks for a
// comparison that needs far more than that. The allocation that fails must throw the error "out of
// memory" (bindings.cc's new-handler), not abort; the engine must then load a fresh instance.
// About a second, so it runs always.
const HEADROOM = 8 << 20;

/** Takes every byte the module's allocator can give, in blocks; returns their pointers. */
function fillHeap(module) {
  const blocks = [];
  for (const size of [64 << 20, 8 << 20, 1 << 20, 64 << 10]) {
    for (;;) {
      const p = module._malloc(size);
      if (!p) break;
      blocks.push({p, size});
    }
  }
  return blocks;
}

test('real module: running out of heap is the error "out of memory", and the engine recovers', {skip: needWasm()}, async () => {
  let {sources} = readSources(path.join(repo, 'samples'));
  assert.ok(sources.length >= 2, 'the samples are needed as input');
  sources = sources.map(({id, text}) => ({id, text}));
  const engine = await createEngine({worker: false});
  const module = await loadModule();  // the instance the engine uses
  const expected = await engine.compareRaw(sources);

  // ~2 MB of text: the core needs about 25 heap bytes per input byte, six times the headroom.
  const per = Math.floor(2e6 / sources.length);
  const bigSources = sources.map(({id, text}) => {
    let out = '';
    for (let k = 0; out.length < per; k++) out += text.replace(/\d+/g, (d) => String(Number(d) + (k % 7))) + '\n\n';
    return {id, text: out.slice(0, per)};
  });

  const big = JSON.stringify({sources: bigSources});
  const leaveHeadroom = () => {
    const blocks = fillHeap(module);
    const taken = blocks.reduce((sum, b) => sum + b.size, 0);
    assert.ok(taken > 900 << 20, `the heap gave only ${taken} bytes before its maximum`);
    for (let freed = 0; freed < HEADROOM;) {
      const b = blocks.pop();
      module._free(b.p);
      freed += b.size;
    }
    return blocks;
  };

  // Straight to the module: the string it throws.
  const blocks = leaveHeadroom();
  assert.throws(() => module.compare(big), (e) => typeof e === 'string' && e.startsWith('out of memory'));
  for (const b of blocks) module._free(b.p);

  // Through the engine: a rejection that says so; the next call runs on a fresh instance.
  leaveHeadroom();
  await assert.rejects(engine.compareRaw(bigSources), /out of memory/);
  assert.notEqual(await loadModule(), module, 'the engine dropped the exhausted instance');
  assert.equal(await engine.compareRaw(sources), expected);
  engine.terminate();
});

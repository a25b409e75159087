// Running out of WebAssembly memory is an error result, not an abort, and the engine recovers.
//  - a stand-in module checks that engine/module.js drops an instance after an allocation failure
//    or a trap and loads a fresh one (fast, always on);
//  - the real module is driven past its 1 GiB heap with ~60 MB of one-letter lines given to it
//    directly (slow: only with TRI_SLOW=1).
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {after, before, describe, test} from 'node:test';

import {createEngine} from '../../web/engine/engine.js';
import {loadModule} from '../../web/engine/module.js';
import {needWasm, readSources, repo, sharedDir} from './helpers.mjs';

// A module factory whose compare() answers from a script: each instance counts itself.
const FAKE_MODULE = `
globalThis.fakeInstances = (globalThis.fakeInstances ?? 0);
export default async function create() {
  const instance = ++globalThis.fakeInstances;
  let calls = 0;
  return {
    version: () => 'fake ' + instance,
    compare(json) {
      const step = JSON.parse(json).sources[0].text;
      calls++;
      if (step === 'oom') return '{"error":"out of memory: the input is too large for the WebAssembly heap"}';
      if (step === 'trap') throw new WebAssembly.RuntimeError('unreachable');
      if (step === 'escaped') throw 12345;
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
    const third = (await run('ok')).instance;
    assert.notEqual(third, second);
    await assert.rejects(run('escaped'), /out of memory or an uncaught C\+\+ exception/);
    assert.notEqual((await run('ok')).instance, third);
  });
});

const slow = process.env.TRI_SLOW ? needWasm() : 'slow (~25 s): set TRI_SLOW=1';

test('real module: past the heap maximum gives an error object and stays usable', {skip: slow}, async () => {
  let {sources} = readSources(path.join(sharedDir, 'seeds'));
  if (sources.length < 2) sources = readSources(path.join(repo, 'samples')).sources;
  const module = await loadModule();
  const small = JSON.stringify({sources: sources.map(({id, text}) => ({id, text}))});
  const expected = module.compare(small);
  // ~60 MB of one-letter lines (under the core's own 64 MiB limit): 30 million units, more than a
  // 1 GiB heap can describe (news text of that size now fits, since the result is no longer held
  // in the heap as a whole).
  const per = Math.floor(60e6 / sources.length);
  const lines = 'a\nb\nc\nd\ne\nf\ng\nh\n'.repeat(1024);
  const big = sources.map(({id}) => ({id, text: lines.repeat(Math.ceil(per / lines.length)).slice(0, per)}));
  const result = JSON.parse(module.compare(JSON.stringify({sources: big})));
  assert.match(result.error ?? '', /^out of memory/);
  assert.equal(module.compare(small), expected);
});

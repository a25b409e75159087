// The worker path (web/engine/worker.js) under Node's worker_threads: the engine's default mode,
// and the bare {id, action, payload} -> {id, result} | {id, error} protocol.
import assert from 'node:assert/strict';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {Worker} from 'node:worker_threads';

import {createEngine} from '../../web/engine/engine.js';
import {needWasm, readSources, repo} from './helpers.mjs';

const skip = needWasm();

function samples() {
  const {sources} = readSources(path.join(repo, 'samples'));
  if (sources.length >= 2) return sources.map(({id, text}) => ({id, text}));
  return [{id: 'a', text: 'The ferry carried 352 people on Thursday.'},
          {id: 'b', text: 'The ferry carried 350 people on Friday.'}];
}

describe('engine in a worker', {skip}, () => {
  let inWorker;
  let inline;
  before(async () => {
    inWorker = await createEngine();
    inline = await createEngine({worker: false});
  });
  after(() => {
    inWorker?.terminate();
    inline?.terminate();
  });

  test('same bytes as the same-thread engine', async () => {
    const input = samples();
    assert.equal(await inWorker.compareRaw(input), await inline.compareRaw(input));
    assert.equal(await inWorker.version(), await inline.version());
  });

  test('parallel requests each get their own answer', async () => {
    const input = samples();
    const [x, bad, y] = await Promise.allSettled([
      inWorker.compare(input), inWorker.compare(input.slice(0, 1)), inWorker.compare(input.slice(0, 2))]);
    assert.equal(x.status, 'fulfilled');
    assert.equal(x.value.sources.length, input.length);
    assert.equal(bad.status, 'rejected');
    assert.equal(y.status, 'fulfilled');
    assert.equal(y.value.sources.length, 2);
  });

  test('terminate rejects what is pending', async () => {
    const engine = await createEngine();
    const pending = engine.compare(samples());
    engine.terminate();
    await assert.rejects(pending, /engine terminated/);
  });
});

describe('worker protocol', {skip}, () => {
  let worker;
  const replies = new Map();
  before(() => {
    worker = new Worker(new URL('../../web/engine/worker.js', import.meta.url));
    worker.on('message', (m) => { replies.get(m.id)?.(m); replies.delete(m.id); });
  });
  after(() => worker?.terminate());

  let nextId = 100;
  const ask = (action, payload) => new Promise((resolve) => {
    const id = nextId++;
    replies.set(id, (m) => { assert.equal(m.id, id); resolve(m); });
    worker.postMessage({id, action, payload});
  });

  test('init, compare, errors, compare again', async () => {
    const init = await ask('init', {});
    assert.match(init.result, /^\d+\.\d+\.\d+/);
    const input = JSON.stringify({sources: samples()});
    const ok = await ask('compare', input);
    assert.equal(ok.error, undefined);
    assert.equal(JSON.parse(ok.result).schema, 1);
    const bad = await ask('compare', '{"sources": "none"}');
    assert.equal(bad.result, undefined);
    assert.equal(typeof bad.error, 'string');
    const unknown = await ask('explode');
    assert.match(unknown.error, /unknown action: explode/);
    const again = await ask('compare', input);
    assert.equal(again.result, ok.result);
    assert.equal((await ask('version')).result, init.result);
  });
});

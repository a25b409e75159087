// Bad input from JavaScript is refused with a message that says what is wrong, and the engine
// answers the next call as if nothing had happened.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';

import {MAX_INPUT_BYTES, TriangulateError, createEngine} from '../../web/engine/engine.js';
import {loadModule} from '../../web/engine/module.js';
import {needWasm} from './helpers.mjs';

const A = {id: 'wire', text: 'The ferry carried 352 passengers and crew on Thursday, the coastguard said.'};
const B = {id: 'post', text: 'The ferry carried 350 passengers and crew on Thursday, the coastguard said.'};

// [name, sources, options, message pattern]
const BAD_INPUT = [
  ['no sources', undefined, undefined, /sources must be an array/],
  ['sources not an array', {a: A, b: B}, undefined, /sources must be an array of source objects, got an object/],
  ['sources a string', 'wire post', undefined, /sources must be an array.*got string/],
  ['no source', [], undefined, /2 to \d+ sources.*got 0/],
  ['one source', [A], undefined, /2 to \d+ sources.*got 1/],
  ['source null', [A, null], undefined, /sources\[1\] must be an object.*got null/],
  ['source a string', ['text', B], undefined, /sources\[0\] must be an object.*got string/],
  ['source an array', [A, [B]], undefined, /sources\[1\] must be an object.*got an array/],
  ['id missing', [A, {text: 'x'}], undefined, /sources\[1\]\.id must be a non-empty string, got undefined/],
  ['id a number', [{id: 7, text: 'x'}, B], undefined, /sources\[0\]\.id must be a non-empty string, got number/],
  ['id empty', [A, {id: '', text: 'x'}], undefined, /sources\[1\]\.id must be a non-empty string/],
  ['id repeated', [A, {id: 'wire', text: 'x'}], undefined, /sources\[1\]\.id "wire" is used by an earlier source/],
  ['text missing', [A, {id: 'post'}], undefined, /sources\[1\]\.text must be a string, got undefined/],
  ['text a number', [A, {id: 'post', text: 42}], undefined, /sources\[1\]\.text must be a string, got number/],
  ['text an object', [A, {id: 'post', text: {}}], undefined, /sources\[1\]\.text must be a string, got an object/],
  ['title a number', [A, {...B, title: 3}], undefined, /sources\[1\]\.title must be a string/],
  ['format unknown', [A, {...B, format: 'pdf'}], undefined, /sources\[1\]\.format must be one of/],
  ['options a string', [A, B], 'fast', /options must be an object.*got string/],
  ['options an array', [A, B], [], /options must be an object.*got an array/],
  ['minScore a string', [A, B], {minScore: '0.5'}, /options\.minScore must be a number from 0 to 1/],
  ['minScore above 1', [A, B], {minScore: 2}, /options\.minScore must be a number from 0 to 1/],
  ['unknown option', [A, B], {min_score: 0.5}, /options\.min_score is not an option \(known: minScore\)/],
];

const skip = needWasm();

for (const worker of [false, true]) {
  describe(`bad input is refused (${worker ? 'worker' : 'same thread'})`, {skip}, () => {
    let engine;
    before(async () => { engine = await createEngine({worker}); });
    after(() => engine?.terminate());

    for (const [name, sources, options, pattern] of BAD_INPUT) {
      test(name, async () => {
        await assert.rejects(engine.compare(sources, options), (e) => {
          assert.ok(e instanceof TriangulateError, `a TriangulateError, got ${e?.name}`);
          assert.match(e.message, pattern);
          return true;
        });
        const result = await engine.compare([A, B]);
        assert.equal(result.schema, 1);
        assert.equal(result.sources.length, 2);
      });
    }

    test('text over the byte limit', async () => {
      // 3-byte characters: the UTF-8 size, not the string length, is what counts.
      const big = '€'.repeat(Math.ceil(MAX_INPUT_BYTES / 3) + 1);
      assert.ok(big.length < MAX_INPUT_BYTES);
      await assert.rejects(engine.compareRaw([A, {id: 'big', text: big}]),
        new RegExp(`input too large: \\d+ bytes of UTF-8 .* exceed the limit of ${MAX_INPUT_BYTES} bytes`));
      assert.equal(JSON.parse(await engine.compareRaw([A, B])).schema, 1);
    });

    test('lone surrogates are accepted and keep offsets', async () => {
      const text = 'The ferry \uD800carried 352 passengers\uDC00 and crew on Thursday, the coastguard said.';
      const result = await engine.compare([A, {id: 'odd', text}]);
      const units = result.sources[1].units;
      assert.ok(units.length > 0);
      assert.ok(units.at(-1).end <= text.length);
    });

    test('after terminate() calls are refused', async () => {
      const other = await createEngine({worker});
      other.terminate();
      await assert.rejects(other.compare([A, B]), /engine terminated/);
      await assert.rejects(other.version(), /engine terminated/);
    });
  });
}

describe('errors from inside the module come back as data', {skip}, () => {
  test('malformed input JSON gives {"error"} and the module goes on', async () => {
    const module = await loadModule();
    for (const input of ['', 'not json', '{"sources": 3}', '{"sources":[{"id":"a","text":"x"}]}', '[]']) {
      const out = JSON.parse(module.compare(input));
      assert.equal(typeof out.error, 'string', `error for ${JSON.stringify(input)}`);
      assert.ok(out.error.length > 0);
    }
    const ok = JSON.parse(module.compare(JSON.stringify({sources: [A, B]})));
    assert.equal(ok.schema, 1);
  });

  test('limits past 2^32 in a raw request keep the defaults (no wrap on wasm32)', async () => {
    const module = await loadModule();
    const request = {sources: [A, B], options: {maxSources: 2 ** 32 + 1, maxTotalBytes: 2 ** 32 + 7}};
    const out = JSON.parse(module.compare(JSON.stringify(request)));
    assert.equal(out.error, undefined, out.error);
    assert.equal(out.sources.length, 2);
  });

  test('a request nested 80,000 levels deep gives {"error"} and the module goes on', async () => {
    // The hardening issue's crash: a deep value before another key overflowed the stack.
    const module = await loadModule();
    const good = JSON.stringify({sources: [A, B]});
    const before = module.compare(good);
    const deep = `{"id":"deep","x":${'['.repeat(80000)}${']'.repeat(80000)},"sources":[]}`;
    assert.ok(deep.length > 160000);
    assert.deepEqual(JSON.parse(module.compare(deep)), {id: 'deep', error: 'JSON nested deeper than 64 levels'});
    const unclosed = JSON.parse(module.compare('['.repeat(200000)));
    assert.equal(typeof unclosed.error, 'string');
    assert.equal(module.compare(good), before);
  });

  test('a module load failure is a clear error', async () => {
    for (const worker of [false, true]) {
      await assert.rejects(createEngine({worker, moduleUrl: new URL('./missing/triangulate.js', import.meta.url)}),
        /cannot load the WebAssembly module from .*missing\/triangulate\.js/);
    }
  });
});

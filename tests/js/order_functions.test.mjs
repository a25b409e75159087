// wasm/order-functions.cjs changes the order of a module's functions and nothing else: every
// reference follows its function (calls, exports, the table), a module it cannot read is refused,
// and the built engine with its functions in yet another order gives the same results.
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {test} from 'node:test';

import {createEngine} from '../../web/engine/engine.js';
import {moduleWasm, needWasm, readSources, repo} from './helpers.mjs';

const require = createRequire(import.meta.url);
const {reorder, orderFunctions, Unsupported} = require('../../wasm/order-functions.cjs');

const leb = (n) => {
  const out = [];
  do {
    let x = n & 0x7f;
    n >>>= 7;
    if (n) x |= 0x80;
    out.push(x);
  } while (n);
  return out;
};
const section = (id, body) => [id, ...leb(body.length), ...body];
const vec = (items) => [...leb(items.length), ...items.flat()];
const str = (s) => vec([...Buffer.from(s)]);

// A module of our own: an imported function (index 0), then three defined ones: 1 returns 40,
// 2 returns 1 + the import's value, 3 calls 1 and 2 and, through the table, 1 again. The table
// holds functions 1 and 2; exports name 2 and 3.
function smallModule(extra = []) {
  const i32 = 0x7f;
  const types = section(1, vec([[0x60, 0, 1, i32], [0x60, 1, i32, 1, i32]]));
  const imports = section(2, vec([[...str('env'), ...str('base'), 0x00, 0]]));
  const funcs = section(3, vec([[0], [0], [0]]));
  const table = section(4, vec([[0x70, 0x00, 2]]));
  const exports = section(7, vec([[...str('plus'), 0x00, 2], [...str('sum'), 0x00, 3]]));
  const elems = section(9, vec([[0x00, 0x41, 0, 0x0b, ...vec([[1], [2]])]]));
  const body = (code) => vec([[...leb(code.length + 1), 0, ...code]]).slice(1);
  const f1 = body([0x41, 40, 0x0b]);
  const f2 = body([0x10, 0, 0x41, 1, 0x6a, ...extra, 0x0b]);
  // call 1; call 2; add; i32.const 0 (table slot 0); call_indirect type 0 table 0; add
  const f3 = body([0x10, 1, 0x10, 2, 0x6a, 0x41, 0, 0x11, 0, 0, 0x6a, 0x0b]);
  const code = section(10, [3, ...f1, ...f2, ...f3]);
  return Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...imports, ...funcs, ...table, ...exports,
    ...elems, ...code]);
}

async function run(bytes) {
  const {instance} = await WebAssembly.instantiate(bytes, {env: {base: () => 2}});
  return [instance.exports.plus(), instance.exports.sum()];
}

test('every order of the functions runs the same', async () => {
  const original = smallModule();
  assert.deepEqual(await run(original), [3, 40 + 3 + 40]);
  for (const order of [[2, 1, 0], [1, 0, 2], [0, 2, 1]]) {
    const moved = reorder(original, () => order);
    assert.notDeepEqual(moved, original);
    assert.deepEqual(await run(moved), [3, 83], `order ${order}`);
    // Moving them back gives the module byte for byte.
    const back = order.map((_, k) => order.indexOf(k));
    assert.deepEqual(reorder(moved, () => back), original);
  }
});

test('the tool\'s own order: the sizes, calls and code it is given', () => {
  const seen = [];
  reorder(smallModule(), (sizes, calls, bodies) => {
    seen.push(sizes, calls, bodies.map((b) => b.length));
    return [0, 1, 2];
  });
  assert.deepEqual(seen[0], [4, 7, 13]);  // the locals' count + the instructions
  assert.deepEqual(seen[1], [1, 1, 0]);    // 1 and 2 are called once each; the import is not counted
  assert.deepEqual(seen[2], seen[0]);
  // So few functions are all among the most called: in order of size, ties in their order.
  const code = (n) => Buffer.alloc(n);
  assert.deepEqual(orderFunctions([13, 7, 4], [0, 0, 0], [code(13), code(7), code(4)]), [2, 1, 0]);
  assert.deepEqual(orderFunctions([5, 9, 5], [3, 0, 1], [code(5), code(9), code(5)]), [0, 2, 1]);
});

test('a module with instructions it does not read is refused', () => {
  // i32.const 0; i32x4.splat; drop; in function 2 (SIMD, which the engine does not use).
  const simd = smallModule([0x41, 0, 0xfd, 0x11, 0x1a]);
  assert.throws(() => reorder(simd, () => [2, 1, 0]), Unsupported);
});

test('the built engine with its functions in another order gives the same results', {skip: needWasm()}, async () => {
  const built = readFileSync(moduleWasm);
  const reversed = reorder(built, (sizes) => sizes.map((_, k) => sizes.length - 1 - k));
  const dir = mkdtempSync(path.join(tmpdir(), 'tri-order-'));
  try {
    const file = path.join(dir, 'triangulate.wasm');
    writeFileSync(file, reversed);
    const shipped = await createEngine({worker: false});
    const other = await createEngine({worker: false, wasmUrl: pathToFileURL(file)});
    const {sources} = readSources(path.join(repo, 'samples'));
    assert.ok(sources.length >= 2);
    const input = sources.map(({id, text}) => ({id, text}));
    assert.equal(await other.compareRaw(input), await shipped.compareRaw(input));
    shipped.terminate();
    other.terminate();
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

// The built module suits a strict Content-Security-Policy (no eval, no new Function) and stays
// within its size budget; engine.d.ts names what engine.js exports.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {test} from 'node:test';

import * as engine from '../../web/engine/engine.js';
import {moduleJs, moduleWasm, needWasm, repo} from './helpers.mjs';

const GZIP_BUDGET = 150 * 1024;  // triangulate.js + triangulate.wasm, gzip -9

test('built JS has no eval( and no new Function(', {skip: needWasm()}, () => {
  const js = readFileSync(moduleJs, 'utf8');
  assert.ok(!js.includes('eval('), 'triangulate.js contains eval(');
  assert.ok(!js.includes('new Function('), 'triangulate.js contains new Function(');
  assert.ok(!/\bFunction\(\s*["'`]/.test(js), 'triangulate.js builds a function from a string');
});

test('module size within the gzip budget', {skip: needWasm()}, (t) => {
  const gz = [moduleJs, moduleWasm].map((f) => gzipSync(readFileSync(f), {level: 9}).length);
  t.diagnostic(`gzip: js ${gz[0]} + wasm ${gz[1]} = ${gz[0] + gz[1]} bytes (budget ${GZIP_BUDGET})`);
  assert.ok(gz[0] + gz[1] <= GZIP_BUDGET);
});

const DATA_GZIP_BUDGET = 400 * 1024;  // triangulate-data.txt, gzip -9

test('engine data within its gzip budget, beside the module', {skip: needWasm()}, (t) => {
  const data = readFileSync(path.join(path.dirname(moduleWasm), 'triangulate-data.txt'));
  const gz = gzipSync(data, {level: 9}).length;
  t.diagnostic(`gzip: data ${gz} bytes (budget ${DATA_GZIP_BUDGET})`);
  assert.ok(gz <= DATA_GZIP_BUDGET);
  for (const name of ['lexicon.txt', 'frequencies.txt', 'model.txt', 'event-model.txt', 'clause-model.txt', 'words.txt'])
    assert.ok(data.includes(Buffer.from(`@@ ${name}\n`)), `the bundle lacks ${name}`);
});

test('engine.d.ts declares every export of engine.js', () => {
  const dts = readFileSync(path.join(repo, 'web', 'engine', 'engine.d.ts'), 'utf8');
  for (const name of Object.keys(engine)) {
    assert.match(dts, new RegExp(`export (declare )?(async )?(function|const|class|interface|type) ${name}\\b`),
      `engine.d.ts lacks ${name}`);
  }
});

#!/usr/bin/env node
// wasm_ab.mjs — two builds of the WebAssembly module against each other, in one Node process.
//
//   node bench/wasm_ab.mjs DIR_A DIR_B [--runs 9]
//
// DIR_A and DIR_B each hold a triangulate.js and a triangulate.wasm (copy web/dist/ after each
// build); both engines read web/dist/triangulate-data.txt. The seeds (../shared/seeds, or the
// project's samples when they are absent) are compared by A, then by B, --runs times in turn
// after three rounds of warm-up, so that the machine's load falls on both alike; prints whether
// the two gave the same JSON, the median and fastest time of each, and B's median over A's.
// Used for the build settings of wasm/CMakeLists.txt (inlining limits, passes).
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

import {createEngine} from '../web/engine/engine.js';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const dirs = args.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
if (dirs.length !== 2 || !(runs > 0)) {
  console.error('usage: node bench/wasm_ab.mjs DIR_A DIR_B [--runs N]');
  process.exit(2);
}

const seeds = path.resolve(process.env.TRI_SHARED ?? path.join(repo, '..', 'shared'), 'seeds');
const folder = existsSync(seeds) ? seeds : path.join(repo, 'samples');
const sources = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({id: f.replace(/\.txt$/, ''), text: readFileSync(path.join(folder, f), 'utf8')}));

const engine = (dir) => createEngine({
  worker: false,
  moduleUrl: pathToFileURL(path.resolve(dir, 'triangulate.js')),
  wasmUrl: pathToFileURL(path.resolve(dir, 'triangulate.wasm')),
  dataUrl: pathToFileURL(path.join(repo, 'web', 'dist', 'triangulate-data.txt')),
});
const a = await engine(dirs[0]);
const b = await engine(dirs[1]);
let same = true;
for (let k = 0; k < 3; ++k) same = (await a.compareRaw(sources)) === (await b.compareRaw(sources)) && same;
const times = [[], []];
for (let k = 0; k < runs; ++k) {
  for (const [i, e] of [a, b].entries()) {
    const t = performance.now();
    await e.compareRaw(sources);
    times[i].push(performance.now() - t);
  }
}
const median = (v) => v.slice().sort((x, y) => x - y)[v.length >> 1];
console.log(`input: ${folder}, ${sources.length} sources; same JSON: ${same}`);
for (const [i, dir] of dirs.entries()) {
  console.log(`${'AB'[i]} ${dir}: median ${median(times[i]).toFixed(1)} ms, fastest ${Math.min(...times[i]).toFixed(1)} ms`);
}
console.log(`B / A (medians): ${(median(times[1]) / median(times[0])).toFixed(3)}`);
a.terminate();
b.terminate();

// wasm_bench.mjs — how long one comparison of the seeds takes in WebAssembly (Node) and natively,
// and the size of the module.
//
//   node bench/wasm_bench.mjs [--runs N] [--warmup W]
//
// Input: the shared seeds (TRI_SHARED or <repo>/../shared, seeds/*.txt) as one cluster, or the
// project samples when the seeds are absent. Needs web/dist (scripts/build-wasm.sh) and the native
// CLI (TRI_CLI or <repo>/build/cli/triangulate).
//
// WASM: median of N calls after W warm-up calls, in one Node process, same thread — both the
// whole engine call (input checks, JSON building, UTF-8 marshalling) and the bare module call.
// Native: the CLI has no repeat flag, so each run is a whole process (`triangulate --json --jobs 1 FILES`,
// output to a pipe): process start, file reading and JSON writing are included, nothing is
// subtracted. `--version` runs are timed too, to show the process start-up share.
// Loading the engine data: the module's loadData() of the bundle's bytes (median of up to 10 calls
// on a loaded module), and natively a process on two one-word sources (start-up and the data's
// parse, which `--version` skips).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {performance} from 'node:perf_hooks';

import {createEngine} from '../web/engine/engine.js';
import {loadModule} from '../web/engine/module.js';
import {printSizes} from './wasm_size.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.env.TRI_SHARED ?? path.join(repo, '..', 'shared'));
const cli = path.resolve(process.env.TRI_CLI ?? path.join(repo, 'build', 'cli', 'triangulate'));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const RUNS = arg('--runs', 30);
const WARMUP = arg('--warmup', 5);

function txtFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => path.join(dir, n));
}

let files = txtFiles(path.join(shared, 'seeds'));
let label = `seeds (${path.join(shared, 'seeds')})`;
if (files.length < 2) {
  files = txtFiles(path.join(repo, 'samples'));
  label = 'samples (seeds not found)';
}
if (files.length < 2) throw new Error('no seeds and no samples to compare');

const sources = files.map((f) => ({id: path.parse(f).name, text: readFileSync(f, 'utf8')}));
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(2)} ms`.padStart(11);

async function timeWasm() {
  const engine = await createEngine({worker: false});
  const module = await loadModule();
  const json = JSON.stringify({sources});
  for (let i = 0; i < WARMUP; i++) await engine.compareRaw(sources);
  const whole = [];
  const bare = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await engine.compareRaw(sources);
    whole.push(performance.now() - t);
    t = performance.now();
    module.compare(json);
    bare.push(performance.now() - t);
  }
  engine.terminate();
  return {whole, bare};
}

function timeProcess(args) {
  const times = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(cli, args, {maxBuffer: 1 << 28});
    const dt = performance.now() - t;
    if (r.status !== 0) throw new Error(`${cli} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i >= WARMUP) times.push(dt);
  }
  return times;
}

console.log(`input: ${label}: ${files.length} sources, ${bytes} bytes`);
console.log(`runs: ${RUNS} after ${WARMUP} warm-up; node ${process.version}`);
const wasm = await timeWasm();
console.log(`wasm  engine.compareRaw (same thread) median ${ms(median(wasm.whole))}  min ${ms(Math.min(...wasm.whole))}`);
console.log(`wasm  module.compare (bare call)      median ${ms(median(wasm.bare))}  min ${ms(Math.min(...wasm.bare))}`);
{
  const module = await loadModule();
  const bundle = readFileSync(path.join(repo, 'web', 'dist', 'triangulate-data.txt'));
  const loads = [];
  for (let i = 0; i < Math.min(RUNS, 10); i++) {
    const t = performance.now();
    const refused = module.loadData(bundle);
    loads.push(performance.now() - t);
    if (refused) throw new Error(refused);
  }
  console.log(`wasm  module.loadData (data bundle)   median ${ms(median(loads))}  min ${ms(Math.min(...loads))}`);
}
if (existsSync(cli)) {
  // One thread, as the WebAssembly module runs (the CLI splits a comparison of FILEs across the
  // cores by default: --jobs).
  const native = timeProcess(['--json', '--jobs', '1', ...files]);
  const startup = timeProcess(['--version']);
  console.log(`native triangulate --json (process)   median ${ms(median(native))}  min ${ms(Math.min(...native))}`);
  console.log(`native triangulate --version (start)  median ${ms(median(startup))}  min ${ms(Math.min(...startup))}`);
  const tiny = mkdtempSync(path.join(os.tmpdir(), 'tri-bench-'));
  for (const n of ['a.txt', 'b.txt']) writeFileSync(path.join(tiny, n), 'Hello.\n');
  const loaded = timeProcess(['--json', '--jobs', '1', path.join(tiny, 'a.txt'), path.join(tiny, 'b.txt')]);
  rmSync(tiny, {recursive: true});
  console.log(`native start-up and data (two words)   median ${ms(median(loaded))}  min ${ms(Math.min(...loaded))}`);
  console.log(`ratio wasm engine / native process: ${(median(wasm.whole) / median(native)).toFixed(2)}`);
  const work = median(native) - median(startup);
  if (work > 0) {
    console.log(`ratio wasm engine / (native process - start-up): ${(median(wasm.whole) / work).toFixed(2)} ` +
      '(rough: start-up varies)');
  }
} else {
  console.log(`native: no CLI at ${cli}; set TRI_CLI or build it`);
}
console.log('');
printSizes(path.join(repo, 'web', 'dist'));

// hostile_wasm.mjs — the WebAssembly side of bench/hostile.py: runs each line of a JSON Lines
// file through the module's compare() (as --batch would), in one Node process, and prints one
// JSON line: {lines, answered, valid, errors, seconds, heapMB, problem?}. heapMB is the size the
// WebAssembly heap grew to (it never shrinks): the peak, to within the growth step.
//
//   node bench/hostile_wasm.mjs REQUESTS.jsonl
//
// The module is called directly (no JavaScript input limit), so this shows what the core does
// with the input in 1 GiB of WebAssembly heap. A thrown exception instead of an error object is
// a problem: the module must answer every call with JSON.
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';

import {loadModule} from '../web/engine/module.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/hostile_wasm.mjs REQUESTS.jsonl');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const module = await loadModule();
const report = {lines: lines.length, answered: 0, valid: true, errors: [], seconds: 0};
for (const line of lines) {
  const start = performance.now();
  let out;
  try {
    out = module.compare(line);
  } catch (e) {
    report.problem = `compare threw: ${e?.message ?? e}`;
    report.valid = false;
    break;
  }
  report.seconds += (performance.now() - start) / 1000;
  report.answered++;
  try {
    const parsed = JSON.parse(out);
    if (typeof parsed.error === 'string') report.errors.push(parsed.error.slice(0, 80));
  } catch {
    report.valid = false;
    report.problem = 'output is not JSON';
  }
}
report.seconds = Number(report.seconds.toFixed(2));
report.heapMB = Math.round(module.HEAP8 ? module.HEAP8.length / 1048576 : NaN);
console.log(JSON.stringify(report));

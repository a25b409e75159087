// wink_bench.mjs — Triangulate's WebAssembly engine side by side with wink-nlp on the same text,
// in one Node process: how long a whole comparison takes against how long wink-nlp's full
// pipeline takes to read the same sources, on three kinds of cluster.
//
//   node bench/wink_bench.mjs [--runs N] [--warmup W] [--cluster-runs M] [--sizes 10,20,40]
//                             [--words 2000]
//
// Kinds of cluster:
//   seeds       the five shared seeds (TRI_SHARED or <repo>/../shared, seeds/*.txt) as one cluster.
//   distinct    n sources of about --words words of real news text in which no sentence occurs
//               twice: the ECB+ development articles dealt out sentence by sentence in a fixed
//               order by bench/make_wink_clusters.py (run here with python3; see its docstring:
//               beyond 26 sources the development topics run out and other ECB+ topics follow).
//   reshuffled  the syndication worst case: n sources of about --words words, each a fixed-seed
//               reshuffle of the seeds' sentences, so every sentence recurs in almost every source.
//
// Triangulate: engine.compareRaw(sources) of web/engine in this thread ({worker: false}; the module
// from web/dist, so run scripts/build-wasm.sh first): input checks, UTF-8 marshalling, the C++
// comparison and the result JSON text. The result size is that JSON text's UTF-8 length.
// wink-nlp: winkNLP(model) with its default pipeline (every annotation the model has: sentence
// boundaries, negation, sentiment, POS tags, named entities, custom entities) over each source's
// text, then the tokens' POS tags, the sentences and the entities read out
// (doc.tokens().out(its.pos), doc.sentences().out(), doc.entities().out(its.detail)).
// Each timed run does both on the same sources, in alternating order; times are medians of the
// timed runs. Seeds: N runs (default 10) after W warm-up runs (default 2). Clusters of n sources:
// round(M * 10 / n) runs, at least 2 (M default 3: 3, 2, 2 runs for 10, 20, 40 sources), after
// one warm-up run for the smallest size of each kind and none for the others (a 40-source
// worst-case comparison takes tens of seconds). wink-nlp, being fast, is then run alone until it
// has N timed runs too. The growth exponent k fits time = c * n^k by least squares on log time
// against log n over --sizes. Optionally the native CLI too (TRI_CLI or
// <repo>/build/cli/triangulate, one whole `triangulate --json --jobs 1 FILES` process per run, files in a
// temporary directory, output to a pipe), when it exists. With the defaults and the native CLI the
// whole run took 3.6 minutes on this project's 2-core build machine.
//
// Licences: wink-nlp 2.4.0 and wink-eng-lite-web-model 1.8.1 are MIT (GRAYPE Systems); both are
// devDependencies only, used by this benchmark and not shipped.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {performance} from 'node:perf_hooks';

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

import {createEngine} from '../web/engine/engine.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.env.TRI_SHARED ?? path.join(repo, '..', 'shared'));
const cli = path.resolve(process.env.TRI_CLI ?? path.join(repo, 'build', 'cli', 'triangulate'));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const RUNS = Number(arg('--runs', 10));
const WARMUP = Number(arg('--warmup', 2));
const CLUSTER_RUNS = Number(arg('--cluster-runs', 3));
const SIZES = String(arg('--sizes', '10,20,40')).split(',').map(Number);
const WORDS = Number(arg('--words', 2000));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;
const utf8 = (s) => Buffer.byteLength(s, 'utf8');

// ---------------------------------------------------------------------------------------------
// Clusters

const seedFiles = readdirSync(path.join(shared, 'seeds')).filter((n) => n.endsWith('.txt')).sort()
  .map((n) => path.join(shared, 'seeds', n));
if (seedFiles.length < 2) throw new Error(`no seeds in ${path.join(shared, 'seeds')}`);
const seeds = seedFiles.map((f) => ({id: path.parse(f).name, text: readFileSync(f, 'utf8')}));

// The seeds' sentences in file order: each line is a paragraph, cut after . ! or ? (and a closing
// quote or bracket) before a capital, digit or opening quote.
const seedSentences = seeds.flatMap((s) => s.text.split(/\n+/).map((p) => p.trim()).filter(Boolean)
  .flatMap((p) => p.split(/(?<=[.!?]["”’')]?)\s+(?=["“‘(]?[A-Z0-9])/)));

// mulberry32: a small fixed-seed generator, so the reshuffles are the same on every run.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n sources, each a new shuffle of the seed sentences taken until it has `words` words
 *  (three sentences to a paragraph). */
function reshuffled(n, words) {
  const rand = mulberry32(0x5eed);
  const out = [];
  for (let s = 0; s < n; s++) {
    const taken = [];
    let count = 0;
    while (count < words) {
      const order = [...seedSentences];
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const sentence of order) {
        if (count >= words) break;
        taken.push(sentence);
        count += wordCount(sentence);
      }
    }
    let text = '';
    taken.forEach((t, i) => { text += t + (i % 3 === 2 ? '\n\n' : ' '); });
    out.push({id: `r${String(s).padStart(2, '0')}`, text: text.trim() + '\n'});
  }
  return out;
}

/** The first n of `max` distinct sources from bench/make_wink_clusters.py. */
function distinctSources(max, words) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'wink-bench-'));
  const out = path.join(tmp, 'distinct.json');
  const r = spawnSync('python3', [path.join(repo, 'bench', 'make_wink_clusters.py'), out,
    '--sources', String(max), '--words', String(words), '--eval', path.join(shared, 'eval')],
  {encoding: 'utf8'});
  if (r.status !== 0) throw new Error(`make_wink_clusters.py exited ${r.status}: ${r.stderr}`);
  const data = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(tmp, {recursive: true, force: true});
  return data;
}

// ---------------------------------------------------------------------------------------------
// Timing

const engine = await createEngine({worker: false});
const nlp = winkNLP(model);
const its = nlp.its;

async function runWasm(sources) {
  const t = performance.now();
  const json = await engine.compareRaw(sources);
  return {ms: performance.now() - t, bytes: utf8(json)};
}

function runWink(sources) {
  const t = performance.now();
  let tokens = 0;
  let sentences = 0;
  let entities = 0;
  for (const s of sources) {
    const doc = nlp.readDoc(s.text);
    tokens += doc.tokens().out(its.pos).length;
    sentences += doc.sentences().out().length;
    entities += doc.entities().out(its.detail).length;
  }
  return {ms: performance.now() - t, tokens, sentences, entities};
}

function runNative(files) {
  const t = performance.now();
  // One thread, as the WebAssembly engine runs (--jobs: the CLI's default is one per core).
  const r = spawnSync(cli, ['--json', '--jobs', '1', ...files], {maxBuffer: 1 << 30});
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cli} exited ${r.status}: ${r.stderr}`);
  return ms;
}

async function measure(sources, runs, warmup, winkRuns) {
  let files = null;
  let tmp = null;
  if (existsSync(cli)) {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'wink-bench-'));
    files = sources.map((s) => {
      const f = path.join(tmp, `${s.id}.txt`);
      writeFileSync(f, s.text);
      return f;
    });
  }
  const wasm = [];
  const wink = [];
  const native = [];
  let bytes = 0;
  let counts = null;
  for (let i = 0; i < warmup + runs; i++) {
    let w;
    let k;
    if (i % 2 === 0) {
      w = await runWasm(sources);
      k = runWink(sources);
    } else {
      k = runWink(sources);
      w = await runWasm(sources);
    }
    const n = files ? runNative(files) : null;
    bytes = w.bytes;
    counts = k;
    if (i < warmup) continue;
    wasm.push(w.ms);
    wink.push(k.ms);
    if (n !== null) native.push(n);
  }
  if (tmp) rmSync(tmp, {recursive: true, force: true});
  while (wink.length < winkRuns) wink.push(runWink(sources).ms);
  return {wasm: median(wasm), wink: median(wink), native: native.length ? median(native) : null,
    bytes, counts, runs, winkRuns: wink.length};
}

/** k of time = c * n^k, least squares on the logs. */
function exponent(ns, ts) {
  const x = ns.map(Math.log);
  const y = ts.map(Math.log);
  const mx = x.reduce((a, b) => a + b) / x.length;
  const my = y.reduce((a, b) => a + b) / y.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  return sxy / sxx;
}

// ---------------------------------------------------------------------------------------------
// Report

const fmtMs = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const fmtBytes = (b) =>
  (b >= 1 << 20 ? `${(b / (1 << 20)).toFixed(2)} MiB` : `${(b / 1024).toFixed(1)} KiB`);
const col = (s, w) => String(s).padStart(w);

console.log(`node ${process.version}; ${os.cpus().length} cores, load average ` +
  `${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; seeds ${RUNS} runs after ${WARMUP} warm-up, ` +
  `clusters max(2, round(${CLUSTER_RUNS} * 10 / n)) runs (wink-nlp ${RUNS}); ` +
  `engine ${await engine.version()} (${engine.mode}); wink-nlp default pipeline`);
console.log(`native CLI: ${existsSync(cli) ? cli : `none at ${cli} (set TRI_CLI)`}`);

const maxN = Math.max(...SIZES);
const distinct = distinctSources(maxN, WORDS);
console.log(`distinct: ${JSON.stringify(distinct.meta)}`);
console.log(`reshuffled: ${seedSentences.length} seed sentences, fixed-seed shuffles`);
console.log('');

const header = `${'kind'.padEnd(10)} ${col('n', 3)} ${col('words', 7)} ${col('input', 10)} ` +
  `${col('WASM', 9)} ${col('wink-nlp', 9)} ${col('WASM/wink', 9)} ${col('result JSON', 11)} ` +
  `${col('native', 9)} ${col('runs', 5)}  wink tokens/sentences/entities (runs: WASM/wink)`;
console.log(header);
console.log('-'.repeat(header.length));

function row(kind, sources, m) {
  const words = sources.reduce((a, s) => a + wordCount(s.text), 0);
  const input = sources.reduce((a, s) => a + utf8(s.text), 0);
  const native = m.native === null ? '-' : fmtMs(m.native);
  console.log(`${kind.padEnd(10)} ${col(sources.length, 3)} ${col(words, 7)} ` +
    `${col(fmtBytes(input), 10)} ${col(fmtMs(m.wasm), 9)} ${col(fmtMs(m.wink), 9)} ` +
    `${col((m.wasm / m.wink).toFixed(2) + '×', 9)} ${col(fmtBytes(m.bytes), 11)} ${col(native, 9)} ` +
    `${col(`${m.runs}/${m.winkRuns}`, 5)}  ${m.counts.tokens}/${m.counts.sentences}/${m.counts.entities}`);
}

row('seeds', seeds, await measure(seeds, RUNS, WARMUP, RUNS));
const growth = [];
const kinds = [
  ['distinct', (n) => distinct.sources.slice(0, n).map(({id, text}) => ({id, text}))],
  ['reshuffled', (n) => reshuffled(n, WORDS)],
];
for (const [kind, make] of kinds) {
  const ts = [];
  const ks = [];
  const ns = [];
  for (const [i, n] of SIZES.entries()) {
    const sources = make(n);
    const runs = Math.max(2, Math.round(CLUSTER_RUNS * 10 / n));
    const m = await measure(sources, runs, i === 0 ? 1 : 0, RUNS);
    row(kind, sources, m);
    ts.push(m.wasm);
    ks.push(m.wink);
    ns.push(m.native);
  }
  if (SIZES.length >= 2) {
    growth.push([kind, exponent(SIZES, ts), exponent(SIZES, ks),
      ns.every((x) => x !== null) ? exponent(SIZES, ns) : null]);
  }
}
console.log('');
for (const [kind, kw, kk, kn] of growth) {
  console.log(`${kind}: growth exponent over ${SIZES.join(', ')} sources (time ~ n^k): ` +
    `WASM k = ${kw.toFixed(2)}, wink-nlp k = ${kk.toFixed(2)}` +
    (kn === null ? '' : `, native k = ${kn.toFixed(2)}`));
}
engine.terminate();

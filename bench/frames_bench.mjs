#!/usr/bin/env node
// frames_bench.mjs — does the page keep painting while a long comparison is drawn? The embedding
// page (web/demo/embed.html, Debian's Chromium, headless) compares three long sources made from
// the samples (each sample repeated --copies times, its numbers changed in every copy, so that
// every copy is a new claim), --runs times in one page: the first replaces the page's small result,
// the later ones a long one. For each: the whole comparison (compare() to resolved), the longest
// gap between animation frames while the element is busy (performance.now() in each callback),
// and the main-thread tasks over 50 ms (long-task observer). With --throttle N, Chromium's CPU
// emulation runs the page N times slower (the engine's worker too).
//   node bench/frames_bench.mjs [--runs 3] [--copies 120] [--throttle 1]
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {openPage, repo} from '../tests/browser/helpers.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const runs = arg('--runs', 3);
const copies = arg('--copies', 120);
const throttle = arg('--throttle', 1);

const samples = JSON.parse(readFileSync(join(repo, 'web', 'dist', 'samples.json'), 'utf8'));
const long = (s) => Array.from({length: copies}, (_, i) =>
  s.text.replace(/\b(\d+)\b/g, (m) => String(Number(m) + i))).join('\n\n');
const sources = samples.slice(0, 3).map((s) => ({id: s.id, title: s.title, text: long(s)}));
const chars = sources.reduce((n, s) => n + s.text.length, 0);

const {env, page} = await openPage('/demo/embed.html');
try {
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
  }
  console.log(`frames: ${chars} characters in 3 sources, CPU throttle ${throttle}x`);
  for (let run = 1; run <= runs; ++run) {
    const out = await page.evaluate(async ({sources, run}) => {
      const el = document.getElementById('embedded');
      el.manual = true;
      // A new text each run: the same sources would be the same result.
      el.sources = sources.map((s) => ({...s, text: `${s.text}\n\nRun ${run}.`}));
      const long = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) long.push(Math.round(e.duration));
      });
      observer.observe({type: 'longtask'});
      let maxGap = 0;
      let last = performance.now();
      let running = true;
      const frame = () => {
        const now = performance.now();
        if (el.busy) maxGap = Math.max(maxGap, now - last);
        last = now;
        if (running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const started = performance.now();
      await el.compare();
      const ms = performance.now() - started;
      running = false;
      await new Promise((resolve) => setTimeout(resolve, 100));  // the last tasks reported
      observer.disconnect();
      return {ms, maxGap, long: long.filter((d) => d > 50).sort((a, b) => b - a)};
    }, {sources, run});
    console.log(`frames: run ${run}: compared and drawn in ${out.ms.toFixed(0)} ms; longest gap between ` +
                `frames ${out.maxGap.toFixed(0)} ms; tasks over 50 ms: ${out.long.length ? out.long.join(', ') : 'none'}`);
  }
} finally {
  await env.close();
}

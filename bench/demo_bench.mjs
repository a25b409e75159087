#!/usr/bin/env node
// demo_bench.mjs — what a new user waits for: the demo served by scripts/serve.mjs, opened in
// Debian's Chromium (headless), from navigation to the first drawn result, and from a click on
// Compare to the next drawn result (median of --runs clicks).
//   node bench/demo_bench.mjs [--runs 10]
import {startEnv, waitForResult} from '../tests/browser/helpers.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10;
const env = await startEnv();
try {
  const {page} = await env.newPage();
  const t0 = Date.now();
  await page.goto(env.url('/demo/'));
  await waitForResult(page);
  const first = Date.now() - t0;
  const times = [];
  for (let i = 0; i < runs; ++i) {
    const before = await page.evaluate(() => window.__tri.results);
    const button = page.locator('triangulate-compare button.primary').first();
    // The time of the result event plus the next frame: the result is on screen.
    await page.evaluate(() => {
      window.__bench = null;
      document.addEventListener('triangulate-result', () => {
        requestAnimationFrame(() => { window.__bench = performance.now(); });
      }, {once: true});
    });
    const t = await page.evaluate(() => performance.now());
    await button.click();
    await waitForResult(page, {after: before});
    await page.waitForFunction(() => window.__bench !== null);
    const done = await page.evaluate(() => window.__bench);
    times.push(done - t);
  }
  times.sort((a, b) => a - b);
  console.log(`demo: navigation to first result ${first} ms (module, worker and wasm load included)`);
  console.log(`demo: Compare click to drawn result, median of ${runs}: ${times[times.length >> 1].toFixed(0)} ms ` +
              `(min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)})`);
} finally {
  await env.close();
}

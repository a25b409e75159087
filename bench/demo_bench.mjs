#!/usr/bin/env node
// demo_bench.mjs — what a new user waits for: the demo served by scripts/serve.mjs, opened in
// Debian's Chromium (headless), from navigation to the first drawn result, and from a click on
// Compare to the next drawn result (median of --runs clicks), and a fresh page's first click (median
// of three pages, each after the engine loaded); then a long article pasted into the
// first pane (--paste-mb megabytes, built by repeating the first sample's paragraphs, the way a
// page that repeats itself looks) and compared, with every main-thread task over 50 ms recorded
// by a long-task observer from the paste to the drawn result.
// First, cold loads in fresh contexts: as is, and with the CPU throttled 4x by Chromium's
// emulation; each reports navigation to first drawn result, the first also the bytes transferred
// before it. The demo draws the samples' result that scripts/serve.mjs computed with the same
// engine (web/dist/samples.result.json) and loads the engine beside it; the same two loads with
// that file refused show the first result computed in the page.
// Last, the samples' result given to a page as a precomputed result (a child <script
// type="application/json">): navigation to drawn result, and how many of the engine's files the
// page requested (none is the point).
//   node bench/demo_bench.mjs [--runs 10] [--paste-mb 2]
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {repo, startEnv, waitForResult} from '../tests/browser/helpers.mjs';
import {elementPage, openFixture, resultsDrawn} from '../tests/browser/pages.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const runs = arg('--runs', 10);
const pasteMb = arg('--paste-mb', 2);

/** `mb` megabytes of article text: the paragraphs of the first sample, over and over. */
function longArticle(mb) {
  const samples = JSON.parse(readFileSync(join(repo, 'web', 'dist', 'samples.json'), 'utf8'));
  const paragraphs = samples[0].text.split(/\n\s*\n/);
  const out = [];
  let length = 0;
  for (let i = 0; length < mb * 1e6; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    length += p.length + 2;
  }
  return out.join('\n\n');
}

/**
 * A cold load of the demo in a fresh browser context (empty cache), with the CPU slowed `rate`
 * times by Chromium's emulation (1: none): milliseconds from navigation to the first drawn result,
 * and the bytes received until then (headers and bodies as sent: scripts/serve.mjs does not
 * compress), counted from the context's finished requests, the worker's included.
 */
async function coldLoad(env, rate, {compute = false} = {}) {
  const {page, context} = await env.newPage();
  if (compute) await page.route('**/dist/samples.result.json', (route) => route.abort());
  const cdp = await context.newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate});
  const sizes = [];
  // A request that finishes as the context closes has no sizes left to read: it counts 0 (it came
  // after the first result anyway).
  context.on('requestfinished', (req) => sizes.push(req.sizes().then((z) => z.responseHeadersSize + z.responseBodySize,
                                                                      () => 0)));
  // The drawn result: the time of the first result event plus one frame.
  await page.addInitScript(() => document.addEventListener('triangulate-result', () => {
    requestAnimationFrame(() => { window.__firstDrawn = window.__firstDrawn ?? performance.now(); });
  }));
  await page.goto(env.url('/demo/'));
  await waitForResult(page);
  await page.waitForFunction(() => window.__firstDrawn !== undefined);
  const before = sizes.slice();  // the requests finished by the first result
  const drawn = await page.evaluate(() => window.__firstDrawn);
  const bytes = (await Promise.all(before)).reduce((a, b) => a + b, 0);
  await context.close();
  return {drawn, bytes, requests: before.length};
}

/**
 * Clicks `button` (Compare) and returns the milliseconds from the click as the page received it
 * (the input event's time stamp: the driver's own steps before the click are not the page's) to
 * the result event plus the next frame: the result is on screen.
 */
async function timeClick(page, button) {
  const before = await page.evaluate(() => {
    window.__bench = null;
    window.__clicked = null;
    document.addEventListener('click', (e) => { window.__clicked = e.timeStamp; }, {capture: true, once: true});
    document.addEventListener('triangulate-result', () => {
      requestAnimationFrame(() => { window.__bench = performance.now(); });
    }, {once: true});
    return window.__tri.results;
  });
  await button.click();
  await waitForResult(page, {after: before});
  await page.waitForFunction(() => window.__bench !== null);
  return page.evaluate(() => window.__bench - window.__clicked);
}

const env = await startEnv();
try {
  const cold = await coldLoad(env, 1);
  const slow = await coldLoad(env, 4);
  const coldComputed = await coldLoad(env, 1, {compute: true});
  const slowComputed = await coldLoad(env, 4, {compute: true});
  console.log(`demo: cold load, navigation to first drawn result ${cold.drawn.toFixed(0)} ms (the samples' ` +
              `precomputed result); ${cold.requests} requests, ${(cold.bytes / 1024).toFixed(1)} KiB received ` +
              'before it (uncompressed)');
  console.log(`demo: cold load with the CPU throttled 4x (Chromium emulation): ${slow.drawn.toFixed(0)} ms`);
  console.log(`demo: cold load computing the samples in the page (no precomputed result): ` +
              `${coldComputed.drawn.toFixed(0)} ms, ${coldComputed.requests} requests, ` +
              `${(coldComputed.bytes / 1024).toFixed(1)} KiB; CPU throttled 4x: ${slowComputed.drawn.toFixed(0)} ms`);
  const {page} = await env.newPage();
  const samples = JSON.parse(readFileSync(join(repo, 'web', 'dist', 'samples.json'), 'utf8'));
  const t0 = Date.now();
  await page.goto(env.url('/demo/'));
  await waitForResult(page);
  const first = Date.now() - t0;
  const button = page.locator('triangulate-compare button.primary').first();
  await page.locator('triangulate-compare .editor-toggle').click();
  // The editor folds after each comparison; this keeps it open so that Compare can be clicked.
  await page.evaluate(() => document.querySelector('triangulate-compare').shadowRoot.querySelector('textarea').focus());
  const times = [];
  for (let i = 0; i < runs; ++i) {
    if (!await button.isVisible()) await page.locator('triangulate-compare .editor-toggle').click();
    times.push(await timeClick(page, button));
  }
  times.sort((a, b) => a - b);
  console.log(`demo: navigation to first result ${first} ms (a new page in the warm browser)`);
  console.log(`demo: Compare click to drawn result, median of ${runs}: ${times[times.length >> 1].toFixed(0)} ms ` +
              `(min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)})`);
  const samplesResult = await page.evaluate(() => document.querySelector('triangulate-compare').result);

  // A reader's first Compare: a fresh page, the samples' result drawn and the engine loaded in
  // its worker (2 s later), then one click, timed as above.
  const firsts = [];
  for (let i = 0; i < 3; ++i) {
    const {page: fresh, context} = await env.newPage();
    await fresh.goto(env.url('/demo/'));
    await waitForResult(fresh);
    await fresh.waitForTimeout(2000);
    await fresh.locator('triangulate-compare .editor-toggle').click();
    firsts.push(await timeClick(fresh, fresh.locator('triangulate-compare button.primary').first()));
    await context.close();
  }
  firsts.sort((a, b) => a - b);
  console.log(`demo: a fresh page's first Compare click to drawn result (engine loaded), median of 3: ` +
              `${firsts[1].toFixed(0)} ms (min ${firsts[0].toFixed(0)}, max ${firsts[2].toFixed(0)})`);

  // A long paste and Compare, watched by a long-task observer.
  const text = longArticle(pasteMb);
  if (!await button.isVisible()) await page.locator('triangulate-compare .editor-toggle').click();
  const before = await page.evaluate(() => window.__tri.results);
  await page.evaluate((text) => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({start: e.startTime, duration: e.duration});
    }).observe({type: 'longtask'});
    const pane = document.querySelector('triangulate-compare').shadowRoot.querySelector('textarea');
    pane.focus();
    pane.select();
    window.__pasted = performance.now();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    pane.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
  }, text);
  await button.click();
  await waitForResult(page, {after: before, timeout: 300000});
  // Whatever the browser still does for the drawn result (layout, paint) belongs to it too.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
  const seen = await page.evaluate(() => ({
    tasks: window.__long.filter((e) => e.start >= window.__pasted),
    drawn: performance.now() - window.__pasted,
    units: document.querySelector('triangulate-compare').result.sources[0].units.length,
    lines: document.querySelector('triangulate-compare').shadowRoot.querySelectorAll('article.source')[0]
        .querySelectorAll('.article-body p, .run').length,
  }));
  const longest = Math.max(0, ...seen.tasks.map((e) => e.duration));
  const over100 = seen.tasks.filter((e) => e.duration > 100).length;
  console.log(`demo: ${(text.length / 1e6).toFixed(1)} MB paste + Compare: drawn after ${seen.drawn.toFixed(0)} ms ` +
              `(${seen.units} units in that article, drawn as ${seen.lines} lines); main-thread tasks over 50 ms: ` +
              `${seen.tasks.length}, over 100 ms: ${over100}, longest ${longest.toFixed(0)} ms`);

  // The samples' result, precomputed, on a page of its own.
  const {page: published, log} = await env.newPage();
  await published.addInitScript(() => document.addEventListener('triangulate-result', () => {
    requestAnimationFrame(() => { window.__shown = performance.now(); });
  }));
  await openFixture(published, env, elementPage({sources: samples, result: samplesResult}));
  await resultsDrawn(published, 1);
  await published.waitForFunction(() => window.__shown !== undefined);
  const shown = Math.round(await published.evaluate(() => window.__shown));
  const engineFiles = log.requests.filter((u) => /\/(engine|dist)\//.test(new URL(u).pathname));
  console.log(`demo: precomputed result of the samples: navigation start to drawn result ${shown} ms (in the page), ` +
              `${log.requests.length} requests, of them for the engine's files: ${engineFiles.length}`);
} finally {
  await env.close();
}

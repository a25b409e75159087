// helpers.mjs — what the browser tests share: the demo server on a free port, Debian's Chromium
// through playwright-core with a fixed locale, and a record of every request, console message,
// page error and CSP violation of a page.
//
// Example:
//   const env = await startEnv();                 // server + browser
//   const {page, log} = await env.newPage();
//   await page.goto(env.url('/demo/'));
//   await waitForResult(page);
//   assert.deepEqual(log.offOrigin(), []);
//   await env.close();

import {spawn} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The browser: Debian's chromium, or TRI_CHROMIUM. */
export const CHROMIUM = process.env.TRI_CHROMIUM || '/usr/bin/chromium';
export const resultsDir = join(repo, 'test-results');

/** True under CI (the CI variable set and not "false"): a missing browser is a failure there. */
export const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

const missing = existsSync(CHROMIUM) ? '' :
  `${CHROMIUM} is missing (install Debian's chromium package: scripts/install-deps.sh)`;

/**
 * Why the browser tests cannot run here, or '' when they can. Under CI it is always '': the tests
 * run, and startEnv() fails each of them with the reason instead of letting them skip.
 */
export const skipReason = missing && !inCi ? `browser tests skipped: ${missing}` : '';
if (skipReason) process.stderr.write(`${skipReason}\n`);

/**
 * Starts scripts/serve.mjs on a free port, with its extra `args` (e.g. ['--root', dir, '--cors',
 * origin]); resolves to {origin, stop()}.
 */
export async function startServer(args = []) {
  const child = spawn(process.execPath, [join(repo, 'scripts', 'serve.mjs'), '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const origin = await new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`serve.mjs did not start: ${stderr}`)), 10000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Serving (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`serve.mjs exited with ${code}: ${stderr}`));
    });
  });
  return {
    origin,
    stop: () => new Promise((ok) => {
      if (child.exitCode !== null) return ok();
      child.once('exit', ok);
      child.kill('SIGTERM');
    }),
  };
}

/** Server + browser. `newPage(contextOptions)` gives {page, context, log}. */
export async function startEnv() {
  if (missing) throw new Error(`cannot run the browser tests: ${missing}`);
  const {chromium} = await import('playwright-core');
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
  const contexts = [];
  return {
    origin: server.origin,
    url: (path) => new URL(path, server.origin).href,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        locale: 'en-US',
        timezoneId: 'UTC',
        viewport: {width: 1280, height: 900},
        acceptDownloads: true,
        ...options,
      });
      contexts.push(context);
      // Counts the element's events (they bubble and are composed, so the document sees them).
      await context.addInitScript(() => {
        // kinds: each result's detail.precomputed; first: the first result, as JSON text.
        window.__tri = {results: 0, errors: [], csp: [], kinds: [], first: null};
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__tri.csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        });
        document.addEventListener('triangulate-result', (e) => {
          window.__tri.results++;
          window.__tri.kinds.push(e.detail.precomputed);
          window.__tri.first ??= JSON.stringify(e.detail.result);
        });
        document.addEventListener('triangulate-error', (e) => { window.__tri.errors.push(e.detail.message); });
      });
      const page = await context.newPage();
      const log = record(page, server.origin);
      return {page, context, log};
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.stop();
    },
  };
}

/** Records what a page does: requests (workers included), console, errors, CSP violations. */
export function record(page, origin) {
  const log = {requests: [], console: [], errors: [], dialogs: []};
  const onRequest = (req) => log.requests.push(req.url());
  page.context().on('request', onRequest);
  page.on('console', (m) => log.console.push({type: m.type(), text: m.text()}));
  page.on('pageerror', (e) => log.errors.push(String(e?.message ?? e)));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('worker', (w) => w.on('console', (m) => log.console.push({type: m.type(), text: `[worker] ${m.text()}`})));
  log.offOrigin = () => log.requests.filter((u) => {
    if (u.startsWith('blob:') || u.startsWith('data:')) return false;
    try {
      return new URL(u).origin !== origin;
    } catch {
      return true;
    }
  });
  log.cspViolations = () => log.console.filter((m) => /Content[- ]Security[- ]Policy|Refused to/i.test(m.text));
  log.consoleErrors = () => log.console.filter((m) => m.type === 'error');
  return log;
}

/** The securitypolicyviolation events the page saw (its own document; workers log to the console). */
export function cspEvents(page) {
  return page.evaluate(() => window.__tri.csp);
}

/** How many results the page's elements have drawn so far. */
export function resultCount(page) {
  return page.evaluate(() => window.__tri.results);
}

/**
 * Waits until more than `after` results were drawn and no comparison is running; rejects with
 * the message of a triangulate-error instead.
 */
export async function waitForResult(page, {after = 0, timeout = 60000} = {}) {
  const handle = await page.waitForFunction((after) => {
    if (window.__tri.errors.length) return {error: window.__tri.errors.join('; ')};
    const busy = [...document.querySelectorAll('triangulate-compare')].some((el) => el.busy);
    return !busy && window.__tri.results > after ? {ok: true} : false;
  }, after, {timeout, polling: 100});
  const state = await handle.jsonValue();
  if (state.error) throw new Error(`triangulate-error: ${state.error}`);
}

/** Saves a full-page screenshot to test-results/<name>.png. */
export async function screenshot(page, name, options = {}) {
  mkdirSync(resultsDir, {recursive: true});
  const path = join(resultsDir, `${name}.png`);
  await page.screenshot({path, fullPage: true, ...options});
  return path;
}

/** Collapses white space and unifies dashes, for comparing quoted snippets with page text. */
export function norm(s) {
  return String(s).replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
}

/**
 * Server + browser + one page opened at `path` with its first result drawn:
 * resolves to {env, page, log}. The tests' usual starting point.
 */
export async function openPage(path = '/demo/') {
  const env = await startEnv();
  const {page, log} = await env.newPage();
  await page.goto(env.url(path));
  await waitForResult(page);
  return {env, page, log};
}

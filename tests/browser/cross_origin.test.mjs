// cross_origin.test.mjs — the element and createEngine() with their files on another origin, as a
// news site would host them on a CDN: the page on one local port, web/ (the package's files) on
// another, served with CORS. Each page runs under the Content-Security-Policy that README.md
// ("Embed in your page") documents for its way of hosting, read from the README itself:
//   - blob: bootstrap of the cross-origin worker.js (worker-src blob:);
//   - a one-line worker file on the page's own origin (engineOptions.workerUrl);
//   - no worker possible (the policy without blob:): the same-thread engine, with a console note.

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {record, repo, skipReason, startEnv, startServer, waitForResult} from './helpers.mjs';

/** The CSP lines of README.md's "Embed in your page", by what they are for. */
function readmePolicies() {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embed in your page'));
  const lines = section.split('\n').filter((l) => l.startsWith('Content-Security-Policy: '))
      .map((l) => l.slice('Content-Security-Policy: '.length).trim());
  const crossOrigin = lines.filter((l) => l.includes('https://cdn.example'));
  const blob = crossOrigin.find((l) => /worker-src[^;]*blob:/.test(l));
  const noBlob = crossOrigin.find((l) => !l.includes('blob:'));
  assert.ok(blob && noBlob, `README.md must document both cross-origin policies, found: ${lines.join(' | ')}`);
  return {blob, noBlob};
}

const ARTICLES = `
  <triangulate-compare id="el">
    <article id="harbour-news" title="Harbour News">The storm closed the harbour on Tuesday.

Lifeboat crews rescued 14 sailors from two fishing boats.</article>
    <article id="coast-daily" title="Coast Daily">The storm closed the harbour on Tuesday.

Lifeboat crews rescued 9 sailors from two fishing boats.</article>
  </triangulate-compare>
  <output id="api"></output>`;

function html(scripts) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cross-origin</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>${ARTICLES}</body></html>`;
}

describe('hosting the package on another origin', {skip: skipReason || false}, () => {
  let env;
  let cdn;
  let dir;
  const sites = {};
  const policies = readmePolicies();

  before(async () => {
    env = await startEnv();
    // The "CDN": the repository's web/ folder (the package's layout), no CSP of its own, CORS.
    cdn = await startServer(['--root', join(repo, 'web'), '--cors', '*', '--csp', 'none']);
    dir = mkdtempSync(join(tmpdir(), 'tri-cross-origin-'));
    const at = (path) => `${cdn.origin}${path}`;
    const files = {
      'blob.html': html([at('/src/define.js'), '/api.js']),
      'fallback.html': html([at('/src/define.js')]),
      'own-worker.html': html(['/embed-triangulate.js']),
      // README's one-line worker file and its embed script, with the CDN's address.
      'triangulate-worker.js': `import '${at('/engine/worker.js')}';\n`,
      'embed-triangulate.js':
        `import {TriangulateCompareElement} from '${at('/src/triangulate-element.js')}';\n` +
        `TriangulateCompareElement.engineOptions = {workerUrl: '/triangulate-worker.js'};\n` +
        `TriangulateCompareElement.define();\n`,
      // createEngine() without the element, as README shows it.
      'api.js':
        `import {createEngine} from '${at('/engine/engine.js')}';\n` +
        `const engine = await createEngine();\n` +
        `const result = await engine.compare([{id: 'a', text: 'The bridge reopened on Friday. It cost 12 million pounds.'},\n` +
        `  {id: 'b', text: 'The bridge reopened on Friday. It cost 19 million pounds.'}]);\n` +
        `document.getElementById('api').textContent = engine.mode + ' ' + [...result.links.map((l) => l.relation), ...result.conflicts.map(() => 'conflict')].join(',');\n`,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    for (const [name, policy] of [['blob', policies.blob], ['noBlob', policies.noBlob]]) {
      sites[name] = await startServer(['--root', dir, '--csp', policy.replaceAll('https://cdn.example', cdn.origin)]);
    }
  });

  after(async () => {
    await env?.close();
    await cdn?.stop();
    for (const site of Object.values(sites)) await site.stop();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  /** Opens `path` on `site`; resolves to {page, log, workers} once the element drew its result. */
  async function open(site, path) {
    const {page} = await env.newPage();
    const log = record(page, site.origin);
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${site.origin}${path}`);
    await waitForResult(page);
    const state = await page.evaluate(() => {
      const el = document.getElementById('el');
      return {
        relations: [...el.result.links.map((l) => l.relation), ...el.result.conflicts.map(() => 'conflict')],
        conflicts: el.shadowRoot.textContent.includes('14') && el.shadowRoot.textContent.includes('9'),
        csp: window.__tri.csp,
      };
    });
    const foreign = log.requests.filter((u) => !u.startsWith('blob:') &&
        ![site.origin, cdn.origin].includes(new URL(u).origin));
    assert.deepEqual(foreign, [], 'requests to a third origin');
    assert.ok(state.relations.includes('conflict'), `no conflict drawn: ${state.relations}`);
    assert.ok(state.conflicts, 'the conflicting values are not on the page');
    return {page, log, workers, csp: state.csp};
  }

  const fallbackNote = (log) => log.console.filter((m) => /runs on the page's thread/.test(m.text));

  it('draws the result with a blob: worker under the documented policy (worker-src blob:)', async () => {
    const {page, log, workers, csp} = await open(sites.blob, '/blob.html');
    assert.deepEqual(csp, [], 'CSP violations');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(fallbackNote(log), []);
    // createEngine() from the CDN on the same page, without the element: its own engine.
    await page.waitForFunction(() => document.getElementById('api').textContent !== '');
    assert.equal(workers.length, 2, `workers (the element's and createEngine()'s): ${workers}`);
    for (const url of workers) assert.match(url, new RegExp(`^blob:${sites.blob.origin}/`));
    assert.equal(await page.locator('#api').textContent(), 'blob-worker agree,conflict');
    assert.ok(log.requests.some((u) => u === `${cdn.origin}/dist/triangulate.wasm`));
  });

  it('draws the result with a worker file on the page origin (engineOptions.workerUrl), no blob:', async () => {
    const {log, workers, csp} = await open(sites.noBlob, '/own-worker.html');
    assert.deepEqual(csp, [], 'CSP violations');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(workers, [`${sites.noBlob.origin}/triangulate-worker.js`]);
    assert.deepEqual(fallbackNote(log), []);
  });

  it('falls back to the same thread, with a console note, when no worker may start', async () => {
    const {log, workers, csp} = await open(sites.noBlob, '/fallback.html');
    assert.deepEqual(workers, [], 'a worker started although the policy forbids blob: workers');
    // The one thing the policy refused is the blob: worker; the engine then ran in the page.
    assert.ok(csp.length > 0 && csp.every((v) => /^worker-src blocked blob/.test(v)), `violations: ${csp}`);
    assert.equal(fallbackNote(log).length, 1, `console: ${JSON.stringify(log.console)}`);
    assert.equal(fallbackNote(log)[0].type, 'warning');
    assert.deepEqual(log.errors, []);
  });

  it('falls back to the same thread when the worker file named by workerUrl does not load', async () => {
    const {page} = await env.newPage();
    const log = record(page, sites.noBlob.origin);
    await page.goto(`${sites.noBlob.origin}/fallback.html`);
    await waitForResult(page);
    const out = await page.evaluate(async (engineUrl) => {
      const {createEngine} = await import(engineUrl);
      const engine = await createEngine({workerUrl: '/no-such-worker.js'});
      const result = await engine.compare([{id: 'a', text: 'The bridge reopened on Friday.'},
        {id: 'b', text: 'The bridge reopened on Sunday.'}]);
      return {mode: engine.mode, relations: [...result.links.map((l) => l.relation), ...result.conflicts.map(() => 'conflict')]};
    }, `${cdn.origin}/engine/engine.js`);
    assert.deepEqual(out, {mode: 'same-thread', relations: ['conflict']});
    assert.ok(log.console.some((m) => m.type === 'warning' &&
        /could not start \(worker: .*\)\. The engine runs on the page's thread/.test(m.text)),
    JSON.stringify(log.console));
  });
});

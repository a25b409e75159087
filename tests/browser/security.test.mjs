// security.test.mjs — reader text is data, never markup: pasted <img onerror> and <script>
// payloads (in the text and in the titles) show as letters and run nothing; no element is made
// from them; nothing is fetched because of them.

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {openPage, resultCount, screenshot, skipReason, waitForResult} from './helpers.mjs';

const IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1;alert(1)">';
const SCRIPT = '<script>window.__pwned=(window.__pwned||0)+1;alert(2)</script>';
const SVG = '<svg onload="window.__pwned=1"></svg>';

const ARTICLE_A = `Harbour reopens after storm ${IMG}

The harbour at Port Vell reopened on Monday after a storm damaged two piers, officials said. ${SCRIPT}

About 40 boats were moved to shelter before the storm arrived ${SVG}.

Repairs to the piers will cost 2 million euros, the port authority said.`;

const ARTICLE_B = `Port Vell harbour open again

The harbour at Port Vell reopened on Monday after a storm damaged two piers, the port said.

About 60 boats were moved to shelter before the storm arrived.

Repairs to the piers will cost 2 million euros, according to the port authority. ${IMG}`;

describe('pasted markup stays text', {skip: skipReason || false}, () => {
  let env;
  let page;
  let log;

  before(async () => {
    ({env, page, log} = await openPage('/demo/'));
    const n = await resultCount(page);
    await page.locator('#clear').click();
    const panes = page.locator('triangulate-compare .pane');
    await panes.nth(0).locator('input.pane-title').fill(`Title A ${IMG}`);
    await panes.nth(0).locator('textarea').fill(ARTICLE_A);
    await panes.nth(1).locator('input.pane-title').fill(`Title B ${SCRIPT}`);
    await panes.nth(1).locator('textarea').fill(ARTICLE_B);
    await page.locator('triangulate-compare button', {hasText: 'Compare'}).click();
    await waitForResult(page, {after: n});
  });

  after(async () => {
    await env?.close();
  });

  it('shows the payloads as text in the articles and titles', async () => {
    const shown = await page.evaluate(() => {
      const root = document.querySelector('triangulate-compare').shadowRoot;
      return [...root.querySelectorAll('article.source')].map((a) => ({
        title: a.querySelector('.source-title').textContent,
        body: a.querySelector('.article-body').textContent,
      }));
    });
    const result = await page.evaluate(() => document.querySelector('triangulate-compare').result);
    // These inputs are plain text (they do not look like HTML pages): the engine compares them as
    // given and the result carries no converted text. Every payload must then show, letter for letter.
    for (const [i, given] of [ARTICLE_A, ARTICLE_B].entries()) {
      assert.equal(result.sources[i].text, undefined, `article ${i} was converted as HTML`);
      for (const payload of [IMG, SCRIPT, SVG]) {
        if (given.includes(payload)) {
          assert.ok(shown[i].body.includes(payload), `article ${i} does not show ${payload} as text`);
        }
      }
    }
    assert.ok(shown[0].title.includes('<img src=x onerror='), 'the title payload is not shown as text');
    assert.ok(shown[1].title.includes('<script>'), 'the title payload is not shown as text');
    await screenshot(page, 'security-payloads');
  });

  it('creates no element and runs nothing from them', async () => {
    const state = await page.evaluate(() => {
      const root = document.querySelector('triangulate-compare').shadowRoot;
      return {
        pwned: window.__pwned ?? null,
        imgs: root.querySelectorAll('img').length + document.querySelectorAll('img').length,
        scripts: root.querySelectorAll('script').length,
        svgs: root.querySelectorAll('svg').length,
        handlers: [...root.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => /^on/i.test(a.name))).length,
      };
    });
    assert.deepEqual(state, {pwned: null, imgs: 0, scripts: 0, svgs: 0, handlers: 0});
    assert.deepEqual(log.dialogs, [], 'a dialog was opened');
  });

  it('also survives the hover card and the exports', async () => {
    await page.locator('triangulate-compare article.source .unit[role="button"]').first().hover();
    await page.locator('triangulate-compare .card').waitFor({state: 'visible'});
    const pwned = await page.evaluate(() => window.__pwned ?? null);
    assert.equal(pwned, null);
  });

  it('fetches nothing because of them and breaks no CSP rule', () => {
    const paths = log.requests.map((u) => new URL(u, env.origin).pathname);
    assert.ok(!paths.some((p) => p.endsWith('/x')), `the <img src=x> was requested: ${paths}`);
    assert.deepEqual(log.offOrigin(), []);
    assert.deepEqual(log.cspViolations(), []);
    assert.deepEqual(log.errors, []);
  });
});

describe('pasted and dropped HTML pages', {skip: skipReason || false}, () => {
  let env;
  let page;
  let log;

  const PAGE_A = `<!doctype html><html><head><title>Dam report</title><style>p{color:red}</style>
<script>window.__pwned = 'head';</script></head><body>
<nav><a href="https://example.invalid/">Home</a></nav>
<h1>Reservoir dam to be strengthened</h1>
<p>The Brenmoor dam will be strengthened after an inspection found <b>three</b> small leaks, the water board said.</p>
<p>The work will take 18 months and cost &pound;40 million.</p>
<img src="https://example.invalid/pixel.gif" onerror="window.__pwned='img'">
<footer>Share this article</footer></body></html>`;

  const PAGE_B = `<html><body><article><h2>Brenmoor dam repairs</h2>
<p>The Brenmoor dam will be strengthened after an inspection found three small leaks, the water board said.</p>
<p>The work will take 30 months, according to the board.</p></article>
<iframe src="https://example.invalid/frame"></iframe></body></html>`;

  before(async () => {
    ({env, page, log} = await openPage('/demo/'));
    const n = await resultCount(page);
    await page.locator('#clear').click();
    const panes = page.locator('triangulate-compare .pane');
    await panes.nth(0).locator('textarea').fill(PAGE_A);
    // The second page arrives as a dropped .html file.
    const dataTransfer = await page.evaluateHandle((html) => {
      const dt = new DataTransfer();
      dt.items.add(new File([html], 'board-notice.html', {type: 'text/html'}));
      return dt;
    }, PAGE_B);
    await panes.nth(1).dispatchEvent('drop', {dataTransfer});
    await page.waitForFunction(() => document.querySelector('triangulate-compare').sources[1].text.includes('Brenmoor'));
    await page.locator('triangulate-compare button', {hasText: 'Compare'}).click();
    await waitForResult(page, {after: n});
  });

  after(async () => {
    await env?.close();
  });

  it('shows each page as its visible text, with offsets into that text', async () => {
    const out = await page.evaluate(() => {
      const el = document.querySelector('triangulate-compare');
      const root = el.shadowRoot;
      return {
        bodies: [...root.querySelectorAll('article.source .article-body')].map((b) => b.textContent),
        titles: [...root.querySelectorAll('article.source .source-title')].map((t) => t.textContent),
        texts: el.result.sources.map((s) => s.text ?? null),
        units: el.result.sources.map((s) => s.units.filter((u) => u.kind === 'claim')
            .map((u) => [u.text ?? '', (s.text ?? '').slice(u.start, u.end)])),
      };
    });
    for (const body of out.bodies) {
      assert.doesNotMatch(body, /<p>|<h1>|<script|<img|onerror|<iframe/, 'markup is shown');
      assert.match(body, /Brenmoor dam will be strengthened/);
    }
    assert.doesNotMatch(out.bodies[0], /window\.__pwned|p\{color/, 'script or style content is shown');
    assert.match(out.bodies[0], /£40 million/, 'character references are not decoded');
    assert.match(out.titles[1], /board-notice/);
    for (const [i, text] of out.texts.entries()) assert.ok(text, `source ${i} has no visible text in the result`);
    for (const units of out.units) for (const [t, slice] of units) if (t) assert.equal(slice, t);
  });

  it('runs and fetches nothing from the pages', async () => {
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    assert.deepEqual(log.offOrigin(), []);
    assert.deepEqual(log.cspViolations(), []);
    assert.deepEqual(log.errors, []);
  });
});

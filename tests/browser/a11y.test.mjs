// a11y.test.mjs — axe-core over the demo (results drawn, counterparts card open), in the light and
// dark schemes and on a narrow screen, in focus mode, with out-of-date results shown after an
// error, with a long pasted text, and over a result v2 fixture (a source not compared, folded
// runs, the omissions panel): no violation of any impact (WCAG 2.1 A/AA and best practices).
//
// axe is injected with page.evaluate(source): it runs through the DevTools protocol, which the
// page's CSP does not govern, so the page keeps its real policy during the check.

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {skipReason, startEnv, waitForResult} from './helpers.mjs';
import {elementPage, openFixture, resultsDrawn} from './pages.mjs';
import {SOURCES, resultV2} from './fixtures/harbour.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, {
    resultTypes: ['violations'],
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
  }));
  return results.violations
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('accessibility (axe-core)', {skip: skipReason || false}, () => {
  let env;
  before(async () => { env = await startEnv(); });
  after(async () => { await env?.close(); });

  for (const [name, options] of [
    ['light', {colorScheme: 'light'}],
    ['dark', {colorScheme: 'dark'}],
    ['narrow', {viewport: {width: 390, height: 844}}],
  ]) {
    it(`finds no violation (${name})`, async () => {
      const {page} = await env.newPage(options);
      await page.goto(env.url('/demo/'));
      await waitForResult(page);
      assert.deepEqual(await axe(page), []);
      // With a claim's counterparts card open, and with a filter on.
      await page.locator('triangulate-compare article.source .unit[data-status="contested"]').first().click();
      await page.locator('triangulate-compare .card').waitFor({state: 'visible'});
      assert.deepEqual(await axe(page), []);
      await page.keyboard.press('Escape');
      await page.locator('triangulate-compare .filters label', {hasText: 'Only conflicts'}).click();
      assert.deepEqual(await axe(page), []);
    });
  }

  for (const [name, options] of [['light', {colorScheme: 'light'}], ['dark', {colorScheme: 'dark'}]]) {
    it(`finds none in focus mode, out-of-date results and a long pasted text (${name})`, async () => {
      const {page} = await env.newPage(options);
      await page.goto(env.url('/demo/'));
      await waitForResult(page);
      await page.selectOption('#focus', 'newsloop');
      await page.waitForFunction(() => document.querySelector('triangulate-compare').shadowRoot.querySelector('.omissions'));
      assert.deepEqual(await axe(page), []);
      await page.locator('triangulate-compare article.source.focus .unit[role="button"]').first().click();
      await page.locator('triangulate-compare .card').waitFor({state: 'visible'});
      assert.deepEqual(await axe(page), []);
      await page.keyboard.press('Escape');
      // After an error, with the out-of-date results shown on request.
      await page.evaluate(async () => {
        const el = document.querySelector('triangulate-compare');
        el.engine = {compare: () => Promise.reject(new Error('stopped'))};
        await el.compare().catch(() => {});
      });
      await page.locator('triangulate-compare .stale-toggle').click();
      assert.deepEqual(await axe(page), []);
      // A long text kept out of its box.
      await page.locator('triangulate-compare .editor-toggle').click();
      await page.evaluate(() => {
        const pane = document.querySelector('triangulate-compare').shadowRoot.querySelector('textarea');
        const data = new DataTransfer();
        data.setData('text/plain', 'A long line of text. '.repeat(6000));
        pane.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
      });
      await page.locator('triangulate-compare .pane-large').first().waitFor({state: 'visible'});
      assert.deepEqual(await axe(page), []);
    });
  }

  it('finds none over a result v2 fixture in focus mode (a source not compared, a run folded)', async () => {
    const {page} = await env.newPage();
    const sources = SOURCES.map((s) => (s.id === 'wire' ?
      {...s, text: `${s.text}\n\n${Array.from({length: 6}, () => 'Share this story').join('\n\n')}`} : s));
    const result = resultV2();
    const wire = result.sources.find((s) => s.id === 'wire');
    let at = sources.find((s) => s.id === 'wire').text.indexOf('Share this story');
    for (let i = 0; i < 6; i++) {
      wire.units.push({id: `wire#f${i}`, start: at, end: at + 16, kind: 'boilerplate', role: 'share', text: 'Share this story'});
      at += 18;
    }
    await openFixture(page, env, elementPage({sources, result, attrs: 'focus="ledger"'}));
    await resultsDrawn(page, 1);
    assert.equal(await page.locator('triangulate-compare .run-toggle').count(), 1);
    assert.deepEqual(await axe(page), []);
    await page.locator('triangulate-compare .run-toggle').click();
    await page.locator('triangulate-compare .warnings summary').click();
    assert.deepEqual(await axe(page), []);
  });

  it('names its controls and regions', async () => {
    const {page} = await env.newPage();
    await page.goto(env.url('/demo/'));
    await waitForResult(page);
    let snapshot = await page.locator('triangulate-compare').ariaSnapshot();
    for (const expected of [/navigation "Skip links"/, /link "Skip to conflicts"/, /link "Skip to the articles"/,
      /region "Conflicts/, /radiogroup "Highlight"/, /button "Edit sources"/,
      /link "Export conflicts as CSV"/, /table "Agreement between sources"/, /region "The articles"/]) {
      assert.match(snapshot, expected);
    }
    await page.locator('triangulate-compare .editor-toggle').click();
    snapshot = await page.locator('triangulate-compare').ariaSnapshot();
    for (const expected of [/textbox "Text or HTML of source 1"/, /button "Remove source 1"/,
      /button "Hide sources" \[expanded\]/]) {
      assert.match(snapshot, expected);
    }
  });
});

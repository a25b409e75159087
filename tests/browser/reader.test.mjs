// reader.test.mjs — the demo as a reader meets it, in Chromium: after Compare the first conflict
// is on the first screen (desktop and phone); the keyboard reaches the first claim within 5 Tabs
// through a skip link; results out of date are marked while computing and folded away after an
// error; messages say what is wrong in the reader's terms and name the empty panes left out;
// renaming a source does not compare again. Saves screenshots (light, dark, narrow) of the first
// screen and the whole page.

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {resultCount, screenshot, skipReason, startEnv, waitForResult} from './helpers.mjs';

/** Opens the editor when it is folded into its one-line bar. */
async function openEditor(page) {
  const toggle = page.locator('triangulate-compare .editor-toggle');
  if (await toggle.getAttribute('aria-expanded') === 'false') await toggle.click();
}

/** Where the first conflict is on the screen: its head and first quote, and the viewport. */
function firstConflict() {
  const root = document.querySelector('triangulate-compare').shadowRoot;
  const dispute = root.querySelector('.dispute');
  const head = dispute.querySelector('.dispute-head').getBoundingClientRect();
  const quote = dispute.querySelector('.quote').getBoundingClientRect();
  const summary = root.querySelector('.summary-bar').getBoundingClientRect();
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return {summaryTop: summary.top, headTop: head.top, quoteBottom: quote.bottom, height: innerHeight,
    focused: active?.classList.contains('summary-bar') ? active.getAttribute('aria-labelledby') && active.querySelector('h2').textContent : ''};
}

/** The deepest focused element, described. */
function activeInfo() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return {
    tag: el?.localName ?? null,
    text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
    unit: el?.dataset?.unit ?? null,
    inArticle: Boolean(el?.closest?.('article.source')),
    quote: Boolean(el?.classList?.contains('quote')),
  };
}

describe('the reader’s view on the demo', {skip: skipReason || false}, () => {
  let env;
  before(async () => { env = await startEnv(); });
  after(async () => { await env?.close(); });

  for (const [name, options] of [
    ['light', {viewport: {width: 1280, height: 900}, colorScheme: 'light'}],
    ['dark', {viewport: {width: 1280, height: 900}, colorScheme: 'dark'}],
    ['narrow', {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true}],
  ]) {
    it(`shows the first conflict on the first screen after Compare (${name}, ${options.viewport.width}×${options.viewport.height})`, async () => {
      const {page} = await env.newPage(options);
      await page.goto(env.url('/demo/'));
      await waitForResult(page);
      await openEditor(page);
      const compare = page.locator('triangulate-compare button', {hasText: 'Compare'});
      await compare.scrollIntoViewIfNeeded();
      const n = await resultCount(page);
      await compare.click();
      await waitForResult(page, {after: n});
      const at = await page.evaluate(firstConflict);
      assert.ok(at.summaryTop >= 0 && at.headTop >= 0 && at.quoteBottom <= at.height,
          `the summary and the first conflict are not on the screen: ${JSON.stringify(at)}`);
      assert.equal(at.focused, 'Summary', 'focus did not move to the results');
      await screenshot(page, `reader-${name}`, {fullPage: false});
      await screenshot(page, `reader-${name}-page`);
    });
  }

  it('reaches the first claim, and the first conflict, within 5 Tabs by the skip links', async () => {
    for (const [link, check] of [['Skip to the articles', (a) => a.inArticle && a.unit], ['Skip to conflicts', (a) => a.quote]]) {
      const {page} = await env.newPage();
      await page.goto(env.url('/demo/'));
      await waitForResult(page);
      let tabs = 0;
      let active;
      do {
        await page.keyboard.press('Tab');
        tabs++;
        active = await page.evaluate(activeInfo);
      } while (active.text !== link && tabs < 5);
      assert.equal(active.text, link, `${link} is not within 5 Tabs (stopped on ${JSON.stringify(active)})`);
      await page.keyboard.press('Enter');
      active = await page.evaluate(activeInfo);
      assert.ok(check(active), `${link} led to ${JSON.stringify(active)}`);
      if (active.unit) {
        const card = await page.evaluate(() => !document.querySelector('triangulate-compare').shadowRoot.querySelector('.card').hidden);
        assert.ok(card, 'the claim reached by the skip link shows no card');
      }
    }
  });

  describe('out-of-date results and messages', () => {
    let page;
    before(async () => {
      ({page} = await env.newPage());
      await page.goto(env.url('/demo/'));
      await waitForResult(page);
    });

    const state = () => page.evaluate(() => {
      const root = document.querySelector('triangulate-compare').shadowRoot;
      const results = root.querySelector('.results');
      const note = root.querySelector('.stale-note');
      const content = root.querySelector('.content');
      return {
        stale: results.dataset.stale ?? null,
        note: note.hidden ? null : note.querySelector('.stale-text').textContent,
        contentShown: content.getClientRects().length > 0,
        marked: getComputedStyle(content).filter.includes('grayscale') &&
          getComputedStyle(results, '::after').borderTopStyle === 'dashed',
        error: root.querySelector('.error').hidden ? null : root.querySelector('.error').textContent.replace(/^!\s*/, ''),
        notice: root.querySelector('.note').hidden ? null : root.querySelector('.note').textContent,
      };
    });

    it('marks the results as out of date while a comparison runs', async () => {
      await page.evaluate(() => {
        const el = document.querySelector('triangulate-compare');
        const previous = el.result;
        el.engine = {compare: () => new Promise((resolve) => { window.__release = () => resolve(previous); })};
        window.__pending = el.compare();
      });
      await page.waitForFunction(() => typeof window.__release === 'function');
      const during = await state();
      assert.equal(during.stale, 'busy');
      assert.equal(during.note, 'Updating: these are the results of the previous comparison.');
      assert.ok(during.contentShown && during.marked, JSON.stringify(during));
      await page.evaluate(() => { window.__release(); return window.__pending; });
      const done = await state();
      assert.deepEqual([done.stale, done.note, done.marked], [null, null, false]);
    });

    it('folds the results away after an error, marked out of date, and shows them on request', async () => {
      const message = await page.evaluate(async () => {
        const el = document.querySelector('triangulate-compare');
        el.engine = {compare: () => Promise.reject(new Error('the worker stopped'))};
        try {
          await el.compare();
          return null;
        } catch (e) {
          return e.message;
        }
      });
      assert.equal(message, 'The comparison failed: the worker stopped');
      let s = await state();
      assert.deepEqual([s.stale, s.contentShown, s.error], ['error', false, 'The comparison failed: the worker stopped']);
      assert.equal(s.note, 'The previous results are hidden because they are out of date.');
      await page.locator('triangulate-compare .stale-toggle', {hasText: 'Show them anyway'}).click();
      s = await state();
      assert.deepEqual([s.stale, s.contentShown], ['error', true]);
      assert.equal(s.note, 'Out of date: these results were computed before the problem above.');
      assert.ok(s.marked);
      await screenshot(page, 'reader-stale-error', {fullPage: false});
      await page.evaluate(() => { window.__tri.errors = []; });  // expected: not a failure of what follows
      // The real engine again: a fresh result replaces everything.
      const n = await resultCount(page);
      await page.evaluate(() => {
        const el = document.querySelector('triangulate-compare');
        el.engine = null;
        el.compare();
      });
      await waitForResult(page, {after: n});
      s = await state();
      assert.deepEqual([s.stale, s.note, s.error, s.contentShown], [null, null, null, true]);
    });

    it('says when too few sources have text, and leaves no unmarked result under the message', async () => {
      await openEditor(page);
      const panes = page.locator('triangulate-compare .pane');
      for (let i = 1; i < 5; i++) await panes.nth(i).locator('textarea').fill('');
      await page.locator('triangulate-compare button', {hasText: 'Compare'}).click();
      await page.waitForFunction(() => !document.querySelector('triangulate-compare').shadowRoot.querySelector('.error').hidden);
      const s = await state();
      assert.equal(s.error, 'At least two sources need some text before they can be compared.');
      assert.equal(s.stale, 'error');
      assert.equal(s.contentShown, false);
      await page.evaluate(() => { window.__tri.errors = []; });
    });

    it('names the empty panes it leaves out', async () => {
      const n = await resultCount(page);
      await page.locator('#load-samples').click();
      await waitForResult(page, {after: n});
      await openEditor(page);
      await page.locator('triangulate-compare .editor-actions button', {hasText: 'Add source'}).click();
      await page.locator('triangulate-compare .pane').nth(5).locator('textarea').fill('   \n  ');
      const m = await resultCount(page);
      await page.locator('triangulate-compare button', {hasText: 'Compare'}).click();
      await waitForResult(page, {after: m});
      const s = await state();
      assert.equal(s.notice, 'Source 6 is empty and was left out.');
      assert.equal(await page.locator('triangulate-compare article.source').count(), 5);
    });

    it('says which source is too long, in megabytes, before loading or sending anything', async () => {
      const out = await page.evaluate(async () => {
        const el = document.querySelector('triangulate-compare');
        el.editable = false;  // no pane needs to hold 17 MB for this
        const sources = el.sources.slice(0, 2);
        sources.push({id: 'huge', title: 'Huge', text: 'x'.repeat(17825903)});
        el.manual = true;
        el.sources = sources;
        let message = null;
        try {
          await el.compare();
        } catch (e) {
          message = e.message;
        }
        return {message, busy: el.busy};
      });
      assert.deepEqual(out, {message: 'Source 3 (Huge) is too long: 17.8 MB of text; the limit is 9.4 MB.', busy: false});
      const s = await state();
      assert.equal(s.error, out.message);
      assert.equal(s.stale, 'error');
    });
  });

  it('keeps a long pasted text out of the text box until the reader asks, and compares it', async () => {
    const {page} = await env.newPage();
    await page.goto(env.url('/demo/'));
    await waitForResult(page);
    await openEditor(page);
    const long = Array.from({length: 3000}, (_, i) => `Line ${i + 1}: the ferry timetable was printed again.`).join('\n\n');
    await page.evaluate((text) => {
      const pane = document.querySelector('triangulate-compare').shadowRoot.querySelectorAll('textarea')[1];
      pane.focus();
      pane.select();
      const data = new DataTransfer();
      data.setData('text/plain', text);
      pane.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }, long);
    const pane = page.locator('triangulate-compare .pane').nth(1);
    assert.equal(await pane.locator('textarea').isVisible(), false);
    const kB = (Buffer.byteLength(long) / 1000).toFixed(1);
    assert.equal(await pane.locator('.large-note').textContent(),
        `Source 2 holds a long text (about ${kB} kB): it is kept as given, and not shown in the box so that the page stays quick.`);
    assert.equal(await page.evaluate(() => document.querySelector('triangulate-compare').sources[1].text.length), long.length);
    const n = await resultCount(page);
    await page.locator('triangulate-compare button', {hasText: 'Compare'}).click();
    await waitForResult(page, {after: n});
    assert.match(await page.locator('triangulate-compare article.source').nth(1).textContent(), /Line 3000: the ferry timetable/);
    await openEditor(page);
    await pane.locator('.large-edit').click();
    assert.equal(await pane.locator('textarea').inputValue(), long);
    assert.equal(await pane.locator('.pane-large').isVisible(), false);
  });

  it('renames a source everywhere without comparing again', async () => {
    const {page} = await env.newPage();
    await page.goto(env.url('/demo/'));
    await waitForResult(page);
    await page.evaluate(async () => {
      const el = document.querySelector('triangulate-compare');
      const {createEngine} = await import(new URL('/engine/engine.js', location.href).href);
      const real = await createEngine();
      window.__calls = 0;
      el.engine = {compare: (...args) => { window.__calls++; return real.compare(...args); }};
      el.debounce = 0;
    });
    await openEditor(page);
    const title = page.locator('triangulate-compare .pane').first().locator('input.pane-title');
    await title.fill('Aldane Gazette, evening edition');
    const shown = await page.evaluate(() => {
      const root = document.querySelector('triangulate-compare').shadowRoot;
      return [...root.querySelectorAll('[data-title-of="aldane-gazette"]')].map((n) => n.textContent);
    });
    assert.ok(shown.length >= 4, `the title is written in only ${shown.length} places`);
    assert.deepEqual([...new Set(shown)], ['Aldane Gazette, evening edition']);
    // A text edit compares (debounce 0): one comparison in all, so the rename made none.
    const n = await resultCount(page);
    const textarea = page.locator('triangulate-compare .pane').first().locator('textarea');
    await textarea.fill(`${await textarea.inputValue()} Ferry services resumed on Saturday.`);
    await waitForResult(page, {after: n});
    assert.equal(await page.evaluate(() => window.__calls), 1);
    assert.equal(await page.evaluate(() => document.querySelector('triangulate-compare').shadowRoot
        .querySelector('article.source[data-source="aldane-gazette"] .title-text').textContent), 'Aldane Gazette, evening edition');
  });
});

// demo.test.mjs — the demo page with the sample articles, end to end in Chromium: every planted
// conflict of samples/gold.json highlighted in both articles and listed with its reason, the
// counterparts card on hover, the keyboard path, filters, exports, re-compare after an edit, and
// the page's behaviour under its CSP (no violations, no request leaving the origin).

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {cspEvents, norm, openPage, repo, resultCount, screenshot, skipReason, startEnv, waitForResult} from './helpers.mjs';

const goldPath = join(repo, 'samples', 'gold.json');
const gold = existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, 'utf8')) : null;

/** Opens the editor when it is folded into its one-line bar (it folds after each result). */
async function openEditor(page) {
  const toggle = page.locator('triangulate-compare .editor-toggle');
  if (await toggle.getAttribute('aria-expanded') === 'false') await toggle.click();
}

/** In the page: the unit of `sourceId` whose text holds `snippet`, with what the DOM shows of it. */
function inspectUnit([sourceId, snippet]) {
  const el = document.querySelector('triangulate-compare');
  const root = el.shadowRoot;
  const norm = (s) => String(s).replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
  const source = el.result.sources.find((s) => s.id === sourceId);
  if (!source) return {error: `no source ${sourceId}`};
  const text = source.text ?? el.sources.find((s) => s.id === sourceId).text;
  const unit = source.units.find((u) => norm(text.slice(u.start, u.end)).includes(norm(snippet)));
  if (!unit) return {error: `no unit of ${sourceId} holds "${snippet}"`};
  const node = root.querySelector(`article.source[data-source="${CSS.escape(sourceId)}"] [data-unit="${CSS.escape(unit.id)}"]`);
  return {
    id: unit.id,
    shown: Boolean(node && node.getClientRects().length),
    status: node?.dataset.status,
    marks: [...(node?.querySelectorAll('mark.value') ?? [])].map((m) => m.textContent),
  };
}

describe('demo page with the sample articles', {skip: skipReason || false}, () => {
  let env;
  let page;
  let log;

  before(async () => {
    ({env, page, log} = await openPage('/demo/'));
  });

  after(async () => {
    await env?.close();
  });

  it('starts the engine once, beside the samples (TriangulateCompareElement.preload)', async () => {
    const shared = await page.evaluate(async () => {
      const C = customElements.get('triangulate-compare');
      const a = C.preload();
      const b = C.preload();
      const engine = await a;
      return a === b && typeof engine.compare === 'function';
    });
    assert.equal(shared, true);
    assert.equal(page.workers().length, 1);
  });

  it('loads the samples into editable panes and compares them', async () => {
    const panes = await page.locator('triangulate-compare .pane').count();
    assert.equal(panes, 5);
    const articles = await page.locator('triangulate-compare article.source').count();
    assert.equal(articles, 5);
    const legend = await page.locator('triangulate-compare .legend').innerText();
    assert.match(legend, /Corroborated/);
    assert.match(legend, /Contested/);
    assert.match(legend, /single source/i);
    await screenshot(page, 'demo-light');
  });

  it('folds the sources into a one-line bar once compared, and compares again with the Compare button', async () => {
    const bar = page.locator('triangulate-compare .editor-summary');
    assert.equal(await bar.isVisible(), true);
    assert.match(await bar.innerText(), /^5 sources: A ?Aldane Gazette · B ?Bay Radio/);
    assert.equal(await page.locator('triangulate-compare .pane').first().isVisible(), false);
    await openEditor(page);
    assert.equal(await page.locator('triangulate-compare .pane').first().isVisible(), true);
    const n = await resultCount(page);
    await page.locator('triangulate-compare button', {hasText: 'Compare'}).click();
    await waitForResult(page, {after: n});
    assert.equal(await page.locator('triangulate-compare .pane').first().isVisible(), false);
  });

  it('draws the samples first from the result serve.mjs computed, the bytes the engine in the page gives', async () => {
    const {kinds, first} = await page.evaluate(() => window.__tri);
    const served = await page.evaluate(async () => (await fetch('../dist/samples.result.json')).text());
    assert.equal(first, JSON.stringify(JSON.parse(served)), 'the first result drawn is the precomputed one');
    // The Compare of the test above ran the engine in the page on the same samples.
    assert.deepEqual(kinds.slice(0, 2), [true, false], 'drawn as precomputed first, then computed');
    const computed = await page.evaluate(() => JSON.stringify(document.querySelector('triangulate-compare').result));
    assert.equal(computed, first);
  });

  const conflicts = gold?.conflict ?? [];
  it('has planted conflicts to look for', {skip: gold ? false : 'samples/gold.json is missing'}, () => {
    assert.ok(conflicts.length > 0);
  });

  for (const c of conflicts) {
    const name = `${c.type} conflict: ${c.a[0]} "${c.a[1]}" vs ${c.b[0]} "${c.b[1]}"`;
    it(`shows the ${name}`, async () => {
      const a = await page.evaluate(inspectUnit, c.a);
      const b = await page.evaluate(inspectUnit, c.b);
      for (const [side, u, value] of [['a', a, c.values?.[0]], ['b', b, c.values?.[1]]]) {
        assert.equal(u.error, undefined, u.error);
        assert.ok(u.shown, `${side}: unit ${u.id} is not shown in its article`);
        assert.equal(u.status, 'contested', `${side}: unit ${u.id} is drawn as ${u.status}`);
        assert.ok(u.marks.length > 0, `${side}: no value is marked in ${u.id}`);
        if (value) {
          const v = norm(value).toLowerCase();
          assert.ok(u.marks.some((m) => norm(m).toLowerCase().includes(v) || v.includes(norm(m).toLowerCase())),
              `${side}: marks ${JSON.stringify(u.marks)} do not show the value "${value}"`);
        }
      }
      // Listed in the conflicts panel, with its reason.
      const row = page.locator(`triangulate-compare li.conflict[data-unit-a="${a.id}"][data-unit-b="${b.id}"], ` +
          `triangulate-compare li.conflict[data-unit-a="${b.id}"][data-unit-b="${a.id}"]`);
      assert.equal(await row.count(), 1, `no row for ${a.id} / ${b.id} in the conflicts panel`);
      const reason = await row.locator('.pair-reason').textContent();
      assert.ok(reason.trim().length > 0, 'the conflict has no reason');
      const quoted = await page.evaluate(([a, b]) => {
        const root = document.querySelector('triangulate-compare').shadowRoot;
        const row = root.querySelector(`li.conflict[data-unit-a="${a}"][data-unit-b="${b}"], ` +
            `li.conflict[data-unit-a="${b}"][data-unit-b="${a}"]`);
        const dispute = row.closest('li.dispute');
        return [a, b].map((id) => dispute.querySelectorAll(`.quote[data-goto="${id}"] mark.value`).length);
      }, [a.id, b.id]);
      assert.ok(quoted.every((k) => k > 0), `the panel does not quote both claims with their values marked: ${quoted}`);
    });
  }

  it('hovering a contested claim shows its counterparts with the values and the reason', async () => {
    const c = conflicts[0];
    const a = await page.evaluate(inspectUnit, c.a);
    const b = await page.evaluate(inspectUnit, c.b);
    await page.locator(`triangulate-compare article.source [data-unit="${a.id}"]`).hover();
    const card = page.locator('triangulate-compare .card');
    await card.waitFor({state: 'visible'});
    const self = card.locator(`.col[data-relation="self"][data-unit="${a.id}"]`);
    assert.equal(await self.count(), 1);
    const other = card.locator(`.col[data-unit="${b.id}"]`);
    assert.equal(await other.getAttribute('data-relation'), 'conflict');
    assert.ok(await other.locator('mark.value').count() > 0, 'the counterpart has no marked value');
    assert.ok((await other.locator('.reason').innerText()).trim().length > 0, 'no reason shown');
    // The counterpart is outlined in its own article too.
    const outlined = await page.locator(`triangulate-compare article.source [data-unit="${b.id}"]`).getAttribute('class');
    assert.match(outlined, /is-counterpart/);
    await screenshot(page, 'demo-hover', {fullPage: false});
    await page.mouse.move(2, 2);
    await card.waitFor({state: 'hidden'});
  });

  it('works from the keyboard: Tab through claims, arrows between counterparts, Esc closes', async () => {
    await page.locator('triangulate-compare .filters label', {hasText: 'All claims'}).click();
    // Start on the filter: the next Tab stops are the claims.
    await page.locator('triangulate-compare .filters input:checked').focus();
    const active = () => page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const card = document.querySelector('triangulate-compare').shadowRoot.querySelector('.card');
      return {
        unit: el?.dataset?.unit ?? null,
        source: el?.closest?.('article.source')?.dataset.source ?? null,
        expanded: el?.getAttribute?.('aria-expanded') ?? null,
        card: !card.hidden,
        cols: [...card.querySelectorAll('.col')].map((c) => c.dataset.unit),
      };
    });
    let state;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      state = await active();
      if (state.unit && state.cols.length > 1) break;
    }
    assert.ok(state.unit, 'Tab never reached a claim');
    assert.ok(state.card, 'focusing a claim does not show its card');
    assert.equal(state.expanded, 'true', JSON.stringify(state));
    assert.ok(state.cols.length > 1, 'no claim with counterparts was reached');
    const first = state;

    await page.keyboard.press('ArrowRight');
    const next = await active();
    assert.ok(next.unit && next.unit !== first.unit, 'ArrowRight did not move to a counterpart');
    assert.notEqual(next.source, first.source, 'the counterpart is in the same source');
    assert.ok(first.cols.includes(next.unit), `${next.unit} is not among the counterparts ${first.cols}`);
    assert.ok(next.card);

    await page.keyboard.press('ArrowLeft');
    assert.equal((await active()).unit, first.unit, 'ArrowLeft did not come back');

    await page.keyboard.press('Escape');
    const closed = await active();
    assert.equal(closed.card, false, 'Esc did not close the card');
    assert.equal(closed.unit, first.unit, 'Esc moved the focus');

    await page.keyboard.press('Enter');
    assert.equal((await active()).card, true, 'Enter did not open the card');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Tab');
    const after = await active();
    assert.ok(after.unit && after.unit !== first.unit, 'Tab from a claim does not reach the next claim');
    await page.keyboard.press('Escape');
  });

  it('selecting a quote in the conflicts panel focuses the claim in its article', async () => {
    const quote = page.locator('triangulate-compare .dispute .quote').first();
    const id = await quote.getAttribute('data-goto');
    await quote.click();
    const focused = await page.evaluate(() =>
      document.querySelector('triangulate-compare').shadowRoot.activeElement?.dataset.unit);
    assert.equal(focused, id);
    assert.equal(await page.locator('triangulate-compare .card').isVisible(), true);
    await page.keyboard.press('Escape');
  });

  it('filters: only conflicts, only single-source', async () => {
    const tabbable = () => page.evaluate(() => {
      const root = document.querySelector('triangulate-compare').shadowRoot;
      const units = [...root.querySelectorAll('article.source .unit[role="button"]')];
      return units.filter((u) => u.tabIndex === 0).map((u) => u.dataset.status);
    });
    await page.locator('triangulate-compare .filters label', {hasText: 'Only conflicts'}).click();
    let statuses = await tabbable();
    assert.ok(statuses.length > 0);
    assert.deepEqual([...new Set(statuses)], ['contested']);
    assert.equal(await page.locator('triangulate-compare').getAttribute('filter'), 'conflicts');
    await screenshot(page, 'demo-only-conflicts');

    await page.locator('triangulate-compare .filters label', {hasText: 'Only single-source'}).click();
    statuses = await tabbable();
    assert.ok(statuses.length > 0);
    assert.deepEqual([...new Set(statuses)], ['single']);

    await page.locator('triangulate-compare .filters label', {hasText: 'All claims'}).click();
    statuses = await tabbable();
    assert.ok(new Set(statuses).size >= 3, `statuses: ${[...new Set(statuses)]}`);
  });

  it('shows the per-source summary and the agreement matrix with derived copies marked', async () => {
    const rows = await page.locator('triangulate-compare table.summary tbody tr').count();
    assert.equal(rows, 5);
    const cells = await page.locator('triangulate-compare table.matrix tbody td').count();
    assert.equal(cells, 25);
    const result = await page.evaluate(() => document.querySelector('triangulate-compare').result);
    const derived = (result.sourcePairs ?? []).filter((p) => p.derived).length;
    assert.equal(await page.locator('triangulate-compare table.matrix td.derived').count(), derived * 2);
    for (const s of result.sources) {
      const row = page.locator(`triangulate-compare table.summary tr[data-source="${s.id}"] td`);
      const figures = (await row.allInnerTexts()).slice(0, 4).map(Number);
      assert.deepEqual(figures, [s.stats.claims, s.stats.corroborated, s.stats.contested, s.stats.single]);
    }
    if (gold?.derived?.length) {
      const [x, y] = gold.derived[0].map((d) => (Array.isArray(d) ? d[0] : d));
      const ix = result.sources.findIndex((s) => s.id === x);
      const iy = result.sources.findIndex((s) => s.id === y);
      const cls = await page.locator(`triangulate-compare table.matrix tbody tr:nth-child(${ix + 1}) td:nth-of-type(${iy + 1})`).getAttribute('class');
      assert.match(cls ?? '', /derived/, `${x} × ${y} is not marked derived`);
    }
  });

  it('exports the conflicts as JSON, CSV and Markdown without the network', async () => {
    const result = await page.evaluate(() => document.querySelector('triangulate-compare').result);
    // One row per two units on different sides of a dispute, from different sources.
    const sourceOf = (unit) => unit.slice(0, unit.lastIndexOf('#'));
    const pairsOf = (c) => {
      let n = 0;
      for (let x = 0; x < c.sides.length; x++) {
        for (let y = x + 1; y < c.sides.length; y++) {
          for (const a of c.sides[x].units) {
            for (const b of c.sides[y].units) if (sourceOf(a.unit) !== sourceOf(b.unit)) n++;
          }
        }
      }
      return n;
    };
    const rows = result.conflicts.reduce((n, c) => n + pairsOf(c), 0);
    assert.ok(rows > 0, 'the samples have conflicts to export');
    const get = async (label) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`triangulate-compare a[download]`, {hasText: label}).click(),
      ]);
      return {name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8')};
    };
    const json = await get('JSON');
    assert.equal(json.name, 'triangulate-conflicts.json');
    const parsed = JSON.parse(json.text);
    assert.equal(parsed.conflicts.length, rows);
    assert.ok(parsed.conflicts.every((r) => r.reason && r.a.source && r.b.source));
    const csv = await get('CSV');
    assert.equal(csv.name, 'triangulate-conflicts.csv');
    assert.match(csv.text, /^group,type,reason,source_a,/);
    assert.equal(csv.text.trim().split('\r\n').length, rows + 1);
    const md = await get('Markdown');
    assert.equal(md.name, 'triangulate-conflicts.md');
    assert.match(md.text, /^# Conflicts/);
    assert.equal(md.text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Reason') && !l.startsWith('| ---')).length, rows);
  });

  it('re-compares by itself after an edit (debounced)', async () => {
    await openEditor(page);
    const n = await resultCount(page);
    const textarea = page.locator('triangulate-compare .pane textarea').first();
    await textarea.focus();
    await page.keyboard.press('End');
    await textarea.press('Control+End');
    await page.keyboard.type(' A spokesperson said more details would follow.');
    await waitForResult(page, {after: n});
    const text = await page.evaluate(() => document.querySelector('triangulate-compare').result.sources[0].text ??
      document.querySelector('triangulate-compare').sources[0].text);
    assert.match(text, /more details would follow/);
    const body = await page.locator('triangulate-compare article.source').first().textContent();
    assert.match(body, /more details would follow/);
  });

  it('adds and removes panes within 2 to 10', async () => {
    await openEditor(page);
    const panes = page.locator('triangulate-compare .pane');
    const add = page.locator('triangulate-compare .editor-actions button', {hasText: 'Add source'});
    await add.click();
    assert.equal(await panes.count(), 6);
    const focusedTextarea = await page.evaluate(() =>
      document.querySelector('triangulate-compare').shadowRoot.activeElement?.localName);
    assert.equal(focusedTextarea, 'textarea');
    for (let i = 6; i < 10; i++) await add.click();
    assert.equal(await panes.count(), 10);
    assert.equal(await add.isDisabled(), true);
    for (let i = 10; i > 5; i--) await panes.nth(i - 1).locator('button.remove').click();
    assert.equal(await panes.count(), 5);
  });

  it('reads a dropped .txt file into a pane', async () => {
    await openEditor(page);
    const n = await resultCount(page);
    const pane = page.locator('triangulate-compare .pane').nth(4);
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Dropped text: the ferry was carrying 352 passengers and crew on Thursday.'],
          'dropped-report.txt', {type: 'text/plain'}));
      return dt;
    });
    await pane.dispatchEvent('dragover', {dataTransfer});
    await pane.dispatchEvent('drop', {dataTransfer});
    await page.waitForFunction(() => document.querySelector('triangulate-compare').sources[4].text.startsWith('Dropped text'));
    assert.equal(await pane.locator('input.pane-title').inputValue(), 'dropped-report');
    await waitForResult(page, {after: n});
  });

  it('stays within the origin and its CSP, with no errors', async () => {
    assert.deepEqual(log.offOrigin(), [], 'requests left the origin');
    assert.deepEqual(log.cspViolations(), [], 'CSP violations');
    assert.deepEqual(await cspEvents(page), [], 'securitypolicyviolation events');
    assert.deepEqual(log.errors, [], 'uncaught page errors');
    assert.deepEqual(log.consoleErrors(), [], 'console errors');
    const own = log.requests.map((u) => new URL(u).pathname);
    for (const needed of ['/src/define.js', '/src/triangulate-element.js', '/engine/engine.js', '/engine/worker.js']) {
      assert.ok(own.includes(needed), `${needed} was never requested`);
    }
    assert.ok(own.some((p) => p.endsWith('.wasm')), 'the WebAssembly module was never requested');
  });
});

describe('demo page: dark scheme and narrow screens', {skip: skipReason || false}, () => {
  let env;
  before(async () => { env = await startEnv(); });
  after(async () => { await env?.close(); });

  it('follows prefers-color-scheme: dark', async () => {
    const {page, log} = await env.newPage({colorScheme: 'dark'});
    await page.goto(env.url('/demo/'));
    await waitForResult(page);
    const bg = await page.evaluate(() => {
      const root = document.querySelector('triangulate-compare').shadowRoot.querySelector('.source');
      return getComputedStyle(root).backgroundColor;
    });
    const [r, g, b] = bg.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 150, `articles are not dark: ${bg}`);
    await screenshot(page, 'demo-dark');
    assert.deepEqual(log.cspViolations(), []);
  });

  it('lays out for a phone and shows counterparts in a bottom sheet', async () => {
    const {page, log} = await env.newPage({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await page.goto(env.url('/demo/'));
    await waitForResult(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the page scrolls sideways (${width}px)`);
    const columns = await page.evaluate(() => {
      const grid = document.querySelector('triangulate-compare').shadowRoot.querySelector('.articles');
      return getComputedStyle(grid).gridTemplateColumns.split(' ').length;
    });
    assert.equal(columns, 1);
    await screenshot(page, 'demo-narrow');
    const unit = page.locator('triangulate-compare article.source .unit[data-status="contested"]').first();
    await unit.scrollIntoViewIfNeeded();
    await unit.tap();
    const card = page.locator('triangulate-compare .card');
    await card.waitFor({state: 'visible'});
    assert.match(await card.getAttribute('class'), /sheet/);
    await screenshot(page, 'demo-narrow-card', {fullPage: false});
    assert.deepEqual(log.cspViolations(), []);
  });
});

// focus.test.mjs — focus mode in Chromium: the focus article drawn first and large, each of its
// claims tagged (also in, disputed by, only here), the "Reported elsewhere, not here" panel
// grouped and counted; changing the focus redraws without comparing; the demo's focus menu on the
// samples (screenshots saved); and the seed articles with focus 002 (the acceptance of issue 14).

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {openPage, repo, resultCount, screenshot, skipReason, startEnv, waitForResult} from './helpers.mjs';
import {elementPage, openFixture, resultsDrawn} from './pages.mjs';
import {SOURCES, resultV2} from './fixtures/harbour.mjs';

/** In the page: the focus view as drawn — article order, tags, panel. */
function drawnFocus() {
  const root = document.querySelector('triangulate-compare').shadowRoot;
  const clean = (s) => s.replace(/\s+/g, ' ').trim();
  const articles = [...root.querySelectorAll('.articles > article.source')];
  const focus = root.querySelector('article.source.focus');
  return {
    order: articles.map((a) => a.dataset.source),
    wide: focus ? focus.getBoundingClientRect().width > 1.5 * articles[1].getBoundingClientRect().width : false,
    tags: focus ? Object.fromEntries([...focus.querySelectorAll('.unit[role="button"]')].map((u) =>
      [u.dataset.unit, [...u.querySelectorAll('.tag')].map((x) => clean(x.textContent)).join(' ')])) : {},
    spoken: focus ? clean(focus.querySelector('.unit[role="button"] .sr-only')?.textContent ?? '') : '',
    panel: root.querySelector('.omissions') ? {
      title: clean(root.querySelector('.omissions .section-title').textContent),
      groups: [...root.querySelectorAll('.omission-group')].map((g) => ({
        head: clean(g.querySelector('.omission-count').textContent),
        items: [...g.querySelectorAll('.omission')].map((li) => li.dataset.group),
      })),
      claims: [...root.querySelectorAll('.omission .quote-text')].map((q) => clean(q.textContent)),
    } : null,
    summary: clean(root.querySelector('.focus-line')?.textContent ?? ''),
  };
}

describe('focus mode', {skip: skipReason || false}, () => {
  let env;
  before(async () => { env = await startEnv(); });
  after(async () => { await env?.close(); });

  it('draws the focus article first and large, tags its claims, and lists what the others report', async () => {
    const {page, log} = await env.newPage();
    await openFixture(page, env, elementPage({sources: SOURCES, result: resultV2(), attrs: 'focus="ledger"'}));
    await resultsDrawn(page, 1);
    const f = await page.evaluate(drawnFocus);
    assert.deepEqual(f.order, ['ledger', 'quay', 'wire', 'puerto']);
    assert.ok(f.wide, 'the focus article is not drawn large');
    assert.deepEqual(f.tags, {
      'ledger#0': '✓ also in Quay Times and Coastline Wire',
      'ledger#1': '✓ also in Quay Times and Coastline Wire',
      'ledger#2': '≠ disputed by Quay Times and Coastline Wire',
      'ledger#3': '◦ only here',
    });
    assert.equal(f.spoken, '(Also reported by Quay Times and Coastline Wire)');
    assert.deepEqual(f.panel, {
      title: '∅ Reported elsewhere, not here (3)',
      groups: [{head: 'Reported by 2 sources 1', items: ['3']}, {head: 'Reported by 1 source 2', items: ['4', '6']}],
      claims: ['Loading will resume on Friday.', 'Crane falls at Brennock harbour',
        'The harbour master said it was lucky that the quay was empty.'],
    });
    assert.equal(f.summary, 'Focus Harbour Ledger: ✓ 2 corroborated · ≠ 1 contested · ◦ 1 only here · 3 claims reported elsewhere, not here');
    const omission = await page.evaluate(() => document.querySelector('triangulate-compare').shadowRoot
        .querySelector('.omission[data-group="3"] .omission-by').textContent);
    assert.equal(omission, 'Stated by Quay Times and Coastline Wire · 1 independent');

    // Selecting an omitted claim takes the reader to it, with its card.
    await page.locator('triangulate-compare .omission[data-group="6"] .quote').click();
    const active = await page.evaluate(() => document.querySelector('triangulate-compare').shadowRoot.activeElement?.dataset.unit);
    assert.equal(active, 'wire#4');
    await page.keyboard.press('Escape');

    // Another focus: drawn again from the same result, without the engine.
    const n = await resultCount(page);
    await page.evaluate(() => { document.querySelector('triangulate-compare').focus = 'quay'; });
    await page.waitForFunction(() => document.querySelector('triangulate-compare').shadowRoot
        .querySelector('.articles > article.source')?.dataset.source === 'quay');
    const g = await page.evaluate(drawnFocus);
    assert.deepEqual(g.order, ['quay', 'ledger', 'wire', 'puerto']);
    assert.deepEqual(g.panel.groups.flatMap((x) => x.items), ['5', '6']);
    assert.equal(g.tags['quay#3'], '≠ disputed by Harbour Ledger ✓ also in Coastline Wire');
    assert.equal(await resultCount(page), n, 'changing the focus compared again');
    assert.deepEqual(log.requests.filter((u) => /\/(engine|dist)\//.test(new URL(u).pathname)), []);

    // No focus: the ordinary view.
    await page.evaluate(() => { document.querySelector('triangulate-compare').focus = null; });
    await page.waitForFunction(() => !document.querySelector('triangulate-compare').shadowRoot.querySelector('.omissions'));
    assert.deepEqual((await page.evaluate(drawnFocus)).order, ['quay', 'ledger', 'wire', 'puerto']);
  });

  it('says so when the focus names no source, and draws all sources alike', async () => {
    const {page} = await env.newPage();
    await openFixture(page, env, elementPage({sources: SOURCES, result: resultV2(), attrs: 'focus="nowhere"'}));
    await resultsDrawn(page, 1);
    const note = await page.evaluate(() => document.querySelector('triangulate-compare').shadowRoot.querySelector('.note').textContent);
    assert.equal(note, 'There is no source “nowhere” to focus on; all sources are shown alike.');
    assert.equal((await page.evaluate(drawnFocus)).panel, null);
    // A source left out of the comparison cannot be the focus either; a good focus clears the note.
    const notes = [];
    for (const id of ['puerto', 'wire']) {
      await page.evaluate((id) => { document.querySelector('triangulate-compare').focus = id; }, id);
      await page.waitForFunction((id) => document.querySelector('triangulate-compare').shadowRoot
          .querySelector('.articles > article.source')?.dataset.source === (id === 'wire' ? 'wire' : 'quay'), id);
      notes.push(await page.evaluate(() => {
        const note = document.querySelector('triangulate-compare').shadowRoot.querySelector('.note');
        return note.hidden ? null : note.textContent;
      }));
    }
    assert.deepEqual(notes, ['Noticias del Puerto was not compared, so it cannot be read against the others; all sources are shown alike.', null]);
  });

  for (const [name, options] of [['', {}], ['-narrow', {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true}]]) {
    it(`is offered by the demo on the samples${name ? ' (phone)' : ''}`, async () => {
      const {page} = await env.newPage(options);
      await page.goto(env.url('/demo/'));
      await waitForResult(page);
      const offered = await page.locator('#focus option').allTextContents();
      assert.deepEqual(offered, ['No focus: all sources alike', 'Aldane Gazette', 'Bay Radio', 'Newsloop', 'Tidewire', 'Western Herald']);
      await page.selectOption('#focus', 'newsloop');
      await page.waitForFunction(() => document.querySelector('triangulate-compare').shadowRoot
          .querySelector('.articles > article.source.focus')?.dataset.source === 'newsloop');
      const f = await page.evaluate(drawnFocus);
      const result = await page.evaluate(() => document.querySelector('triangulate-compare').result);
      const focus = result.sources.find((s) => s.id === 'newsloop');
      // Every claim of the focus article is tagged.
      const claims = focus.units.filter((u) => u.kind === 'claim' || u.kind === 'headline').map((u) => u.id).sort();
      assert.deepEqual(Object.keys(f.tags).sort(), claims);
      assert.ok(Object.values(f.tags).every((t) => /^(✓ also in|≠ disputed by|◦ only here)/.test(t)), JSON.stringify(f.tags));
      // The panel lists no group that holds a claim of the focus article, and the result's own
      // omissions when it gives them.
      const listed = f.panel.groups.flatMap((g) => g.items);
      assert.ok(listed.length > 0);
      const own = new Set(focus.units.map((u) => u.id));
      for (const id of listed) {
        const group = result.groups.find((g) => String(g.id) === id);
        assert.ok(group && !group.units.some((u) => own.has(u)), `group ${id} holds a claim of the focus article`);
      }
      if (Array.isArray(focus.omissions)) assert.deepEqual(listed, focus.omissions.map(String));
      await screenshot(page, `reader-focus${name}`, {fullPage: false});
      await screenshot(page, `reader-focus${name}-page`);
    });
  }
});

const seedsDir = join(repo, '..', 'shared', 'seeds');
const seeds = existsSync(seedsDir) ?
  readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => ({id: f.slice(0, 3), title: f.slice(0, 3), text: readFileSync(join(seedsDir, f), 'utf8')})) :
  [];

describe('focus mode on the seed articles, focus 002', {skip: skipReason || (seeds.length === 5 ? false : `seed articles not found in ${seedsDir}`)}, () => {
  let env;
  let page;
  let drawn;
  let result;
  before(async () => {
    ({env, page} = await openPage('/demo/'));
    const n = await resultCount(page);
    await page.evaluate((seeds) => {
      const el = document.querySelector('triangulate-compare');
      el.focus = '002';
      el.sources = seeds;
    }, seeds);
    await waitForResult(page, {after: n});
    drawn = await page.evaluate(drawnFocus);
    result = await page.evaluate(() => document.querySelector('triangulate-compare').result);
    await screenshot(page, 'seeds-focus-002');
  });
  after(async () => { await env?.close(); });

  it('tags every claim of 002 and lists only groups without a claim of 002', () => {
    const focus = result.sources.find((s) => s.id === '002');
    const claims = focus.units.filter((u) => u.kind === 'claim' || u.kind === 'headline').map((u) => u.id).sort();
    assert.deepEqual(Object.keys(drawn.tags).sort(), claims);
    const own = new Set(focus.units.map((u) => u.id));
    for (const id of drawn.panel.groups.flatMap((g) => g.items)) {
      const group = result.groups.find((g) => String(g.id) === id);
      assert.ok(group && !group.units.some((u) => own.has(u)), `group ${id} holds a claim of 002`);
    }
  });

  // What this asks of the engine (claim groups that never chain different claims, and omissions
  // in the result) comes with result v2; before it, the test runs and reports as a to-do.
  const v2 = () => Array.isArray(result?.sources?.find((s) => s.id === '002')?.omissions);
  it('lists the carriages, 1959 and Fico claims as reported elsewhere, and nothing 002 states', async (t) => {
    if (!v2()) t.todo('the engine gives no omissions yet (result v2)');
    const claims = drawn.panel.claims;
    for (const [what, re] of [['carriages', /carriage/i], ['1959', /1959/], ['Fico', /Fico/]]) {
      assert.ok(claims.some((c) => re.test(c)), `the ${what} claim is not listed: ${JSON.stringify(claims)}`);
    }
    const stated = claims.filter((c) => /\b2019\b/.test(c) || (/Xi\b/.test(c) && /Putin/.test(c)));
    assert.deepEqual(stated, [], 'claims that 002 itself states are listed');
    assert.deepEqual(drawn.panel.groups.flatMap((g) => g.items),
        result.sources.find((s) => s.id === '002').omissions.map(String));
  });
});

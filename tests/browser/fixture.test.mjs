// fixture.test.mjs — the element drawing hand-written results (fixtures/harbour.mjs, result v2)
// in Chromium: a precomputed result drawn with no request for the engine's files (and the engine
// loaded once the reader edits); conflicts as sides; origins and derived copies in words; a
// source in another language said to be left out; cards and tables that fit (60-character titles,
// 13 counterparts, 10 sources on a phone); long runs folded; the UI text table replaced; hostile
// strings in a result staying text.

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {repo, screenshot, skipReason, startEnv} from './helpers.mjs';
import {elementPage, openFixture, resultsDrawn} from './pages.mjs';
import {SOURCES, resultV2} from './fixtures/harbour.mjs';

const engineFiles = (log) => log.requests.map((u) => new URL(u).pathname)
    .filter((p) => p.startsWith('/engine/') || p.startsWith('/dist/'));

/** In the page: what the element shows, by CSS selector inside its shadow root. */
function texts(selector) {
  const root = document.querySelector('triangulate-compare').shadowRoot;
  return [...root.querySelectorAll(selector)].map((n) => n.textContent.replace(/\s+/g, ' ').trim());
}

/**
 * `n` sources that all report one fact (and two that report it differently), each with a title of
 * `titleLength` characters, as sources and a v2 result with texts: the widest card and table.
 */
function crowd(n, titleLength = 20) {
  const sources = [];
  const units = [];
  for (let i = 0; i < n; i++) {
    const title = `Regional Evening Courier and Gazette edition ${i + 1} `.repeat(3).slice(0, titleLength).trim();
    const claim = `The footbridge over the canal reopened on Monday after repairs (report ${i + 1}).`;
    const text = `${claim} Other news followed in the ${i + 1}th bulletin.`;
    sources.push({id: `s${i + 1}`, title, text});
    units.push({id: `s${i + 1}#0`, start: 0, end: claim.length, kind: 'claim', text: claim});
  }
  const result = {
    schema: 1,
    sources: sources.map((s, i) => ({id: s.id, title: s.title, text: s.text,
      units: [{...units[i], status: 'corroborated', groups: [0]},
        {id: `${s.id}#1`, start: units[i].end + 1, end: s.text.length, kind: 'claim', status: 'single', groups: [i + 1]}]})),
    links: [],
    groups: [{id: 0, units: units.map((u) => u.id), sources: n, independent: n, status: 'corroborated', claim: units[0].id},
      ...sources.map((s, i) => ({id: i + 1, units: [`${s.id}#1`], sources: 1, independent: 1, status: 'single'}))],
    conflicts: [],
    sourcePairs: [],
    warnings: [],
  };
  for (let i = 1; i < n; i++) result.links.push({a: units[0].id, b: units[i].id, score: 0.9, relation: 'agree', discrepancies: []});
  return {sources, result};
}

describe('hand-written results (result v2) in the element', {skip: skipReason || false}, () => {
  let env;
  before(async () => { env = await startEnv(); });
  after(async () => { await env?.close(); });

  it('draws a precomputed result without requesting the engine, and loads it once the reader edits', async () => {
    const {page, log} = await env.newPage();
    await openFixture(page, env, elementPage({sources: SOURCES, result: resultV2(), attrs: 'editable'}));
    await resultsDrawn(page, 1);
    const state = await page.evaluate(() => {
      const el = document.querySelector('triangulate-compare');
      const root = el.shadowRoot;
      return {
        articles: root.querySelectorAll('article.source').length,
        engine: el.result?.engine?.model,
        note: root.querySelector('.precomputed-note')?.textContent,
        disputes: root.querySelectorAll('.dispute').length,
      };
    });
    assert.deepEqual(state, {articles: 4, engine: 'fixture', note: 'Computed when this page was published.', disputes: 1});
    assert.deepEqual(engineFiles(log), [], 'the engine was requested for a precomputed result');
    await screenshot(page, 'fixture-precomputed', {fullPage: true});

    // The reader edits a source: the page's result no longer applies and the engine compares.
    await page.locator('triangulate-compare .editor-toggle').click();
    const textarea = page.locator('triangulate-compare .pane textarea').nth(1);
    await textarea.focus();
    await textarea.press('Control+End');
    await page.keyboard.type(' The crane was built in 1998.');
    await resultsDrawn(page, 2);
    const after = await page.evaluate(() => document.querySelector('triangulate-compare').result);
    assert.notEqual(after.engine?.model, 'fixture');
    assert.ok(engineFiles(log).includes('/engine/engine.js'), 'the engine was not loaded after the edit');
    assert.ok(engineFiles(log).some((p) => p.endsWith('.wasm')));
  });

  const cli = process.env.TRI_CLI || join(repo, 'build', 'cli', 'triangulate');
  it('draws what the command line computed for the README’s publishing recipe, without the engine',
      {skip: existsSync(cli) ? false : `no native CLI at ${cli}`}, async () => {
        const texts = {
          'valley-post': 'Old Mill footbridge closes\n\nThe footbridge over the river was closed on Tuesday after ' +
            'engineers found cracks in two of its supports.\n\nAbout 2,000 people cross the bridge every day, the council said.',
          'lune-courier': 'Cracks shut Old Mill footbridge\n\nThe council closed the footbridge over the river on ' +
            'Wednesday after engineers found cracks in two of its supports.\n\nAround 3,500 people cross the bridge every day.',
        };
        const dir = mkdtempSync(join(tmpdir(), 'tri-publish-'));
        let result;
        try {
          const args = ['--json'];
          for (const [id, text] of Object.entries(texts)) {
            writeFileSync(join(dir, `${id}.txt`), text);
            args.push('--title', id.replace('-', ' '), join(dir, `${id}.txt`));
          }
          result = JSON.parse(execFileSync(cli, args, {encoding: 'utf8'}));
        } finally {
          rmSync(dir, {recursive: true, force: true});
        }
        const {page, log} = await env.newPage();
        const sources = Object.entries(texts).map(([id, text]) => ({id, title: id.replace('-', ' '), text}));
        await openFixture(page, env, elementPage({sources, result, attrs: 'focus="lune-courier"'}));
        await resultsDrawn(page, 1);
        const drawn = await page.evaluate(() => {
          const el = document.querySelector('triangulate-compare');
          return {same: JSON.stringify(el.result), note: el.shadowRoot.querySelector('.precomputed-note')?.textContent ?? null,
            disputes: el.shadowRoot.querySelectorAll('.dispute').length};
        });
        assert.equal(drawn.same, JSON.stringify(result));
        assert.equal(drawn.note, 'Computed when this page was published.');
        assert.ok(drawn.disputes >= 1, 'the date and number conflicts are not drawn');
        assert.deepEqual(engineFiles(log), []);
      });

  it('draws a result set as a property, texts included, with nothing else given', async () => {
    const {page, log} = await env.newPage();
    await openFixture(page, env, elementPage({}));
    const withText = resultV2();
    for (const s of withText.sources) s.text = SOURCES.find((x) => x.id === s.id).text;
    await page.evaluate(async (r) => {
      await customElements.whenDefined('triangulate-compare');
      document.querySelector('triangulate-compare').result = r;
    }, withText);
    await resultsDrawn(page, 1);
    assert.deepEqual(await page.evaluate(texts, 'article.source .source-title .title-text'),
        ['Quay Times', 'Harbour Ledger', 'Coastline Wire', 'Noticias del Puerto']);
    assert.deepEqual(await page.evaluate(() => document.querySelector('triangulate-compare').sources.map((s) => s.id)),
        ['quay', 'ledger', 'wire', 'puerto']);
    assert.deepEqual(engineFiles(log), []);
  });

  it('compares afresh when the precomputed result does not fit the articles, and says why in the console', async () => {
    const {page, log} = await env.newPage();
    const edited = SOURCES.map((s) => (s.id === 'ledger' ? {...s, text: s.text.replace('55 metres', '65 metres')} : s));
    await openFixture(page, env, elementPage({sources: edited, result: resultV2()}));
    await resultsDrawn(page, 1);
    const result = await page.evaluate(() => document.querySelector('triangulate-compare').result);
    assert.notEqual(result.engine?.model, 'fixture');
    assert.ok(log.console.some((m) => m.type === 'warning' && /precomputed result is not drawn: source “ledger”/.test(m.text)),
        JSON.stringify(log.console));
  });

  describe('one page with the harbour result', () => {
    let page;
    let log;
    before(async () => {
      ({page, log} = await env.newPage());
      await openFixture(page, env, elementPage({sources: SOURCES, result: resultV2()}));
      await resultsDrawn(page, 1);
    });

    it('draws the conflict once, each side with its value and how many sources give it', async () => {
      assert.deepEqual(await page.evaluate(texts, '.dispute .dispute-reason'), ['height: 40 metres vs 55 metres']);
      assert.deepEqual(await page.evaluate(texts, '.dispute .side-head'), ['40 metres: 2 sources', '55 metres: 1 source']);
      assert.deepEqual(await page.evaluate(texts, '.dispute .quote mark.value'), ['40 metres', 'about 40 metres', '55 metres']);
      assert.deepEqual(await page.evaluate(texts, '.tally-item'), ['4 sources', '14 claims', '≠1 conflict', '1 not compared']);
    });

    it('says plainly that the source in another language was not compared', async () => {
      const info = await page.evaluate(() => {
        const root = document.querySelector('triangulate-compare').shadowRoot;
        const article = root.querySelector('article.source[data-source="puerto"]');
        return {
          note: article.querySelector('.uncompared-note')?.textContent.trim(),
          claims: article.querySelectorAll('.unit[role="button"], .badge').length,
          statuses: [...article.querySelectorAll('.unit')].map((u) => u.dataset.status),
          row: root.querySelector('table.summary tr[data-source="puerto"]').textContent,
          warning: root.querySelector('.warnings li[data-code="unsupported-language"]')?.textContent,
        };
      });
      assert.match(info.note, /^⊘ Not compared: this text seems to be in Spanish, and only English text is compared so far/);
      assert.equal(info.claims, 0, 'an uncompared source has clickable claims or badges');
      assert.deepEqual(info.statuses, ['uncompared', 'uncompared']);
      assert.match(info.row, /1 not compared/);
      assert.match(info.warning, /^Noticias del Puerto: this source seems to be in Spanish/);
    });

    it('says in words which articles are copies of each other and whom a claim cites', async () => {
      const notes = await page.evaluate(texts, 'article.source .derived-note');
      assert.deepEqual(notes, [
        '≈ Shares much of its wording with Coastline Wire: one is a copy or rewrite of the other, so they are not independent.',
        '≈ Shares much of its wording with Quay Times: one is a copy or rewrite of the other, so they are not independent.',
      ]);
      await page.locator('triangulate-compare article.source [data-unit="ledger#1"]').click();
      const card = page.locator('triangulate-compare .card');
      await card.waitFor({state: 'visible'});
      assert.equal((await card.locator('.card-title').textContent()).trim(),
          '✓ Stated by 3 sources, 1 independent, all citing the port authority');
      await page.keyboard.press('Escape');
      await page.locator('triangulate-compare article.source [data-unit="quay#1"]').click();
      await card.waitFor({state: 'visible'});
      assert.equal((await card.locator('.col[data-source="wire"] .col-derived').textContent()).trim(),
          '≈ a copy or rewrite of Quay Times: not independent');
      assert.equal(await card.locator('.col[data-source="ledger"] .col-derived').count(), 0);
      await page.keyboard.press('Escape');
    });

    it('speaks the language of a table the host gives, and takes single replacements', async () => {
      await page.evaluate(() => {
        const cls = customElements.get('triangulate-compare');
        cls.translations.xx = {
          conflictsTitle: 'Disputes [{n}]',
          sideHead: {one: '{value} — {n} witness', other: '{value} — {n} witnesses'},
          skipConflicts: 'Jump to the disputes',
        };
        document.querySelector('triangulate-compare').setAttribute('lang', 'xx');
      });
      await page.waitForFunction(() => document.querySelector('triangulate-compare').shadowRoot
          .querySelector('.conflicts .section-title')?.textContent.includes('Disputes'));
      assert.deepEqual(await page.evaluate(texts, '.dispute .side-head'), ['40 metres — 2 witnesses', '55 metres — 1 witness']);
      assert.deepEqual(await page.evaluate(texts, '.skip-link'), ['Jump to the disputes', 'Skip to the articles']);
      await page.evaluate(() => { document.querySelector('triangulate-compare').strings = {skipArticles: 'To the texts'}; });
      await page.waitForFunction(() => [...document.querySelector('triangulate-compare').shadowRoot
          .querySelectorAll('.skip-link')].some((a) => a.textContent === 'To the texts'));
      assert.deepEqual(await page.evaluate(texts, '.skip-link'), ['Jump to the disputes', 'To the texts']);
      await page.evaluate(() => {
        const el = document.querySelector('triangulate-compare');
        el.strings = null;
        el.removeAttribute('lang');
      });
      await page.waitForFunction(() => document.querySelector('triangulate-compare').shadowRoot
          .querySelector('.conflicts .section-title')?.textContent.includes('Conflicts'));
      assert.deepEqual(engineFiles(log), [], 'redrawing in another language compared again');
    });
  });

  it('keeps every label of a card whole with 60-character titles', async () => {
    for (const viewport of [{width: 1280, height: 900}, {width: 390, height: 844}]) {
      const {page} = await env.newPage({viewport});
      const {sources, result} = crowd(4, 60);
      await openFixture(page, env, elementPage({sources, result}));
      await resultsDrawn(page, 1);
      await page.locator('triangulate-compare article.source [data-unit="s1#0"]').click();
      await page.locator('triangulate-compare .card').waitFor({state: 'visible'});
      const clipped = await page.evaluate(() => {
        const card = document.querySelector('triangulate-compare').shadowRoot.querySelector('.card');
        const out = [];
        for (const label of card.querySelectorAll('.col-relation, .col-source')) {
          const box = label.getBoundingClientRect();
          const col = label.closest('.col').getBoundingClientRect();
          if (label.scrollWidth > label.clientWidth + 1 || box.right > col.right + 0.5 || box.left < col.left - 0.5) {
            out.push(`${label.className}: "${label.textContent}" ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(col.left)}–${Math.round(col.right)}`);
          }
        }
        return {out, labels: card.querySelectorAll('.col-relation').length};
      });
      assert.equal(clipped.labels, 4);
      assert.deepEqual(clipped.out, [], `clipped at ${viewport.width}px`);
      await screenshot(page, `fixture-card-long-titles-${viewport.width}`, {fullPage: false});
    }
  });

  it('names the clauses of an agreement in part, as text', async () => {
    const {page} = await env.newPage({viewport: {width: 1280, height: 900}});
    const {sources, result} = crowd(2);
    // The second report states the claim inside a longer sentence with markup-like text in it.
    const claim = 'the footbridge over the canal reopened on Monday';
    const second = `Crews <img src=x onerror="window.__pwned=1"> finished, and ${claim}, the council said.`;
    sources[1].text = `${second} Other news followed.`;
    result.sources[1].text = sources[1].text;
    result.sources[1].units[0] = {...result.sources[1].units[0], end: second.length, text: second};
    result.sources[1].units[1] = {...result.sources[1].units[1], start: second.length + 1, end: sources[1].text.length};
    const first = result.sources[0].units[0];
    const at = second.indexOf(claim);
    result.links[0] = {...result.links[0], score: 0.35, clause: {
      a: {start: 0, end: first.end - ' (report 1).'.length, text: first.text.slice(0, first.end - ' (report 1).'.length)},
      b: {start: 0, end: at + claim.length, text: second.slice(0, at + claim.length)}}};
    await openFixture(page, env, elementPage({sources, result}));
    await resultsDrawn(page, 1);
    await page.locator('triangulate-compare article.source [data-unit="s1#0"]').click();
    await page.locator('triangulate-compare .card').waitFor({state: 'visible'});
    const card = await page.evaluate(() => {
      const root = document.querySelector('triangulate-compare').shadowRoot;
      const col = root.querySelector('.card .col[data-unit="s2#0"]');
      return {relation: col.querySelector('.col-relation').textContent, clause: col.querySelector('.col-clause')?.textContent,
        images: root.querySelectorAll('.card img').length, pwned: window.__pwned ?? null};
    });
    assert.match(card.relation, /agrees in part/);
    assert.ok(card.clause?.startsWith('In common:'), card.clause);
    assert.ok(card.clause.includes(`finished, and ${claim}`), card.clause);
    assert.ok(card.clause.includes('The footbridge over the canal reopened on Monday after repairs'), card.clause);
    assert.ok(card.clause.includes('<img src=x'), 'the clause is drawn as text');
    assert.deepEqual([card.images, card.pwned], [0, null]);
  });

  it('scrolls a card with 13 counterparts inside the screen', async () => {
    for (const viewport of [{width: 1280, height: 900}, {width: 390, height: 844}]) {
      const {page} = await env.newPage({viewport});
      const {sources, result} = crowd(14);
      await openFixture(page, env, elementPage({sources, result}));
      await resultsDrawn(page, 1);
      const unit = page.locator('triangulate-compare article.source [data-unit="s7#0"]');
      await unit.scrollIntoViewIfNeeded();
      await unit.click();
      await page.locator('triangulate-compare .card').waitFor({state: 'visible'});
      const box = await page.evaluate(() => {
        const card = document.querySelector('triangulate-compare').shadowRoot.querySelector('.card');
        const r = card.getBoundingClientRect();
        return {top: r.top, bottom: r.bottom, scrolls: card.scrollHeight > card.clientHeight + 1,
          overflow: getComputedStyle(card).overflowY, cols: card.querySelectorAll('.col').length};
      });
      assert.equal(box.cols, 13, 'the card shows the claim and its 12 first counterparts');
      assert.ok(box.top >= 0 && box.bottom <= viewport.height, `the card leaves the screen: ${JSON.stringify(box)}`);
      assert.ok(box.scrolls && box.overflow === 'auto', `the card does not scroll inside: ${JSON.stringify(box)}`);
    }
  });

  it('shows that a wide table scrolls (10 sources on a phone), and only then', async () => {
    for (const viewport of [{width: 390, height: 844}, {width: 1280, height: 900}]) {
      const {page} = await env.newPage({viewport});
      const {sources, result} = crowd(10, 30);
      await openFixture(page, env, elementPage({sources, result}));
      await resultsDrawn(page, 1);
      const boxes = await page.evaluate(() => [...document.querySelector('triangulate-compare').shadowRoot
          .querySelectorAll('.table-box')].map((b) => {
        const wrap = b.querySelector('.table-wrap');
        return {
          label: wrap.getAttribute('aria-label'),
          wider: wrap.scrollWidth > wrap.clientWidth + 1,
          hint: b.querySelector('.scroll-hint').getClientRects().length > 0,
          focusable: wrap.tabIndex === 0,
        };
      }));
      assert.equal(boxes.length, 2);
      for (const b of boxes) {
        assert.equal(b.hint, b.wider, `${viewport.width}px, ${b.label}: hint shown ${b.hint}, table wider ${b.wider}`);
        assert.ok(b.focusable, 'a scrolling table cannot be reached with the keyboard');
      }
      if (viewport.width === 390) {
        assert.ok(boxes.find((b) => b.label === 'Agreement between sources').wider, 'the 10-source matrix fits a phone?');
        await screenshot(page, 'fixture-10-sources-narrow', {fullPage: false});
      }
    }
  });

  it('folds a long run of repeated passages into one line that opens', async () => {
    const {page} = await env.newPage();
    const claim = 'The night ferry to the islands was cancelled on Sunday because of high winds.';
    const repeat = 'Read more: subscribe for unlimited access.';
    const lines = [claim];
    for (let i = 0; i < 3000; i++) lines.push(repeat);
    lines.push('Passengers were offered places on the Monday morning sailing.');
    const text = lines.join('\n\n');
    const units = [];
    let pos = 0;
    for (const [i, line] of lines.entries()) {
      const kind = i === 0 || i === lines.length - 1 ? 'claim' : (i === 1 ? 'boilerplate' : 'duplicate');
      units.push({id: `long#${i}`, start: pos, end: pos + line.length, kind, status: 'single', text: line});
      pos += line.length + 2;
    }
    const other = 'High winds cancelled the night ferry to the islands on Sunday.';
    const result = {schema: 1, sources: [
      {id: 'long', title: 'Island Post', units},
      {id: 'short', title: 'Ferry News', units: [{id: 'short#0', start: 0, end: other.length, kind: 'claim', status: 'single', text: other}]},
    ], links: [], groups: [], sourcePairs: [], warnings: []};
    await openFixture(page, env, elementPage({sources: [{id: 'long', title: 'Island Post', text}, {id: 'short', title: 'Ferry News', text: other}], result}));
    await resultsDrawn(page, 1);
    const folded = await page.evaluate(() => {
      const article = document.querySelector('triangulate-compare').shadowRoot.querySelector('article.source[data-source="long"]');
      return {
        paragraphs: article.querySelectorAll('.article-body p').length,
        runs: [...article.querySelectorAll('.run-toggle')].map((b) => b.textContent.replace(/\s+/g, ' ').trim()),
        units: article.querySelectorAll('.unit').length,
      };
    });
    assert.deepEqual(folded, {paragraphs: 3, units: 2,
      runs: ['⋯ 2,999 repeated passages and 1 piece of page furniture folded away Show']});
    await page.locator('triangulate-compare .run-toggle').click();
    const opened = await page.evaluate(() => {
      const article = document.querySelector('triangulate-compare').shadowRoot.querySelector('article.source[data-source="long"]');
      return {units: article.querySelectorAll('.unit').length, more: article.querySelector('.run-more')?.textContent,
        expanded: article.querySelector('.run-toggle').getAttribute('aria-expanded')};
    });
    assert.deepEqual(opened, {units: 402, more: 'Show 400 more of 2,600', expanded: 'true'});
    await page.locator('triangulate-compare .run-toggle').click();
    assert.equal(await page.locator('triangulate-compare .run-content').first().isVisible(), false);
  });

  it('keeps every string of a result as text (values, origins, reasons, warnings, titles)', async () => {
    const {page, log} = await env.newPage();
    const payload = '<img src=x onerror="window.__owned=1"><b>bold</b>';
    const r = resultV2();
    r.conflicts[0].reason = `height ${payload}`;
    r.conflicts[0].sides[0].value = payload;
    r.groups[1].origins = [payload];
    r.sources[1].title = `Ledger ${payload}`;
    r.warnings[0].message = payload;
    r.sources[1].omissions = [3];
    await openFixture(page, env, elementPage({sources: SOURCES, result: r, attrs: 'focus="ledger"'}));
    await resultsDrawn(page, 1);
    await page.locator('triangulate-compare article.source [data-unit="quay#2"]').click();
    await page.locator('triangulate-compare .card').waitFor({state: 'visible'});
    const found = await page.evaluate(() => {
      const root = document.querySelector('triangulate-compare').shadowRoot;
      return {
        elements: root.querySelectorAll('img, b').length,
        owned: window.__owned ?? null,
        shown: root.textContent.split('<img src=x').length - 1,
      };
    });
    assert.equal(found.elements, 0);
    assert.equal(found.owned, null);
    assert.ok(found.shown >= 5, `the payload is not shown as text everywhere (${found.shown})`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.cspViolations(), []);
  });
});

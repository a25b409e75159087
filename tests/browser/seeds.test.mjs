// seeds.test.mjs — the five real seed articles (../shared/seeds), pasted into the demo like a
// reader would: the carriages conflict between 003 ("10 to 15 carriages") and each of 000, 001
// and 004 ("around/nearly 90 carriages") must be shown in the articles and the conflicts panel.

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {openPage, repo, resultCount, screenshot, skipReason, waitForResult} from './helpers.mjs';

const seedsDir = join(repo, '..', 'shared', 'seeds');
const seeds = existsSync(seedsDir) ?
  readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => ({id: f.replace(/\.txt$/, ''), text: readFileSync(join(seedsDir, f), 'utf8')})) :
  [];
const skip = skipReason || (seeds.length === 5 ? false : `seed articles not found in ${seedsDir}`);

describe('seed articles pasted into the demo', {skip}, () => {
  let env;
  let page;
  let log;

  before(async () => {
    ({env, page, log} = await openPage('/demo/'));
    const n = await resultCount(page);
    await page.locator('#clear').click();
    const add = page.locator('triangulate-compare button', {hasText: 'Add source'});
    for (let i = 2; i < seeds.length; i++) await add.click();
    const panes = page.locator('triangulate-compare .pane');
    for (const [i, s] of seeds.entries()) {
      await panes.nth(i).locator('input.pane-title').fill(s.id);
      await panes.nth(i).locator('textarea').fill(s.text);
    }
    await page.locator('triangulate-compare button', {hasText: 'Compare'}).click();
    await waitForResult(page, {after: n});
  });

  after(async () => {
    await env?.close();
  });

  for (const other of ['000', '001', '004']) {
    it(`shows the carriages conflict between 003 and ${other}`, async () => {
      const found = await page.evaluate((other) => {
        const el = document.querySelector('triangulate-compare');
        const root = el.shadowRoot;
        const text = (id) => {
          const s = el.result.sources.find((x) => x.id === id) ?? {};
          return s.text ?? el.sources.find((x) => x.id === id).text;
        };
        // The panes were given the file names as titles; the element chose the ids.
        const idOf = (prefix) => el.result.sources.find((s) => (s.title || s.id).startsWith(prefix)).id;
        const a = idOf('003');
        const b = idOf(other);
        const rows = [...root.querySelectorAll('li.conflict')].filter((li) =>
          (li.dataset.a === a && li.dataset.b === b) || (li.dataset.a === b && li.dataset.b === a));
        const about = rows.filter((li) => /carriage/i.test(li.textContent) || [li.dataset.unitA, li.dataset.unitB]
            .every((u) => /carriage/i.test(root.querySelector(`article.source [data-unit="${CSS.escape(u)}"]`)?.textContent ?? '')));
        const row = about[0];
        if (!row) return {error: `no carriages conflict between ${a} and ${b} in the panel`, rows: rows.map((r) => r.textContent)};
        const units = [row.dataset.unitA, row.dataset.unitB].map((u) => {
          const node = root.querySelector(`article.source [data-unit="${CSS.escape(u)}"]`);
          return {status: node?.dataset.status, marks: [...node.querySelectorAll('mark.value')].map((m) => m.textContent)};
        });
        return {reason: row.querySelector('.pair-reason').textContent, units, texts: [text(a).length, text(b).length]};
      }, other);
      assert.equal(found.error, undefined, `${found.error} ${JSON.stringify(found.rows ?? '')}`);
      assert.ok(found.reason.trim(), 'the conflict has no reason');
      for (const u of found.units) {
        assert.equal(u.status, 'contested');
        assert.ok(u.marks.some((m) => /\d/.test(m)), `no number marked: ${JSON.stringify(u.marks)}`);
      }
    });
  }

  it('stays within the origin and its CSP', async () => {
    await screenshot(page, 'seeds');
    assert.deepEqual(log.offOrigin(), []);
    assert.deepEqual(log.cspViolations(), []);
    assert.deepEqual(log.errors, []);
  });
});

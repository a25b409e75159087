// embed.test.mjs — the element as a news site would embed it (web/demo/embed.html): sources from
// child <article>s, compared on load; the sources attribute and property; compare(); the
// triangulate-result and triangulate-error events (bubbling, composed); attribute ↔ property
// mirroring; define() under another tag; CSS custom properties and part= hooks; a long input that
// shows progress while the page keeps painting.

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {openPage, repo, resultCount, screenshot, skipReason, waitForResult} from './helpers.mjs';

describe('embedding <triangulate-compare>', {skip: skipReason || false}, () => {
  let env;
  let page;
  let log;

  before(async () => {
    ({env, page, log} = await openPage('/demo/embed.html'));
  });

  after(async () => {
    await env?.close();
  });

  it('compares its child <article>s on load, without an editor', async () => {
    const state = await page.evaluate(() => {
      const el = document.getElementById('embedded');
      const root = el.shadowRoot;
      return {
        sources: el.sources.map((s) => [s.id, s.title]),
        editorHidden: root.querySelector('.editor').hidden,
        titles: [...root.querySelectorAll('.source-title')].map((t) => t.textContent),
        result: Boolean(el.result && el.result.schema === 1),
      };
    });
    assert.deepEqual(state.sources, [['valley-post', 'Valley Post'], ['lune-courier', 'Lune Courier']]);
    assert.equal(state.editorHidden, true);
    assert.deepEqual(state.titles.map((t) => t.replace(/^[A-Z]/, '')), ['Valley Post', 'Lune Courier']);
    assert.equal(state.result, true);
    await screenshot(page, 'embed');
  });

  it('takes sources as a JSON attribute and as a property, and compare() resolves to the result', async () => {
    const out = await page.evaluate(async () => {
      const el = document.getElementById('embedded');
      const seen = [];
      const listener = (e) => seen.push({bubbles: e.bubbles, composed: e.composed, target: e.target.id,
        schema: e.detail.result.schema});
      document.addEventListener('triangulate-result', listener);
      el.manual = true;
      el.setAttribute('sources', JSON.stringify([
        {id: 'one', title: 'One', text: 'The museum reopened on Friday after a two-year renovation. It cost 12 million pounds.'},
        {id: 'two', title: 'Two', text: 'The museum reopened on Saturday after a two-year renovation. The work cost 12 million pounds.'},
      ]));
      const fromAttribute = await el.compare();
      el.sources = [
        {id: 'x', text: 'The ship carried 300 passengers when it left port on Monday.'},
        {id: 'y', text: 'The ship carried 300 passengers when it left port on Monday morning.'},
      ];
      const fromProperty = await el.compare();
      document.removeEventListener('triangulate-result', listener);
      return {
        a: fromAttribute.sources.map((s) => s.id),
        b: fromProperty.sources.map((s) => s.id),
        same: fromProperty === el.result,
        seen,
      };
    });
    assert.deepEqual(out.a, ['one', 'two']);
    assert.deepEqual(out.b, ['x', 'y']);
    assert.equal(out.same, true);
    assert.equal(out.seen.length, 2);
    for (const e of out.seen) assert.deepEqual(e, {bubbles: true, composed: true, target: 'embedded', schema: 1});
  });

  it('reports bad input with triangulate-error and a rejected compare()', async () => {
    const out = await page.evaluate(async () => {
      const el = document.getElementById('embedded');
      const events = [];
      const listener = (e) => events.push({bubbles: e.bubbles, composed: e.composed, message: e.detail.message,
        isError: e.detail.error instanceof Error});
      document.addEventListener('triangulate-error', listener);
      el.setAttribute('sources', '[not json');
      el.sources = [{id: 'only', text: 'One source is not enough.'}];
      let rejected = null;
      try {
        await el.compare();
      } catch (e) {
        rejected = e.message;
      }
      let thrown = null;
      try {
        el.sources = 'nope';
      } catch (e) {
        thrown = e.name;
      }
      document.removeEventListener('triangulate-error', listener);
      window.__tri.errors.length = 0;
      const shown = el.shadowRoot.querySelector('.error').textContent;
      return {events, rejected, thrown, shown};
    });
    assert.equal(out.events.length, 2);
    assert.match(out.events[0].message, /sources attribute/);
    assert.ok(out.events.every((e) => e.bubbles && e.composed && e.isError));
    assert.match(out.rejected, /at least two sources/i);
    assert.equal(out.thrown, 'TypeError');
    assert.match(out.shown, /at least two sources/i);
  });

  it('draws only the latest of overlapping comparisons and is not busy after them', async () => {
    const out = await page.evaluate(async () => {
      const el = document.getElementById('embedded');
      el.manual = true;
      el.sources = [{id: 'p', text: 'The fair opens on Friday. Tickets cost 5 euros.'},
        {id: 'q', text: 'The fair opens on Friday. Tickets cost 7 euros.'}];
      const first = el.compare();
      el.sources = [{id: 'r', text: 'The match ended 2-1. It was played in Leeds.'},
        {id: 's', text: 'The match ended 2-1, in Leeds.'}];
      const second = el.compare();
      const [a, b] = await Promise.all([first, second]);
      return {
        busy: el.busy,
        first: a.sources.map((x) => x.id),
        drawnIsSecond: el.result === b,
        shown: [...el.shadowRoot.querySelectorAll('article.source')].map((x) => x.dataset.source),
      };
    });
    assert.deepEqual(out, {busy: false, first: ['p', 'q'], drawnIsSecond: true, shown: ['r', 's']});
  });

  it('mirrors attributes and properties', async () => {
    const out = await page.evaluate(() => {
      const el = document.getElementById('embedded');
      el.filter = 'conflicts';
      const a = el.getAttribute('filter');
      el.setAttribute('filter', 'single');
      const b = el.filter;
      el.setAttribute('filter', 'bogus');
      const c = el.filter;
      let badFilter = null;
      try {
        el.filter = 'bogus';
      } catch (e) {
        badFilter = e.name;
      }
      el.filter = 'all';
      el.debounce = 250;
      el.editable = true;
      const editable = el.hasAttribute('editable');
      el.editable = false;
      el.theme = 'dark';
      const theme = el.getAttribute('theme');
      el.removeAttribute('theme');
      el.setAttribute('options', '{"minScore": 0.5}');
      const options = el.options;
      el.removeAttribute('options');
      return {a, b, c, badFilter, debounce: el.getAttribute('debounce'), editable, theme, options,
        manual: el.manual};
    });
    assert.deepEqual(out, {a: 'conflicts', b: 'single', c: 'all', badFilter: 'TypeError', debounce: '250',
      editable: true, theme: 'dark', options: {minScore: 0.5}, manual: true});
  });

  it('can be defined under another tag and styled through custom properties and parts', async () => {
    const out = await page.evaluate(async () => {
      const {TriangulateCompareElement} = await import('/src/triangulate-element.js');
      const Other = TriangulateCompareElement.define('other-compare');
      const again = TriangulateCompareElement.define('triangulate-compare');
      const el = document.createElement('other-compare');
      el.style.setProperty('--tri-agree', 'rgb(1, 2, 3)');
      document.querySelector('main').append(el);
      const value = getComputedStyle(el).getPropertyValue('--tri-agree').trim();
      const parts = [...new Set([...document.getElementById('embedded').shadowRoot.querySelectorAll('[part]')]
          .flatMap((p) => p.getAttribute('part').split(' ')))];
      el.remove();
      return {
        defined: customElements.get('other-compare') === Other,
        same: again === customElements.get('triangulate-compare'),
        upgraded: el instanceof TriangulateCompareElement,
        value,
        parts,
      };
    });
    assert.equal(out.defined, true);
    assert.equal(out.same, true);
    assert.equal(out.upgraded, true);
    assert.equal(out.value, 'rgb(1, 2, 3)');
    for (const part of ['root', 'results', 'toolbar', 'legend', 'conflicts', 'source', 'unit', 'card', 'summary', 'matrix']) {
      assert.ok(out.parts.includes(part), `no part="${part}"`);
    }
  });

  it('shows progress on a long input while the page keeps painting', async () => {
    const samples = JSON.parse(readFileSync(join(repo, 'web', 'dist', 'samples.json'), 'utf8'));
    const long = (s, k) => Array.from({length: k}, (_, i) => s.text.replace(/\b(\d+)\b/g, (m) => String(Number(m) + i))).join('\n\n');
    const sources = samples.slice(0, 3).map((s) => ({id: s.id, title: s.title, text: long(s, 120)}));
    const n = await resultCount(page);
    const stats = await page.evaluate(async (sources) => {
      const el = document.getElementById('embedded');
      el.manual = true;
      el.sources = sources;
      let maxGap = 0;
      let sawProgress = false;
      let last = performance.now();
      let running = true;
      const frame = (t) => {
        if (el.busy) {
          maxGap = Math.max(maxGap, t - last);
          const bar = el.shadowRoot.querySelector('.busy');
          if (bar && !bar.hidden && bar.querySelector('[role="progressbar"]')) sawProgress = true;
        }
        last = t;
        if (running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const started = performance.now();
      await el.compare();
      running = false;
      return {maxGap, sawProgress, ms: performance.now() - started,
        chars: sources.reduce((k, s) => k + s.text.length, 0)};
    }, sources);
    await waitForResult(page, {after: n});
    if (stats.ms > 400) {
      assert.ok(stats.sawProgress, `no progress bar during a ${Math.round(stats.ms)} ms comparison`);
    }
    assert.ok(stats.maxGap < 250, `the page froze for ${Math.round(stats.maxGap)} ms while comparing ` +
        `${stats.chars} characters (${Math.round(stats.ms)} ms)`);
  });

  it('stays within the origin and its CSP', () => {
    assert.deepEqual(log.offOrigin(), []);
    assert.deepEqual(log.cspViolations(), []);
    assert.deepEqual(log.errors, []);
  });
});

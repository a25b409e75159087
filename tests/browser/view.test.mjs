// view.test.mjs — the element's pure modules under Node (no browser), on the result v2 shape:
// model.js reads conflicts with sides, origins, derived copies and sources left out, and still
// reads the first shape; focus.js tags the focus article's claims and lists what it omits;
// layout.js folds long runs of furniture; input.js checks sizes in the reader's terms; strings.js
// fills the UI text table.

import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {buildView, counterparts, resultMismatch} from '../../web/src/model.js';
import {focusView} from '../../web/src/focus.js';
import {FOLD_MIN_UNITS, layoutBlocks} from '../../web/src/layout.js';
import {MAX_INPUT_BYTES, MAX_SOURCES, checkSources, utf8Length} from '../../web/src/input.js';
import {EN, tablesFor, translator} from '../../web/src/strings.js';
import {conflictRows} from '../../web/src/export.js';
import * as engineModule from '../../web/engine/module.js';
import {SOURCES, resultV1, resultV2} from './fixtures/harbour.mjs';

const ids = (units) => units.map((u) => u.id);

describe('model.js on result v2', () => {
  const view = buildView(resultV2(), SOURCES);
  const u = (id) => view.units.get(id);

  it('draws each conflict as one dispute with its sides, values and source counts', () => {
    assert.equal(view.disputes.length, 1);
    const [d] = view.disputes;
    assert.deepEqual(d.sides.map((s) => [s.value, s.sources, ids(s.units)]),
        [['40 metres', 2, ['quay#3', 'wire#2']], ['55 metres', 1, ['ledger#2']]]);
    assert.equal(d.reasons[0], 'height: 40 metres vs 55 metres');
    assert.deepEqual(d.types, ['number']);
    assert.equal(d.group, view.groupById.get('2'));
  });

  it('makes every two units on different sides a conflict pair, with their values marked', () => {
    const pairs = view.conflicts.map((c) => [c.a.id, c.b.id]).sort();
    assert.deepEqual(pairs, [['quay#3', 'ledger#2'], ['ledger#2', 'wire#2']].map((p) => p.slice().sort((a, b) =>
      view.units.get(a).source - view.units.get(b).source)).sort());
    for (const id of ['quay#3', 'ledger#2', 'wire#2']) assert.equal(u(id).status, 'contested', id);
    const wire = SOURCES[2].text;
    assert.deepEqual(u('wire#2').marks.map((m) => wire.slice(m.start, m.end)), ['about 40 metres']);
    assert.deepEqual(counterparts(view, u('ledger#2')).map((c) => [c.unit.id, c.relation]),
        [['quay#3', 'conflict'], ['wire#2', 'conflict']]);
    // The export has one row per pair, as before.
    assert.equal(conflictRows(view).length, 2);
  });

  it('does not make the pairs of a large conflict until asked (results grow with units, not pairs)', () => {
    const n = 300;
    const sources = [];
    const sides = [[], []];
    for (let i = 0; i < 2 * n; i++) {
      const text = `The pier is ${i < n ? 40 : 55} metres long.`;
      sources.push({id: `s${i}`, units: [{id: `s${i}#0`, start: 0, end: text.length, kind: 'claim'}], text});
      sides[i < n ? 0 : 1].push({unit: `s${i}#0`, start: 12, end: 14, text: i < n ? '40' : '55'});
    }
    const v = buildView({schema: 1, sources, links: [], groups: [],
      conflicts: [{id: 0, type: 'number', reason: 'length: 40 vs 55', group: -1,
        sides: [{value: '40 metres', units: sides[0]}, {value: '55 metres', units: sides[1]}]}]});
    const [d] = v.disputes;
    assert.equal(v.links.length, 0);
    assert.equal(d.pairCount, n * n);
    assert.equal(d.pairs(24).length, 24);
    assert.equal(counterparts(v, v.units.get('s0#0')).length, n);
    assert.equal(v.matrix, null);  // no source x source matrix beyond MATRIX_MAX sources
    assert.equal(v.conflicts.length, n * n);  // the exports' rows, made when asked for
  });

  it('keeps the origins of a group and the derived copies of a source', () => {
    assert.deepEqual(u('ledger#1').origins, ['the port authority']);
    assert.deepEqual([u('ledger#1').count, u('ledger#1').independent], [3, 1]);
    assert.deepEqual(view.sources[0].derivedWith, [2]);
    assert.deepEqual(view.sources[2].derivedWith, [0]);
    assert.deepEqual(view.sources[1].derivedWith, []);
    assert.equal(view.matrix[0][2].wording, 0.85);
  });

  it('leaves a source that was not compared out of every relation', () => {
    const puerto = view.sources[3];
    assert.equal(puerto.compared, false);
    assert.equal(puerto.language, 'es');
    assert.deepEqual(puerto.units.map((x) => x.status), ['uncompared', 'uncompared']);
    assert.equal(view.warnings[0].code, 'unsupported-language');
  });

  it('reads the first shape (conflict links) the same way', () => {
    const old = buildView(resultV1(), SOURCES);
    assert.equal(old.disputes.length, 1);
    assert.deepEqual(old.disputes[0].sides.map((s) => [s.sources, ids(s.units)]),
        [[2, ['quay#3', 'wire#2']], [1, ['ledger#2']]]);
    assert.equal(old.disputes[0].sides[0].value, '40 metres');
    assert.equal(old.conflicts.length, view.conflicts.length);
    for (const id of ['quay#3', 'ledger#2', 'wire#2']) assert.equal(old.units.get(id).status, 'contested');
  });

  it('reads a mix: a conflict listed both as an object and as links is drawn once', () => {
    const mixed = resultV2();
    mixed.links.push(...resultV1().links.filter((l) => l.relation === 'conflict'));
    // And a second disputed value given only as a link.
    mixed.links.push({a: 'quay#4', b: 'wire#3', relation: 'conflict', score: 0.5, discrepancies: [
      {type: 'date', a: null, b: null, reason: 'day: Friday vs Friday (invented for the test)'}]});
    const v = buildView(mixed, SOURCES);
    assert.equal(v.conflicts.filter((c) => c.a.id === 'quay#3' || c.b.id === 'quay#3').length, 1);
    assert.equal(v.disputes.length, 2);
    assert.deepEqual(v.disputes.map((d) => d.types[0]), ['number', 'date']);
  });

  it('checks a precomputed result against the texts it is drawn over', () => {
    const result = resultV2();
    assert.equal(resultMismatch(result, SOURCES), '');
    assert.equal(resultMismatch(result, []), 'source “quay” has no text (give it as an article with id="quay" or as sources[].text)');
    const withText = resultV2();
    for (const s of withText.sources) s.text = SOURCES.find((x) => x.id === s.id).text;
    assert.equal(resultMismatch(withText, []), '');
    const edited = SOURCES.map((s) => (s.id === 'ledger' ? {...s, text: s.text.replace('55', '65')} : s));
    assert.match(resultMismatch(result, edited), /“ledger” is not the text the result was computed on/);
    assert.match(resultMismatch(result, [...SOURCES, {id: 'extra', text: 'x'}]), /“extra” that the result does not have/);
    assert.equal(resultMismatch({sources: 'no'}, []), 'it is not a comparison result');
  });
});

describe('focus.js', () => {
  const view = buildView(resultV2(), SOURCES);

  it('tags each claim of the focus article: also in, disputed by, only here', () => {
    const f = focusView(view, 'ledger');
    const names = (list) => list.map((i) => view.sources[i].id);
    const tags = Object.fromEntries([...f.tags].map(([id, t]) => [id, [names(t.also), names(t.disputed), t.only]]));
    assert.deepEqual(tags, {
      'ledger#0': [['quay', 'wire'], [], false],
      'ledger#1': [['quay', 'wire'], [], false],
      'ledger#2': [[], ['quay', 'wire'], false],
      'ledger#3': [[], [], true],
    });
    assert.deepEqual(f.counts, {also: 2, disputed: 1, only: 1});
  });

  it('lists the omissions the result gives, in its order, with who reports them', () => {
    const f = focusView(view, 'ledger');
    assert.equal(f.fromEngine, true);
    assert.deepEqual(f.omissions.map((o) => [o.group.id, o.claim.id, o.count, o.independent]),
        [[3, 'wire#3', 2, 1], [4, 'quay#0', 1, 1], [6, 'wire#4', 1, 1]]);
  });

  it('computes the omissions from the groups when the result has none', () => {
    const r = resultV2();
    for (const s of r.sources) delete s.omissions;
    const f = focusView(buildView(r, SOURCES), 'ledger');
    assert.equal(f.fromEngine, false);
    assert.deepEqual(f.omissions.map((o) => o.group.id), [3, 4, 6]);
    // Nothing the focus article states is listed.
    for (const o of f.omissions) assert.ok(o.units.every((x) => x.source !== 1));
  });

  it('never lists a group that holds a claim of the focus article, whatever the result says', () => {
    const r = resultV2();
    r.sources[1].omissions = [2, 3];  // group 2 holds ledger#2
    const f = focusView(buildView(r, SOURCES), 'ledger');
    assert.deepEqual(f.omissions.map((o) => o.group.id), [3]);
  });

  it('has no focus view for an unknown source or one that was not compared', () => {
    assert.equal(focusView(view, 'nowhere'), null);
    assert.equal(focusView(view, 'puerto'), null);
  });
});

describe('layout.js: folding furniture and repeats', () => {
  /** A source whose text is `parts` joined by blank lines; kinds give each part's unit kind. */
  function source(parts) {
    let text = '';
    const units = [];
    for (const [i, [kind, s]] of parts.entries()) {
      if (i) text += '\n\n';
      units.push({id: `s#${i}`, start: text.length, end: text.length + s.length, kind});
      text += s;
    }
    return {text, units};
  }

  it('folds a long run of repeated paragraphs into one block, and keeps claims and short runs', () => {
    const parts = [['headline', 'Ferry late again'], ['boilerplate', 'By a reporter']];
    for (let i = 0; i < 500; i++) parts.push(['duplicate', 'Subscribe to our newsletter.']);
    parts.push(['claim', 'The ferry left two hours late on Sunday.'], ['boilerplate', 'Share'], ['boilerplate', 'Print']);
    const blocks = layoutBlocks(source(parts));
    // The byline joins the repeats after it; the two short furniture paragraphs at the end stay.
    assert.deepEqual(blocks.map((b) => (b.run ? `run ${b.units}/${b.repeats}/${b.furniture}` : b.pieces.length)),
        [1, 'run 501/500/1', 1, 1, 1]);
  });

  it('folds a stretch inside one paragraph and counts what it holds', () => {
    const claim = 'The ferry left late.';
    let text = claim;
    const units = [{id: 'p#0', start: 0, end: claim.length, kind: 'claim'}];
    for (let i = 1; i <= 6; i++) {
      text += ' ';
      units.push({id: `p#${i}`, start: text.length, end: text.length + 5, kind: i % 2 ? 'duplicate' : 'boilerplate'});
      text += 'Share';
    }
    const [block] = layoutBlocks({text, units});
    assert.equal(block.pieces.length, 3);  // claim, space, the folded stretch
    assert.deepEqual([block.pieces[2].units, block.pieces[2].repeats, block.pieces[2].furniture], [6, 3, 3]);
  });

  it('does not fold fewer than FOLD_MIN_UNITS units', () => {
    const parts = [['claim', 'The ferry left late.']];
    for (let i = 1; i < FOLD_MIN_UNITS; i++) parts.push(['boilerplate', `Advertisement ${i}`]);
    assert.ok(layoutBlocks(source(parts)).every((b) => !b.run));
  });
});

describe('input.js', () => {
  it('has the engine module’s limits', () => {
    assert.equal(MAX_INPUT_BYTES, engineModule.MAX_INPUT_BYTES);
    assert.equal(MAX_SOURCES, engineModule.MAX_SOURCES);
    for (const s of ['plain', 'é', '€', '𝄞', '\ud800x', 'a\udc00']) {
      assert.equal(utf8Length(s), engineModule.utf8Length(engineModule.wellFormed(s)), JSON.stringify(s));
    }
  });

  it('names the empty panes it leaves out', () => {
    const {sources, dropped, problem} = checkSources([
      {id: 'a', title: 'A', text: 'One.'}, {id: 'b', title: 'B', text: ' \n\t '}, {id: 'c', title: '', text: 'Two.'},
      {id: 'd', title: '', text: ''}]);
    assert.deepEqual(sources.map((s) => s.id), ['a', 'c']);
    assert.deepEqual(dropped, [{index: 1, id: 'b', title: 'B'}, {index: 3, id: 'd', title: ''}]);
    assert.equal(problem, null);
  });

  it('says which source is too long, in bytes of UTF-8 as the engine counts them', () => {
    const limit = 1000;
    const table = [
      [[{id: 'a', text: 'x'.repeat(400)}, {id: 'b', text: 'y'.repeat(400)}], null],
      [[{id: 'a', text: 'x'.repeat(400)}, {id: 'b', text: 'é'.repeat(600)}], {code: 'too-long', index: 1, bytes: 1202}],
      [[{id: 'a', text: 'x'.repeat(600)}, {id: 'b', text: 'y'.repeat(600)}], {code: 'too-long-together'}],
    ];
    for (const [panes, expected] of table) {
      const {problem} = checkSources(panes.map((p) => ({title: '', ...p})), {maxBytes: limit});
      if (!expected) assert.equal(problem, null);
      else for (const [k, v] of Object.entries(expected)) assert.equal(problem[k], v, `${k} of ${JSON.stringify(problem)}`);
    }
  });
});

describe('strings.js', () => {
  it('fills placeholders, picks plural forms and formats numbers in the language', () => {
    const t = translator([], 'en');
    assert.equal(t('sources', {n: 1}), '1 source');
    assert.equal(t('sources', {n: 1200}), '1,200 sources');
    assert.equal(t('tooLong', {n: 3, title: 'Wire', size: t.size(17825905), limit: t.size(16 * 1024 * 1024)}),
        'Source 3 (Wire) is too long: 17.8 MB of text; the limit is 16.8 MB.');
    assert.equal(t.list(['A', 'B', 'C']), 'A, B, and C');
  });

  it('takes a host’s table, falls back to English key by key, and allows functions', () => {
    const fr = {compare: 'Comparer', sources: {one: '{n} source', other: '{n} sources'},
      conflicts: (p) => `${p.n} conflit${p.n > 1 ? 's' : ''}`};
    const t = translator(tablesFor({en: EN, fr}, 'fr-CA'), 'fr');
    assert.equal(t('compare'), 'Comparer');
    assert.equal(t('sources', {n: 1200}), '1\u202f200 sources');
    assert.equal(t('conflicts', {n: 2}), '2 conflits');
    assert.equal(t('addSource'), 'Add source');
    assert.equal(t('no-such-key'), 'no-such-key');
    assert.deepEqual(tablesFor({en: EN, fr}, 'de'), []);
  });

  it('splits a text into nodes around the placeholders asked for', () => {
    const t = translator([], 'en');
    assert.deepEqual(t.nodes('sources', {n: 5}, {n: (x) => `<${x}>`}), ['<5>', ' sources']);
  });

  it('has every key of the English table used by the element', async () => {
    const {readFileSync} = await import('node:fs');
    const used = new Set();
    for (const file of ['draw.js', 'triangulate-element.js']) {
      const src = readFileSync(new URL(`../../web/src/${file}`, import.meta.url), 'utf8');
      for (const m of src.matchAll(/\bt(?:\.nodes)?\('([A-Za-z]+)'/g)) used.add(m[1]);
      for (const m of src.matchAll(/#stage\('([A-Za-z]+)'\)/g)) used.add(m[1]);
    }
    const missing = [...used].filter((k) => !(k in EN));
    assert.deepEqual(missing, []);
    assert.ok(used.size > 60, `only ${used.size} keys found: the pattern no longer matches the code`);
  });
});

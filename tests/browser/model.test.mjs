// model.test.mjs — the element's pure modules under Node (no browser): model.js turns a result
// into statuses, counterparts, disputes and the matrix; export.js writes JSON, CSV and Markdown.

import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {MATRIX_MAX, buildView, counterparts, layoutSource, mergeSpans} from '../../web/src/model.js';
import {conflictRows, conflictsToCsv, conflictsToJson, conflictsToMarkdown} from '../../web/src/export.js';

const WIRE = 'Train leaves. The train has around 90 carriages. Share this article';
const POST = 'The train has 10 to 15 carriages.\n\nIt left on Monday.';
const BLOG = 'Reportedly the train has about 90 carriages. It left on Monday.';

/** [start, end) of `phrase` in `text`, as the contract's offsets. */
function at(text, phrase) {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return {start, end: start + phrase.length};
}
const unit = (id, text, phrase, kind = 'claim', extra = {}) => ({id, ...at(text, phrase), kind, ...extra});
const value = (text, phrase) => ({...at(text, phrase), text: phrase});

// A hand-made result in the shape of CONTRACT.md.
const RESULT = {
  schema: 1,
  sources: [
    {id: 'wire', title: 'Wire', units: [
      unit('wire#0', WIRE, 'Train leaves.', 'headline'),
      unit('wire#1', WIRE, 'The train has around 90 carriages.'),
      unit('wire#2', WIRE, 'Share this article', 'boilerplate', {role: 'share-prompt'}),
    ], stats: {claims: 2, corroborated: 0, contested: 1, single: 1}},
    {id: 'post', title: 'Post', units: [
      unit('post#0', POST, 'The train has 10 to 15 carriages.'),
      unit('post#1', POST, 'It left on Monday.'),
    ], stats: {claims: 2, corroborated: 1, contested: 1, single: 0}},
    {id: 'blog', units: [
      unit('blog#0', BLOG, 'Reportedly the train has about 90 carriages.'),
      unit('blog#1', BLOG, 'It left on Monday.'),
    ]},
  ],
  links: [
    {a: 'wire#1', b: 'post#0', score: 0.8, relation: 'conflict', discrepancies: [
      {type: 'number', a: value(WIRE, 'around 90 carriages'), b: value(POST, '10 to 15 carriages'),
        reason: 'carriages: about 90 vs 10–15'}]},
    {a: 'wire#1', b: 'blog#0', score: 0.9, relation: 'agree', discrepancies: []},
    {a: 'post#0', b: 'blog#0', score: 0.7, relation: 'conflict', discrepancies: [
      {type: 'number', a: value(POST, '10 to 15 carriages'), b: value(BLOG, 'about 90 carriages'),
        reason: 'carriages: 10–15 vs about 90'}]},
    {a: 'post#1', b: 'blog#1', score: 0.95, relation: 'agree', discrepancies: []},
  ],
  groups: [
    {id: 0, units: ['wire#1', 'post#0', 'blog#0'], sources: 3, independent: 3, status: 'contested'},
    {id: 1, units: ['post#1', 'blog#1'], sources: 2, independent: 1, status: 'corroborated'},
  ],
  sourcePairs: [{a: 'post', b: 'blog', similarity: 0.5, derived: true}],
  warnings: [{source: 'blog', code: 'html-converted', message: 'converted from HTML'}],
};
const INPUTS = [{id: 'wire', title: 'Wire', text: WIRE}, {id: 'post', title: 'Post', text: POST},
  {id: 'blog', title: 'Blog', text: BLOG}];

describe('model.js', () => {
  const view = buildView(RESULT, INPUTS);
  const u = (id) => view.units.get(id);

  it('gives every unit its status', () => {
    const table = [
      ['wire#0', 'single'], ['wire#1', 'contested'], ['wire#2', 'furniture'],
      ['post#0', 'contested'], ['post#1', 'corroborated'], ['blog#0', 'contested'], ['blog#1', 'corroborated'],
    ];
    for (const [id, status] of table) assert.equal(u(id).status, status, id);
  });

  it('counts sources and independent sources', () => {
    assert.deepEqual([u('post#1').count, u('post#1').independent], [2, 1]);
    assert.deepEqual([u('wire#1').count, u('wire#1').independent], [3, 3]);
    assert.equal(u('wire#0').count, 1);
  });

  it('marks the conflicting values, merged per unit', () => {
    assert.deepEqual(u('wire#1').marks, [at(WIRE, 'around 90 carriages')]);
    assert.deepEqual(u('post#0').marks, [at(POST, '10 to 15 carriages')]);
    assert.deepEqual(u('post#1').marks, []);
  });

  it('takes texts and titles from the inputs when the result has none', () => {
    assert.equal(view.sources[2].title, 'Blog');
    assert.equal(u('blog#0').text, 'Reportedly the train has about 90 carriages.');
  });

  it('lists counterparts with their relation, in source order', () => {
    const cps = counterparts(view, u('post#0'));
    assert.deepEqual(cps.map((c) => [c.unit.id, c.relation]), [['wire#1', 'conflict'], ['blog#0', 'conflict']]);
    assert.deepEqual(cps[0].discrepancies[0].mine, value(POST, '10 to 15 carriages'));
    assert.deepEqual(cps[0].discrepancies[0].theirs, value(WIRE, 'around 90 carriages'));
    assert.deepEqual(counterparts(view, u('wire#1')).map((c) => [c.unit.id, c.relation]),
        [['post#0', 'conflict'], ['blog#0', 'agree']]);
    assert.deepEqual(counterparts(view, u('wire#0')), []);
  });

  it('gathers conflicts into disputes with two sides', () => {
    assert.equal(view.conflicts.length, 2);
    assert.equal(view.disputes.length, 1);
    const [d] = view.disputes;
    assert.deepEqual(d.sides.map((side) => side.units.map((x) => x.id)), [['wire#1', 'blog#0'], ['post#0']]);
    assert.deepEqual(d.sides.map((side) => [side.value, side.sources]), [['around 90 carriages', 2], ['10 to 15 carriages', 1]]);
    assert.deepEqual(d.types, ['number']);
    assert.equal(d.reasons.length, 2);
  });

  it('fills the matrix from sourcePairs and links', () => {
    assert.equal(view.matrix[0][0], null);
    assert.deepEqual(view.matrix[1][2], {similarity: 0.5, derived: true, wording: null, shared: null, agree: 1, conflict: 1});
    assert.deepEqual(view.matrix[2][1], view.matrix[1][2]);
    assert.deepEqual(view.matrix[0][1], {similarity: null, derived: false, wording: null, shared: null, agree: 0, conflict: 1});
  });

  it('counts every pair of a summarised group in the matrix, listed or not', () => {
    // Three sources state "It left on Monday."; the engine listed only the links to the group's
    // claim unit (post#1), as it does for groups of many sources.
    const WIRE2 = 'It left on Monday.';
    const sources = [
      {id: 'wire', units: [unit('wire#0', WIRE2, 'It left on Monday.')]},
      RESULT.sources[1], RESULT.sources[2],
    ];
    const links = [
      {a: 'wire#0', b: 'post#1', score: 0.95, relation: 'agree'},
      {a: 'post#1', b: 'blog#1', score: 0.95, relation: 'agree'},
    ];
    const group = {id: 0, units: ['wire#0', 'post#1', 'blog#1'], sources: 3, independent: 3,
      status: 'corroborated', claim: 'post#1'};
    const inputs = [{id: 'wire', title: 'Wire', text: WIRE2}, INPUTS[1], INPUTS[2]];
    const summarised = buildView({...RESULT, sources, links, groups: [{...group, summarised: true}], sourcePairs: []}, inputs);
    for (const [i, j] of [[0, 1], [0, 2], [1, 2]]) {
      assert.equal(summarised.matrix[i][j].agree, 1, `${i}-${j}`);
      assert.equal(summarised.matrix[j][i].agree, 1, `${j}-${i}`);
    }
    assert.equal(summarised.units.get('blog#1').count, 3);
    // Without the mark, only what the links list.
    const listed = buildView({...RESULT, sources, links, groups: [group], sourcePairs: []}, inputs);
    assert.equal(listed.matrix[0][2].agree, 0);
    assert.equal(listed.matrix[0][1].agree, 1);
  });

  it('keeps no matrix beyond MATRIX_MAX sources, and the derived copies from the listed pairs', () => {
    const text = 'The ferry left at dawn.';
    const n = MATRIX_MAX + 1;
    const sources = Array.from({length: n}, (_, i) => ({id: `s${i}`, text,
      units: [{id: `s${i}#0`, start: 0, end: text.length, kind: 'claim'}]}));
    // s1 and s3 copy s0 (listed twice, as a and as b); s2 only shares a claim with s0.
    const sourcePairs = [
      {a: 's0', b: 's1', similarity: 1, derived: true},
      {a: 's0', b: 's2', similarity: 0.5, derived: false},
      {a: 's3', b: 's0', similarity: 1, derived: true},
      {a: 's0', b: 's3', similarity: 1, derived: true},
    ];
    const many = buildView({schema: 1, sources, links: [], groups: [], sourcePairs});
    assert.equal(many.matrix, null);
    assert.deepEqual(many.sources[0].derivedWith, [1, 3]);
    assert.deepEqual(many.sources[3].derivedWith, [0]);
    assert.deepEqual(many.sources[2].derivedWith, []);
    const few = buildView({schema: 1, sources: sources.slice(0, MATRIX_MAX), links: [], groups: [], sourcePairs});
    assert.equal(few.matrix.length, MATRIX_MAX);
    assert.equal(few.matrix[0][3].derived, true);
    assert.deepEqual(few.sources[0].derivedWith, [1, 3]);
  });

  it('computes stats when the engine gives none', () => {
    assert.deepEqual(view.sources[2].stats, {claims: 2, corroborated: 1, contested: 1, single: 0});
    assert.deepEqual(view.sources[0].stats, RESULT.sources[0].stats);
  });

  it('rejects what is not a result', () => {
    assert.throws(() => buildView(null), TypeError);
    assert.throws(() => buildView({error: 'x'}), TypeError);
  });

  it('lays a source out in paragraphs of units and plain text', () => {
    const paragraphs = layoutSource(view.sources[1]);
    assert.deepEqual(paragraphs.map((p) => p.map((x) => x.unit?.id ?? POST.slice(x.start, x.end))),
        [['post#0'], ['post#1']]);
    const wire = layoutSource(view.sources[0]);
    assert.equal(wire.length, 1);
    assert.deepEqual(wire[0].map((x) => x.unit?.id ?? WIRE.slice(x.start, x.end)),
        ['wire#0', ' ', 'wire#1', ' ', 'wire#2']);
  });

  it('merges spans', () => {
    const table = [
      [[], []],
      [[{start: 5, end: 9}, {start: 1, end: 3}], [{start: 1, end: 3}, {start: 5, end: 9}]],
      [[{start: 1, end: 5}, {start: 4, end: 8}, {start: 8, end: 9}], [{start: 1, end: 9}]],
    ];
    for (const [input, expected] of table) assert.deepEqual(mergeSpans(input), expected);
  });
});

describe('model.js: an agreement in part', () => {
  const A = 'The bridge reopened on Friday, and the council praised the crews.';
  const B = 'Crews finished and the bridge reopened on Friday.';
  const result = {
    schema: 1,
    sources: [{id: 'a', units: [unit('a#0', A, A)]}, {id: 'b', units: [unit('b#0', B, B)]}],
    links: [{a: 'a#0', b: 'b#0', score: 0.34, relation: 'agree', discrepancies: [],
      clause: {a: value(A, 'The bridge reopened on Friday'), b: value(B, 'the bridge reopened on Friday')}}],
    groups: [{id: 0, units: ['a#0', 'b#0'], sources: 2, status: 'corroborated'}],
  };
  const view = buildView(result, [{id: 'a', text: A}, {id: 'b', text: B}]);

  it('gives each side its own clause and the other side\'s', () => {
    const fromA = counterparts(view, view.units.get('a#0'));
    assert.equal(fromA.length, 1);
    assert.equal(fromA[0].relation, 'agree');
    assert.deepEqual(fromA[0].clause, {mine: value(A, 'The bridge reopened on Friday'),
      theirs: value(B, 'the bridge reopened on Friday')});
    const fromB = counterparts(view, view.units.get('b#0'));
    assert.deepEqual(fromB[0].clause, {mine: value(B, 'the bridge reopened on Friday'),
      theirs: value(A, 'The bridge reopened on Friday')});
  });

  it('reads a whole agreement as one without a clause', () => {
    const whole = structuredClone(result);
    delete whole.links[0].clause;
    const v = buildView(whole, [{id: 'a', text: A}, {id: 'b', text: B}]);
    assert.equal(counterparts(v, v.units.get('a#0'))[0].clause, null);
  });
});

describe('export.js', () => {
  const view = buildView(RESULT, INPUTS);

  it('has one row per differing value', () => {
    const rows = conflictRows(view);
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[0].a, {source: 'wire', title: 'Wire', unit: 'wire#1',
      claim: 'The train has around 90 carriages.', value: 'around 90 carriages', ...at(WIRE, 'around 90 carriages')});
    assert.equal(rows[0].reason, 'carriages: about 90 vs 10–15');
  });

  it('writes JSON', () => {
    const json = JSON.parse(conflictsToJson(view));
    assert.equal(json.schema, 1);
    assert.deepEqual(json.sources.map((s) => s.id), ['wire', 'post', 'blog']);
    assert.equal(json.conflicts.length, 2);
  });

  it('writes CSV, quoted and safe for spreadsheets', () => {
    const csv = conflictsToCsv(view);
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[0], 'group,type,reason,source_a,title_a,value_a,claim_a,source_b,title_b,value_b,claim_b');
    assert.match(lines[1], /^0,number,carriages: about 90 vs 10–15,wire,Wire,around 90 carriages,/);
    const tricky = buildView({...RESULT, sources: RESULT.sources.map((s, i) => (i === 0 ? {...s, title: '=HYPERLINK("x")'} : s))}, INPUTS);
    assert.match(conflictsToCsv(tricky), /,"'=HYPERLINK\(""x""\)",/);
  });

  it('writes Markdown with escaped cells', () => {
    const md = conflictsToMarkdown(buildView({...RESULT, sources: RESULT.sources.map((s, i) => (i === 0 ? {...s, title: 'A | B'} : s))}, INPUTS));
    assert.match(md, /^# Conflicts\n/);
    assert.match(md, /\| carriages: about 90 vs 10–15 \| A \\\| B \| \*\*around 90 carriages\*\* — The train has around 90 carriages\. \|/);
  });
});

// model.js — turns an engine result (../../shared/CONTRACT.md, schema 1) into what the element
// draws: every unit with its status, its counterparts in other sources and the spans of its
// conflicting values; the disputes (one per disputed value, with its sides); per-source figures,
// derived copies and languages; the source × source matrix.
//
// Both shapes of the result are read: conflicts as `conflicts[]` objects with sides (result v2),
// and conflicts as pairwise `links` with relation "conflict" (the first shape), or a mix of both.
// Every field added by v2 is optional: `groups[].origins`, `sources[].compared`, `.language`,
// `.omissions`, `units[].groups`, `sourcePairs[].wording`/`.shared`.
//
// Pure data in, plain objects out: no DOM, so it can be read (and tested) on its own.
//
// Example:
//   const view = buildView(result, inputs);
//   view.units.get('wire#1').status          // 'contested'
//   view.units.get('wire#1').marks           // [{start: 14, end: 33}]
//   view.disputes[0].sides.map((s) => s.value)  // ['about 90', '10–15']
//   counterparts(view, view.units.get('wire#1')).map((c) => c.unit.id)  // ['post#0', 'blog#0']

import {layoutSource} from './layout.js';

export {layoutSource};

/** Unit kinds that are claims (can be linked); the rest are furniture or repeats. */
export const CLAIM_KINDS = new Set(['claim', 'headline']);

/**
 * Builds the view model. `inputs` are the sources as given to the engine ({id, title, text});
 * they supply a title or text the result leaves out. Throws TypeError when `result` is not a
 * result object (no sources array).
 */
export function buildView(result, inputs = []) {
  const steps = viewSteps(result, inputs);
  for (;;) {
    const {done, value} = steps.next();
    if (done) return value;
  }
}

/**
 * buildView in slices: after each `budget` ms of work it awaits `pause()` (by default the next
 * task), so that a result with 100,000 units never holds the page for long. Same result, same
 * errors (as a rejection).
 */
export async function buildViewAsync(result, inputs = [], {budget = 25, pause = nextTask} = {}) {
  const steps = viewSteps(result, inputs);
  let start = performance.now();
  for (;;) {
    const {done, value} = steps.next();
    if (done) return value;
    if (performance.now() - start > budget) {
      await pause();
      start = performance.now();
    }
  }
}

function nextTask() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The work of buildView as a generator that yields (nothing) every STEP items. */
const STEP = 512;
function* viewSteps(result, inputs) {
  if (!result || typeof result !== 'object' || !Array.isArray(result.sources)) {
    throw new TypeError('not a comparison result: no sources');
  }
  let work = 0;
  const inputById = new Map(inputs.map((s) => [s.id, s]));
  const units = new Map();
  const sources = [];
  for (const [index, s] of result.sources.entries()) {
    if (!s || typeof s !== 'object') throw new TypeError(`not a comparison result: sources[${index}] is not an object`);
    const input = inputById.get(String(s.id)) ?? inputs[index] ?? {};
    const text = typeof s.text === 'string' ? s.text : (typeof input.text === 'string' ? input.text : '');
    const source = {
      index,
      id: String(s.id ?? `source-${index + 1}`),
      title: String(s.title || input.title || s.id || `Source ${index + 1}`),
      text,
      fromHtml: typeof s.text === 'string' && s.text !== input.text,
      compared: s.compared !== false,
      language: typeof s.language === 'string' ? s.language : null,
      omissions: Array.isArray(s.omissions) ? s.omissions : null,
      derivedWith: [],
      units: [],
      stats: null,
    };
    for (const [i, u] of (Array.isArray(s.units) ? s.units : []).entries()) {
      if (++work % STEP === 0) yield;
      if (!u || typeof u !== 'object') continue;
      const start = clamp(u.start, 0, text.length);
      const end = clamp(u.end, start, text.length);
      const unit = {
        id: String(u.id ?? `${source.id}#${i}`),
        source: index,
        index: i,
        start,
        end,
        kind: u.kind ?? 'claim',
        role: u.role ?? '',
        engineStatus: u.status ?? null,
        text: text.slice(start, end),
        group: null,     // the first of `groups`
        groups: [],
        links: [],
        marks: [],
        status: 'single',
        count: 1,
        independent: 1,
        origins: [],
      };
      units.set(unit.id, unit);
      source.units.push(unit);
    }
    source.units.sort((a, b) => a.start - b.start || a.end - b.end);
    sources.push(source);
  }

  const groupById = new Map();
  const groups = [];
  for (const [i, g] of (Array.isArray(result.groups) ? result.groups : []).entries()) {
    if (++work % STEP === 0) yield;
    const members = (Array.isArray(g?.units) ? g.units : []).map((id) => units.get(String(id))).filter(Boolean);
    const distinct = new Set(members.map((u) => u.source)).size;
    const group = {
      id: g?.id ?? i,
      units: members,
      sources: typeof g?.sources === 'number' ? g.sources : distinct,
      independent: typeof g?.independent === 'number' ? g.independent : (typeof g?.sources === 'number' ? g.sources : distinct),
      status: g?.status ?? (distinct > 1 ? 'corroborated' : 'single'),
      origins: Array.isArray(g?.origins) ? g.origins.filter((o) => typeof o === 'string' && o) : [],
      claim: units.get(String(g?.claim)) ?? null,
    };
    groupById.set(String(group.id), group);
    for (const u of members) if (!u.groups.includes(group)) u.groups.push(group);
    groups.push(group);
  }
  // units[].groups (v2) may name groups whose unit lists were left out.
  for (const s of result.sources) {
    for (const u of Array.isArray(s?.units) ? s.units : []) {
      if (++work % STEP === 0) yield;
      if (!Array.isArray(u?.groups)) continue;
      const unit = units.get(String(u.id));
      for (const id of u.groups) {
        const group = groupById.get(String(id));
        if (unit && group && !unit.groups.includes(group)) {
          unit.groups.push(group);
          group.units.push(unit);
        }
      }
    }
  }
  for (const u of units.values()) u.group = u.groups[0] ?? null;

  const links = [];
  const linked = new Set();  // "a b" of every conflict link, to skip the same pair from conflicts[]
  const addLink = (a, b, relation, score, discrepancies, conflictId = null) => {
    const link = {a, b, score, relation, discrepancies, conflict: conflictId};
    links.push(link);
    a.links.push(link);
    b.links.push(link);
    if (relation === 'conflict') {
      linked.add(pairKey(a, b));
      for (const d of discrepancies) {
        if (d.a) a.marks.push(d.a);
        if (d.b) b.marks.push(d.b);
      }
    }
    return link;
  };
  for (const l of Array.isArray(result.links) ? result.links : []) {
    if (++work % STEP === 0) yield;
    const a = units.get(String(l?.a));
    const b = units.get(String(l?.b));
    if (!a || !b || a === b) continue;
    const discrepancies = (Array.isArray(l.discrepancies) ? l.discrepancies : []).map((d) => ({
      type: d?.type ?? 'value',
      reason: d?.reason ?? '',
      a: span(d?.a, sources[a.source].text),
      b: span(d?.b, sources[b.source].text),
    }));
    addLink(a, b, l.relation ?? 'related', l.score ?? 0, discrepancies);
  }

  // Conflicts as objects with sides (v2): each becomes a dispute, and every two units on
  // different sides (and in different sources) a conflict link, unless `links` had it already.
  const disputes = [];
  for (const [i, c] of (Array.isArray(result.conflicts) ? result.conflicts : []).entries()) {
    if (!c || typeof c !== 'object' || !Array.isArray(c.sides)) continue;
    const id = c.id ?? `c${i}`;
    const type = typeof c.type === 'string' ? c.type : 'value';
    const reason = typeof c.reason === 'string' ? c.reason : '';
    const marks = new Map();
    const sides = [];
    for (const side of c.sides) {
      const members = [];
      for (const entry of Array.isArray(side?.units) ? side.units : []) {
        const unit = units.get(String(typeof entry === 'object' && entry ? entry.unit : entry));
        if (!unit || members.some((m) => m.unit === unit)) continue;
        const value = span(entry, sources[unit.source].text);
        members.push({unit, value: value && value.end > value.start ? value : null});
        if (!marks.has(unit.id)) marks.set(unit.id, []);
        if (value && value.end > value.start) marks.get(unit.id).push(value);
      }
      if (!members.length) continue;
      members.sort((x, y) => x.unit.source - y.unit.source || x.unit.start - y.unit.start);
      sides.push({
        value: typeof side.value === 'string' && side.value ? side.value : (members.find((m) => m.value)?.value.text ?? null),
        units: members.map((m) => m.unit),
        sources: new Set(members.map((m) => m.unit.source)).size,
        members,
      });
    }
    if (sides.length < 2) continue;
    const rows = [];
    for (let x = 0; x < sides.length; x++) {
      for (let y = x + 1; y < sides.length; y++) {
        for (const ma of sides[x].members) {
          for (const mb of sides[y].members) {
            if (ma.unit.source === mb.unit.source) continue;
            const [a, b, va, vb] = ma.unit.source < mb.unit.source ||
              (ma.unit.source === mb.unit.source && ma.unit.start <= mb.unit.start) ?
              [ma.unit, mb.unit, ma.value, mb.value] : [mb.unit, ma.unit, mb.value, ma.value];
            const existing = linked.has(pairKey(a, b)) ?
              a.links.find((l) => l.relation === 'conflict' && other(l, a) === b) : null;
            rows.push(existing ?? addLink(a, b, 'conflict', 0, [{type, reason, a: va, b: vb}], id));
          }
        }
      }
    }
    const group = groupById.get(String(c.group)) ?? null;
    for (const side of sides) delete side.members;
    disputes.push({
      id,
      group,
      rows,
      reasons: reason ? [reason] : [],
      types: [type],
      sides,
      marks: new Map([...marks].map(([k, spans]) => [k, mergeSpans(spans)])),
    });
  }

  for (const u of units.values()) {
    if (++work % STEP === 0) yield;
    if (u.marks.length) {
      u.marks = mergeSpans(u.marks.map((m) => ({
        start: clamp(m.start, u.start, u.end),
        end: clamp(m.end, u.start, u.end),
      })).filter((m) => m.end > m.start));
    }
    u.status = unitStatus(u, sources[u.source]);
    if (!u.groups.length && !u.links.length) continue;  // furniture, repeats, lone claims: 1 source
    // Sources that state the same: the groups', plus any agreeing or conflicting link outside them.
    const set = new Set([u.source]);
    let groupSources = 0;
    let independent = 0;
    for (const g of u.groups) {
      for (const s of sourcesOf(g)) set.add(s);
      groupSources = Math.max(groupSources, g.sources);
      independent = Math.max(independent, g.independent);
      for (const o of g.origins) if (!u.origins.includes(o)) u.origins.push(o);
    }
    for (const l of u.links) {
      if (l.relation === 'agree' || l.relation === 'conflict') set.add(other(l, u).source);
    }
    u.count = Math.max(groupSources, set.size);
    u.independent = u.groups.length ? Math.min(independent || u.count, u.count) : u.count;
  }

  // Conflict links that no conflicts[] object covers (the first shape) become disputes too.
  const covered = new Set(disputes.flatMap((d) => d.rows));
  const conflicts = listConflicts(links);
  disputes.push(...groupConflicts(conflicts.filter((c) => !covered.has(c.link))));
  const rank = (d) => (d.group ? groupRank(groups, d.group) : Infinity);
  disputes.sort((x, y) => rank(x) - rank(y) || firstUnit(x) - firstUnit(y));

  for (const [i, s] of result.sources.entries()) {
    sources[i].stats = s.stats && typeof s.stats === 'object' ? s.stats : countStats(sources[i]);
  }

  const matrix = buildMatrix(sources, Array.isArray(result.sourcePairs) ? result.sourcePairs : [], links);
  for (const s of sources) {
    s.derivedWith = matrix[s.index].map((cell, j) => (cell && cell.derived ? j : -1)).filter((j) => j >= 0);
  }

  return {
    schema: result.schema ?? 1,
    engine: result.engine && typeof result.engine === 'object' ? result.engine : null,
    sources,
    units,
    groups,
    groupById,
    links,
    conflicts,
    disputes,
    matrix,
    warnings: (Array.isArray(result.warnings) ? result.warnings : []).map((w) =>
      (typeof w === 'string' ? {source: '', code: '', message: w} : {source: '', code: '', message: '', ...w})),
  };
}

function pairKey(a, b) {
  return a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
}

const sourceSets = new WeakMap();
/** The distinct source indices of a group's units. */
export function sourcesOf(group) {
  let set = sourceSets.get(group);
  if (!set) sourceSets.set(group, set = new Set(group.units.map((u) => u.source)));
  return set;
}

function groupRank(groups, group) {
  const i = groups.indexOf(group);
  return i < 0 ? Infinity : i;
}

function firstUnit(dispute) {
  const u = dispute.sides[0]?.units[0];
  return u ? u.source * 1e9 + u.start : Infinity;
}

/** The unit at the other end of `link` from `unit`. */
export function other(link, unit) {
  return link.a === unit ? link.b : link.a;
}

/**
 * The units of other sources that speak of the same thing as `unit`: its groups and its direct
 * links. Each comes with the relation to `unit` ('conflict', 'agree', 'related', or 'group' for a
 * member of its group without a direct link) and the discrepancies oriented as {mine, theirs,
 * reason}.
 * Sorted by source order, then text order. Empty for furniture and for single-source claims.
 */
export function counterparts(view, unit) {
  const byId = new Map();
  const rank = {conflict: 4, agree: 3, group: 2, related: 1};
  const add = (o, relation, link) => {
    if (o === unit || o.source === unit.source) return;
    if (!view.sources[o.source].compared) return;
    const prev = byId.get(o.id);
    if (prev && rank[prev.relation] >= rank[relation]) return;
    const discrepancies = link ? link.discrepancies.map((d) => ({
      type: d.type,
      reason: d.reason,
      mine: link.a === unit ? d.a : d.b,
      theirs: link.a === unit ? d.b : d.a,
    })) : [];
    byId.set(o.id, {unit: o, relation, score: link ? link.score : null, discrepancies});
  };
  for (const g of unit.groups) {
    for (const o of g.units) add(o, 'group', null);
  }
  for (const l of unit.links) add(other(l, unit), l.relation, l);
  return [...byId.values()].sort((x, y) =>
    x.unit.source - y.unit.source || x.unit.start - y.unit.start);
}

/** The status a unit is drawn with. */
function unitStatus(u, source) {
  if (u.kind === 'boilerplate') return 'furniture';
  if (u.kind === 'duplicate') return 'duplicate';
  if (!CLAIM_KINDS.has(u.kind)) return 'furniture';
  if (!source.compared) return 'uncompared';
  const hasConflict = u.links.some((l) => l.relation === 'conflict');
  // The engine's own verdict on this unit, when the result carries one; a conflict the result
  // lists (as a link or a side) makes it contested whatever the verdict.
  if (hasConflict) return 'contested';
  if (u.engineStatus === 'contested' || u.engineStatus === 'corroborated' ||
      u.engineStatus === 'single') return u.engineStatus;
  if (u.groups.some((g) => g.status === 'contested')) return 'contested';
  if (u.groups.some((g) => g.status === 'corroborated')) return 'corroborated';
  if (u.links.some((l) => l.relation === 'agree')) return 'corroborated';
  return 'single';
}

/** Per-source figures when the engine gave none. */
function countStats(source) {
  const stats = {claims: 0, corroborated: 0, contested: 0, single: 0};
  for (const u of source.units) {
    if (!CLAIM_KINDS.has(u.kind)) continue;
    stats.claims++;
    if (u.status in stats) stats[u.status]++;
  }
  return stats;
}

/**
 * Every conflicting pair of claims with its values, in group order then source order: the rows
 * of the exports (and of each dispute's list of pairs).
 */
function listConflicts(links) {
  const rows = [];
  for (const l of links) {
    if (l.relation !== 'conflict') continue;
    rows.push({
      link: l,
      group: l.a.group ? l.a.group.id : null,
      conflict: l.conflict,
      a: l.a,
      b: l.b,
      score: l.score,
      discrepancies: l.discrepancies,
      reason: l.discrepancies.map((d) => d.reason).filter(Boolean).join('; '),
    });
  }
  const groupKey = (r) => (r.group === null || typeof r.group !== 'number' ? Infinity : r.group);
  return rows.sort((x, y) => groupKey(x) - groupKey(y) || x.a.source - y.a.source ||
      x.b.source - y.b.source || x.a.start - y.a.start);
}

/**
 * Conflict rows of the first shape (pairwise links) gathered into disputes: the claims joined by
 * conflict links, split into the two sides that disagree when that can be done (each side's
 * claims do not conflict among themselves), the larger side first. Same shape as a dispute from
 * conflicts[]: {id, group, rows (the conflict links), reasons, types, sides ([{value, units,
 * sources}], one side when there are more than two versions), marks (unit id → value spans)}.
 */
function groupConflicts(conflicts) {
  const parent = new Map();
  const find = (x) => {
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)));
      x = parent.get(x);
    }
    return x;
  };
  for (const c of conflicts) {
    for (const u of [c.a, c.b]) if (!parent.has(u)) parent.set(u, u);
    const ra = find(c.a);
    const rb = find(c.b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const byRoot = new Map();
  for (const c of conflicts) {
    const root = find(c.a);
    if (!byRoot.has(root)) byRoot.set(root, []);
    byRoot.get(root).push(c);
  }
  const disputes = [];
  for (const rows of byRoot.values()) {
    const units = [];
    const edges = new Map();
    const marks = new Map();
    for (const c of rows) {
      for (const [u, o, key] of [[c.a, c.b, 'a'], [c.b, c.a, 'b']]) {
        if (!edges.has(u)) {
          edges.set(u, []);
          units.push(u);
          marks.set(u.id, []);
        }
        edges.get(u).push(o);
        for (const d of c.discrepancies) if (d[key]) marks.get(u.id).push(d[key]);
      }
    }
    // Two sides when the conflict graph is bipartite (it is for "14 vs 11"); else one list.
    const side = new Map();
    let bipartite = true;
    for (const start of units) {
      if (side.has(start)) continue;
      side.set(start, 0);
      const queue = [start];
      while (queue.length) {
        const u = queue.shift();
        for (const o of edges.get(u)) {
          if (!side.has(o)) {
            side.set(o, 1 - side.get(u));
            queue.push(o);
          } else if (side.get(o) === side.get(u)) {
            bipartite = false;
          }
        }
      }
    }
    const order = (x, y) => x.source - y.source || x.start - y.start;
    let lists;
    if (bipartite) {
      lists = [units.filter((u) => side.get(u) === 0).sort(order), units.filter((u) => side.get(u) === 1).sort(order)];
      const n = (list) => new Set(list.map((u) => u.source)).size;
      if (n(lists[1]) > n(lists[0]) || (n(lists[1]) === n(lists[0]) && lists[1][0].source < lists[0][0].source)) lists.reverse();
    } else {
      lists = [units.slice().sort(order)];
    }
    const merged = new Map([...marks].map(([id, spans]) => [id, mergeSpans(spans)]));
    // A side's value: the value its claims give most often (as written), the first on a tie.
    const valueOf = (list) => {
      if (lists.length < 2) return null;
      const counts = new Map();
      for (const u of list) {
        for (const text of new Set(marks.get(u.id).filter((x) => x && x.text).map((x) => x.text))) {
          counts.set(text, (counts.get(text) ?? 0) + 1);
        }
      }
      let best = null;
      for (const [text, n] of counts) if (!best || n > best[1]) best = [text, n];
      return best ? best[0] : null;
    };
    const distinct = (xs) => [...new Set(xs.filter(Boolean))];
    disputes.push({
      id: null,
      group: rows[0].a.group ?? null,
      rows: rows.map((r) => r.link),
      reasons: distinct(rows.flatMap((c) => c.discrepancies.map((d) => d.reason))),
      types: distinct(rows.flatMap((c) => c.discrepancies.map((d) => d.type))),
      sides: lists.map((list) => ({value: valueOf(list), units: list, sources: new Set(list.map((u) => u.source)).size})),
      marks: merged,
    });
  }
  return disputes;
}

/** n × n cells {similarity, derived, wording, shared, agree, conflict}; null on the diagonal. */
function buildMatrix(sources, pairs, links) {
  const index = new Map(sources.map((s) => [s.id, s.index]));
  const n = sources.length;
  const cells = Array.from({length: n}, (_, i) => Array.from({length: n}, (_, j) =>
    i === j ? null : {similarity: null, derived: false, wording: null, shared: null, agree: 0, conflict: 0}));
  for (const p of pairs) {
    if (!p || typeof p !== 'object') continue;
    const i = typeof p.a === 'number' ? p.a : index.get(String(p.a));
    const j = typeof p.b === 'number' ? p.b : index.get(String(p.b));
    if (i === undefined || j === undefined || i === j || !cells[i] || !cells[j]) continue;
    for (const [x, y] of [[i, j], [j, i]]) {
      cells[x][y].similarity = typeof p.similarity === 'number' ? p.similarity : null;
      cells[x][y].derived = Boolean(p.derived);
      cells[x][y].wording = typeof p.wording === 'number' ? p.wording : null;
      cells[x][y].shared = typeof p.shared === 'number' ? p.shared : null;
    }
  }
  for (const l of links) {
    const i = l.a.source;
    const j = l.b.source;
    if (i === j || (l.relation !== 'agree' && l.relation !== 'conflict')) continue;
    cells[i][j][l.relation]++;
    cells[j][i][l.relation]++;
  }
  return cells;
}

function span(s, text) {
  if (!s || typeof s.start !== 'number' || typeof s.end !== 'number') return null;
  const start = clamp(s.start, 0, text.length);
  const end = clamp(s.end, start, text.length);
  return {start, end, text: typeof s.text === 'string' ? s.text : text.slice(start, end)};
}

/** Sorted, non-overlapping union of spans. */
export function mergeSpans(spans) {
  const sorted = spans.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const out = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({start: s.start, end: s.end});
  }
  return out;
}

function clamp(x, lo, hi) {
  const n = Number.isFinite(x) ? x : lo;
  return Math.min(Math.max(n, lo), hi);
}

/**
 * Why `result` cannot be drawn over the sources `given` ([{id, text}], the articles on the page;
 * may be empty), or '' when it can: the result and `given` must name the same sources (when
 * `given` names any), every source needs a text (the result's own `sources[].text` or the given
 * one), and every unit that quotes its text must quote exactly what its offsets cover. This is how
 * a precomputed result is checked against the page before it is drawn.
 */
export function resultMismatch(result, given = []) {
  if (!result || typeof result !== 'object' || !Array.isArray(result.sources)) return 'it is not a comparison result';
  if (result.sources.length < 2) return 'it has fewer than two sources';
  const texts = new Map(given.map((s) => [String(s.id), s.text]));
  const ids = new Set(result.sources.map((s) => String(s?.id)));
  for (const id of texts.keys()) {
    if (!ids.has(id)) return `the page has a source “${id}” that the result does not have`;
  }
  for (const s of result.sources) {
    const id = String(s?.id);
    const text = typeof s?.text === 'string' ? s.text : texts.get(id);
    if (typeof text !== 'string') {
      return `source “${id}” has no text (give it as an article with id="${id}" or as sources[].text)`;
    }
    for (const u of Array.isArray(s.units) ? s.units : []) {
      if (typeof u?.text !== 'string') continue;
      if (text.slice(u.start, u.end) !== u.text) {
        return `source “${id}” is not the text the result was computed on (unit ${u.id} differs)`;
      }
    }
  }
  return '';
}

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

/**
 * Sources up to which the view holds the source × source matrix (and the element draws it). The
 * engine lists every pair of up to 32 sources; beyond that each source's 31 closest, so a larger
 * matrix would be partly empty as well as unreadable, and it grows with the square of the sources.
 */
export const MATRIX_MAX = 30;

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
        group: null,     // the last of `groups`
        groups: [],
        links: [],
        sides: [],       // [{dispute, side}]: the conflicts[] sides the unit is on
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
      // Its links are listed in summary (more sources than the engine lists every link of): every
      // two of its units from different sources agree, whether or not a link lists it.
      summarised: g?.summarised === true,
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
  // A unit's group, where one is shown: the last that lists it (the command line's exports agree).
  for (const u of units.values()) u.group = u.groups[u.groups.length - 1] ?? null;

  const links = [];
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
    // An agreement in part names the two clauses that state the same thing.
    const clause = l.relation === 'agree' && l.clause ?
      {a: span(l.clause.a, sources[a.source].text), b: span(l.clause.b, sources[b.source].text)} : null;
    const link = {a, b, score: l.score ?? 0, relation: l.relation ?? 'related', discrepancies,
      clause: clause?.a && clause?.b ? clause : null};
    links.push(link);
    a.links.push(link);
    b.links.push(link);
    if (link.relation === 'conflict') {
      for (const d of discrepancies) {
        if (d.a) a.marks.push(d.a);
        if (d.b) b.marks.push(d.b);
      }
    }
  }

  // Conflicts as objects with sides (v2): each becomes a dispute, and each of its units knows its
  // side (unit.sides). Every two units on different sides conflict; those pairs are not made
  // here (a side of 1,000 units against another would make a million) but when asked for:
  // dispute.pairs(limit), view.conflicts.
  const disputes = [];
  for (const [i, c] of (Array.isArray(result.conflicts) ? result.conflicts : []).entries()) {
    if (++work % STEP === 0) yield;
    if (!c || typeof c !== 'object' || !Array.isArray(c.sides)) continue;
    const type = typeof c.type === 'string' ? c.type : 'value';
    const reason = typeof c.reason === 'string' ? c.reason : '';
    const values = new Map();  // unit id → its value span in this conflict
    const sides = [];
    for (const side of c.sides) {
      const members = [];
      for (const entry of Array.isArray(side?.units) ? side.units : []) {
        const unit = units.get(String(typeof entry === 'object' && entry ? entry.unit : entry));
        if (!unit || values.has(unit.id)) continue;
        const value = span(entry, sources[unit.source].text);
        values.set(unit.id, value && value.end > value.start ? value : null);
        members.push(unit);
      }
      if (!members.length) continue;
      members.sort((x, y) => x.source - y.source || x.start - y.start);
      const text = members.map((u) => values.get(u.id)).find(Boolean)?.text ?? null;
      sides.push({
        value: typeof side.value === 'string' && side.value ? side.value : text,
        units: members,
        sources: new Set(members.map((u) => u.source)).size,
      });
    }
    if (sides.length < 2) continue;
    const dispute = {
      id: c.id ?? `c${i}`,
      group: groupById.get(String(c.group)) ?? null,
      type,
      reason,
      reasons: reason ? [reason] : [],
      types: [type],
      sides,
      values,
      marks: new Map([...values].map(([id, v]) => [id, v ? [{start: v.start, end: v.end}] : []])),
      pairCount: 0,
      pairs: (limit = Infinity) => sidePairs(dispute, limit),
    };
    for (const [k, side] of sides.entries()) {
      for (const u of side.units) {
        u.sides.push({dispute, side: k});
        const v = values.get(u.id);
        if (v) u.marks.push(v);
      }
    }
    dispute.pairCount = countSidePairs(dispute);
    disputes.push(dispute);
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
    if (!u.groups.length && !u.links.length && !u.sides.length) continue;  // furniture, repeats, lone claims
    // Sources that state the same: the groups', the conflicts', and any agreeing or conflicting
    // link outside them.
    const set = new Set([u.source]);
    let groupSources = 0;
    let independent = 0;
    for (const g of u.groups) {
      for (const s of sourcesOf(g)) set.add(s);
      groupSources = Math.max(groupSources, g.sources);
      independent = Math.max(independent, g.independent);
      for (const o of g.origins) if (!u.origins.includes(o)) u.origins.push(o);
    }
    for (const {dispute} of u.sides) {
      for (const side of dispute.sides) for (const o of side.units) set.add(o.source);
    }
    for (const l of u.links) {
      if (l.relation === 'agree' || l.relation === 'conflict') set.add(other(l, u).source);
    }
    u.count = Math.max(groupSources, set.size);
    u.independent = u.groups.length ? Math.min(independent || u.count, u.count) : u.count;
  }

  // Conflict links (the first shape) that no conflicts[] object covers become disputes too; a
  // link between two sides of a conflict object is that conflict, given twice.
  const linkRows = listConflicts(links);
  const covered = (row) => row.a.sides.some(({dispute, side}) =>
    row.b.sides.some((o) => o.dispute === dispute && o.side !== side));
  disputes.push(...groupConflicts(linkRows.filter((row) => !covered(row))));
  const rank = (d) => (d.group ? groupRank(groups, d.group) : Infinity);
  disputes.sort((x, y) => rank(x) - rank(y) || firstUnit(x) - firstUnit(y));

  for (const [i, s] of result.sources.entries()) {
    sources[i].stats = s.stats && typeof s.stats === 'object' ? s.stats : countStats(sources[i]);
  }

  const pairs = pairEnds(sources, Array.isArray(result.sourcePairs) ? result.sourcePairs : []);
  const matrix = sources.length <= MATRIX_MAX ? buildMatrix(sources, pairs, links,
      disputes.filter((d) => d.values), groups.filter((g) => g.summarised)) : null;
  markDerived(sources, pairs);

  // Every conflicting pair (the rows of the exports), made on first use.
  let conflicts = null;
  const allPairs = () => {
    if (!conflicts) {
      const fromSides = disputes.filter((d) => d.values).flatMap((d) => d.pairs().filter((row) =>
        !row.a.links.some((l) => l.relation === 'conflict' && other(l, row.a) === row.b)));
      conflicts = listConflicts(fromSides).concat(linkRows).sort(conflictOrder);
    }
    return conflicts;
  };

  return {
    schema: result.schema ?? 1,
    engine: result.engine && typeof result.engine === 'object' ? result.engine : null,
    sources,
    units,
    groups,
    groupById,
    links,
    get conflicts() { return allPairs(); },
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
 * member of its group without a direct link), the discrepancies oriented as {mine, theirs,
 * reason}, and for an agreement in part the two clauses that agree as `clause` {mine, theirs}.
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
    const clause = link?.clause ?
      {mine: link.a === unit ? link.clause.a : link.clause.b, theirs: link.a === unit ? link.clause.b : link.clause.a} : null;
    byId.set(o.id, {unit: o, relation, score: link ? link.score : null, discrepancies, clause});
  };
  for (const g of unit.groups) {
    for (const o of g.units) add(o, 'group', null);
  }
  for (const {dispute, side} of unit.sides) {
    for (const [k, s] of dispute.sides.entries()) {
      if (k === side) continue;
      for (const o of s.units) add(o, 'conflict', sideLink(dispute, unit, o));
    }
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
  const hasConflict = u.sides.length > 0 || u.links.some((l) => l.relation === 'conflict');
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
  return rows.sort(conflictOrder);
}

/** Rows in group order, then source order, then text order. */
function conflictOrder(x, y) {
  const groupKey = (r) => (r.group === null || typeof r.group !== 'number' ? Infinity : r.group);
  return groupKey(x) - groupKey(y) || x.a.source - y.a.source || x.b.source - y.b.source ||
    x.a.start - y.a.start;
}

/**
 * A link between `unit` and `o`, on different sides of `dispute` (a conflicts[] object): the
 * earlier source is `a`, as in the result's links.
 */
function sideLink(dispute, unit, o) {
  const [a, b] = unit.source < o.source || (unit.source === o.source && unit.start <= o.start) ? [unit, o] : [o, unit];
  return {a, b, score: null, relation: 'conflict', conflict: dispute.id, discrepancies: [{
    type: dispute.type, reason: dispute.reason, a: dispute.values.get(a.id), b: dispute.values.get(b.id)}]};
}

/** The first `limit` pairs of units on different sides (and in different sources) of `dispute`. */
function sidePairs(dispute, limit) {
  const out = [];
  const {sides} = dispute;
  for (let x = 0; x < sides.length; x++) {
    for (let y = x + 1; y < sides.length; y++) {
      for (const a of sides[x].units) {
        for (const b of sides[y].units) {
          if (out.length >= limit) return out;
          if (a.source !== b.source) out.push(sideLink(dispute, a, b));
        }
      }
    }
  }
  return out;
}

/** How many pairs sidePairs would give with no limit, counted without making them. */
function countSidePairs(dispute) {
  const perSide = dispute.sides.map((side) => {
    const bySource = new Map();
    for (const u of side.units) bySource.set(u.source, (bySource.get(u.source) ?? 0) + 1);
    return bySource;
  });
  let n = 0;
  for (let x = 0; x < perSide.length; x++) {
    for (let y = x + 1; y < perSide.length; y++) {
      for (const [s, k] of perSide[x]) {
        for (const [t, m] of perSide[y]) if (s !== t) n += k * m;
      }
    }
  }
  return n;
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
    const linkList = rows.map((r) => r.link);
    disputes.push({
      id: null,
      group: rows[0].a.group ?? null,
      pairCount: linkList.length,
      pairs: (limit = Infinity) => linkList.slice(0, limit),
      reasons: distinct(rows.flatMap((c) => c.discrepancies.map((d) => d.reason))),
      types: distinct(rows.flatMap((c) => c.discrepancies.map((d) => d.type))),
      sides: lists.map((list) => ({value: valueOf(list), units: list, sources: new Set(list.map((u) => u.source)).size})),
      marks: merged,
    });
  }
  return disputes;
}

/**
 * n × n cells {similarity, derived, wording, shared, agree, conflict}; null on the diagonal.
 * `conflict` counts the conflicting pairs of claims of the two sources: links, and units on
 * different sides of `disputes` (conflicts[] objects).
 */
/** The result's `sourcePairs` that name two different known sources, each as {i, j, p}: the indices and the pair. */
function pairEnds(sources, pairs) {
  const index = new Map(sources.map((s) => [s.id, s.index]));
  const out = [];
  for (const p of pairs) {
    if (!p || typeof p !== 'object') continue;
    const i = typeof p.a === 'number' ? p.a : index.get(String(p.a));
    const j = typeof p.b === 'number' ? p.b : index.get(String(p.b));
    if (i === undefined || j === undefined || i === j || !sources[i] || !sources[j]) continue;
    out.push({i, j, p});
  }
  return out;
}

/** Each source's `derivedWith`: the indices of the sources a listed pair marks derived with it, in order. */
function markDerived(sources, pairs) {
  const seen = new Set();
  for (const {i, j, p} of pairs) {
    if (!p.derived) continue;
    const key = Math.min(i, j) * sources.length + Math.max(i, j);
    if (seen.has(key)) continue;
    seen.add(key);
    sources[i].derivedWith.push(j);
    sources[j].derivedWith.push(i);
  }
  for (const s of sources) s.derivedWith.sort((x, y) => x - y);
}

function buildMatrix(sources, pairs, links, disputes, summarised = []) {
  const n = sources.length;
  const cells = Array.from({length: n}, (_, i) => Array.from({length: n}, (_, j) =>
    i === j ? null : {similarity: null, derived: false, wording: null, shared: null, agree: 0, conflict: 0}));
  for (const {i, j, p} of pairs) {
    for (const [x, y] of [[i, j], [j, i]]) {
      cells[x][y].similarity = typeof p.similarity === 'number' ? p.similarity : null;
      cells[x][y].derived = Boolean(p.derived);
      cells[x][y].wording = typeof p.wording === 'number' ? p.wording : null;
      cells[x][y].shared = typeof p.shared === 'number' ? p.shared : null;
    }
  }
  const sided = (a, b) => a.sides.some(({dispute, side}) => b.sides.some((o) => o.dispute === dispute && o.side !== side));
  // A summarised group's agreeing pairs, listed or not: every two of its units of different
  // sources that are not on two sides of a conflict.
  const together = (a, b) => a.groups.some((g) => g.summarised && b.groups.includes(g));
  for (const g of summarised) {
    for (let x = 0; x < g.units.length; x++) {
      for (let y = x + 1; y < g.units.length; y++) {
        const a = g.units[x];
        const b = g.units[y];
        if (a.source === b.source || sided(a, b)) continue;
        cells[a.source][b.source].agree++;
        cells[b.source][a.source].agree++;
      }
    }
  }
  for (const l of links) {
    const i = l.a.source;
    const j = l.b.source;
    if (i === j || (l.relation !== 'agree' && l.relation !== 'conflict')) continue;
    if (l.relation === 'conflict' && sided(l.a, l.b)) continue;  // counted with its conflict below
    if (l.relation === 'agree' && together(l.a, l.b)) continue;  // counted with its group above
    cells[i][j][l.relation]++;
    cells[j][i][l.relation]++;
  }
  for (const d of disputes) {
    const perSide = d.sides.map((side) => {
      const bySource = new Map();
      for (const u of side.units) bySource.set(u.source, (bySource.get(u.source) ?? 0) + 1);
      return bySource;
    });
    for (let x = 0; x < perSide.length; x++) {
      for (let y = x + 1; y < perSide.length; y++) {
        for (const [s, k] of perSide[x]) {
          for (const [t, m] of perSide[y]) {
            if (s === t) continue;
            cells[s][t].conflict += k * m;
            cells[t][s].conflict += k * m;
          }
        }
      }
    }
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

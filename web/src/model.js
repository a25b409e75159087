// model.js — turns an engine result (../../shared/CONTRACT.md, schema 1) into what the element
// draws: every unit with its status, its counterparts in other sources and the spans of its
// conflicting values; the list of conflicts; per-source figures; the source × source matrix.
//
// Pure data in, plain objects out: no DOM, so it can be read (and tested) on its own.
//
// Example:
//   const view = buildView(result, inputs);
//   view.units.get('bbc#14').status        // 'contested'
//   view.units.get('bbc#14').marks         // [{start: 1302, end: 1321}]
//   counterparts(view, view.units.get('bbc#14')).map((c) => c.unit.id)  // ['wire#3', 'post#2']

/** Unit kinds that are claims (can be linked); the rest are furniture or repeats. */
export const CLAIM_KINDS = new Set(['claim', 'headline']);

/**
 * Builds the view model. `inputs` are the sources as given to the engine ({id, title, text});
 * they supply a title or text the result leaves out. Throws TypeError when `result` is not a
 * result object (no sources array).
 */
export function buildView(result, inputs = []) {
  if (!result || !Array.isArray(result.sources)) {
    throw new TypeError('not a comparison result: no sources');
  }
  const inputById = new Map(inputs.map((s) => [s.id, s]));
  const units = new Map();
  const sources = result.sources.map((s, index) => {
    const input = inputById.get(s.id) ?? inputs[index] ?? {};
    const text = typeof s.text === 'string' ? s.text : (input.text ?? '');
    const source = {
      index,
      id: String(s.id),
      title: (s.title || input.title || s.id || `Source ${index + 1}`).toString(),
      text,
      fromHtml: typeof s.text === 'string' && s.text !== input.text,
      units: [],
      stats: null,
    };
    for (const [i, u] of (s.units ?? []).entries()) {
      const start = clamp(u.start, 0, text.length);
      const end = clamp(u.end, start, text.length);
      const unit = {
        id: String(u.id ?? `${s.id}#${i}`),
        source: index,
        index: i,
        start,
        end,
        kind: u.kind ?? 'claim',
        role: u.role ?? '',
        engineStatus: u.status ?? null,
        text: text.slice(start, end),
        group: null,
        links: [],
        marks: [],
        status: 'single',
        count: 1,
        independent: 1,
      };
      units.set(unit.id, unit);
      source.units.push(unit);
    }
    source.units.sort((a, b) => a.start - b.start || a.end - b.end);
    return source;
  });

  const groups = (result.groups ?? []).map((g, i) => {
    const members = (g.units ?? []).map((id) => units.get(String(id))).filter(Boolean);
    const group = {
      id: g.id ?? i,
      units: members,
      sources: g.sources ?? new Set(members.map((u) => u.source)).size,
      independent: g.independent ?? g.sources ?? new Set(members.map((u) => u.source)).size,
      status: g.status ?? 'single',
    };
    for (const u of members) u.group = group;
    return group;
  });

  const links = [];
  for (const l of result.links ?? []) {
    const a = units.get(String(l.a));
    const b = units.get(String(l.b));
    if (!a || !b) continue;
    const discrepancies = (l.discrepancies ?? []).map((d) => ({
      type: d.type ?? 'value',
      reason: d.reason ?? '',
      a: span(d.a, sources[a.source].text),
      b: span(d.b, sources[b.source].text),
    }));
    const link = {a, b, score: l.score ?? 0, relation: l.relation ?? 'related', discrepancies};
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

  for (const u of units.values()) {
    u.marks = mergeSpans(u.marks.map((m) => ({
      start: clamp(m.start, u.start, u.end),
      end: clamp(m.end, u.start, u.end),
    })).filter((m) => m.end > m.start));
    u.status = unitStatus(u);
    // Sources that state the same: the group's, plus any agreeing or conflicting link outside it.
    let extra = null;
    for (const l of u.links) {
      if (l.relation === 'related') continue;
      const o = other(l, u);
      if (u.group && o.group === u.group) continue;
      extra ??= new Set(u.group ? groupSources(u.group) : [u.source]);
      extra.add(o.source);
    }
    const size = extra ? extra.size : (u.group ? groupSources(u.group).size : 1);
    u.count = u.group ? Math.max(u.group.sources, size) : size;
    u.independent = u.group ? Math.min(u.group.independent || u.count, u.count) : u.count;
  }

  const conflicts = listConflicts(links);
  for (const [i, s] of result.sources.entries()) {
    sources[i].stats = s.stats ?? countStats(sources[i]);
  }

  return {
    schema: result.schema ?? 1,
    sources,
    units,
    groups,
    links,
    conflicts,
    disputes: groupConflicts(conflicts),
    matrix: buildMatrix(sources, result.sourcePairs ?? [], links),
    warnings: (result.warnings ?? []).map((w) =>
      typeof w === 'string' ? {source: '', code: '', message: w} : w),
  };
}

const sourceSets = new WeakMap();
function groupSources(group) {
  let set = sourceSets.get(group);
  if (!set) sourceSets.set(group, set = new Set(group.units.map((u) => u.source)));
  return set;
}

/** The unit at the other end of `link` from `unit`. */
export function other(link, unit) {
  return link.a === unit ? link.b : link.a;
}

/**
 * The units of other sources that speak of the same thing as `unit`: its group and its direct
 * links. Each comes with the relation to `unit` ('conflict', 'agree', 'related', or 'group' for a
 * member of its group without a direct link) and the discrepancies oriented as {mine, theirs,
 * reason}.
 * Sorted by source order, then text order. Empty for furniture and for single-source claims.
 */
export function counterparts(view, unit) {
  const byId = new Map();
  const add = (o, relation, link) => {
    if (o === unit || o.source === unit.source) return;
    const prev = byId.get(o.id);
    const rank = {conflict: 4, agree: 3, group: 2, related: 1};
    if (prev && rank[prev.relation] >= rank[relation]) return;
    const discrepancies = link ? link.discrepancies.map((d) => ({
      type: d.type,
      reason: d.reason,
      mine: link.a === unit ? d.a : d.b,
      theirs: link.a === unit ? d.b : d.a,
    })) : [];
    byId.set(o.id, {unit: o, relation, score: link ? link.score : null, discrepancies});
  };
  if (unit.group) {
    for (const o of unit.group.units) add(o, 'group', null);
  }
  for (const l of unit.links) add(other(l, unit), l.relation, l);
  return [...byId.values()].sort((x, y) =>
    x.unit.source - y.unit.source || x.unit.start - y.unit.start);
}

/** The status a unit is drawn with. */
function unitStatus(u) {
  if (u.kind === 'boilerplate') return 'furniture';
  if (u.kind === 'duplicate') return 'duplicate';
  if (!CLAIM_KINDS.has(u.kind)) return 'furniture';
  // The engine's own verdict on this unit (its links), when the result carries one.
  if (u.engineStatus === 'contested' || u.engineStatus === 'corroborated' ||
      u.engineStatus === 'single') return u.engineStatus;
  const hasConflict = u.links.some((l) => l.relation === 'conflict');
  if (u.group && u.group.status === 'contested') return 'contested';
  if (hasConflict) return 'contested';
  if (u.group && u.group.status === 'corroborated') return 'corroborated';
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
 * Every conflicting link with its values, in group order then source order: the rows of the
 * conflicts panel and of the exports.
 */
function listConflicts(links) {
  const rows = [];
  for (const l of links) {
    if (l.relation !== 'conflict') continue;
    rows.push({
      group: l.a.group ? l.a.group.id : null,
      a: l.a,
      b: l.b,
      score: l.score,
      discrepancies: l.discrepancies,
      reason: l.discrepancies.map((d) => d.reason).filter(Boolean).join('; '),
    });
  }
  const groupKey = (r) => (r.group === null ? Infinity : r.group);
  return rows.sort((x, y) => groupKey(x) - groupKey(y) || x.a.source - y.a.source ||
      x.b.source - y.b.source || x.a.start - y.a.start);
}

/**
 * Conflicts gathered into disputes: the claims joined by conflict links, split into the two
 * sides that disagree when that can be done (each side's claims do not conflict among
 * themselves), the larger side first. Each dispute: {rows (its conflicts), reasons (distinct),
 * types (distinct), sides ([[unit…], [unit…]], or one list when there are more than two
 * versions), marks (unit id → its conflicting value spans)}.
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
    let sides;
    if (bipartite) {
      sides = [units.filter((u) => side.get(u) === 0).sort(order), units.filter((u) => side.get(u) === 1).sort(order)];
      if (sides[1].length > sides[0].length ||
          (sides[1].length === sides[0].length && sides[1][0].source < sides[0][0].source)) sides.reverse();
    } else {
      sides = [units.slice().sort(order)];
    }
    const distinct = (xs) => [...new Set(xs.filter(Boolean))];
    disputes.push({
      rows,
      reasons: distinct(rows.flatMap((c) => c.discrepancies.map((d) => d.reason))),
      types: distinct(rows.flatMap((c) => c.discrepancies.map((d) => d.type))),
      sides,
      marks: new Map([...marks].map(([id, spans]) => [id, mergeSpans(spans)])),
    });
  }
  return disputes;
}

/** n × n cells {similarity, derived, agree, conflict}; null on the diagonal. */
function buildMatrix(sources, pairs, links) {
  const index = new Map(sources.map((s) => [s.id, s.index]));
  const n = sources.length;
  const cells = Array.from({length: n}, (_, i) => Array.from({length: n}, (_, j) =>
    i === j ? null : {similarity: null, derived: false, agree: 0, conflict: 0}));
  for (const p of pairs) {
    const i = typeof p.a === 'number' ? p.a : index.get(String(p.a));
    const j = typeof p.b === 'number' ? p.b : index.get(String(p.b));
    if (i === undefined || j === undefined || i === j || !cells[i] || !cells[j]) continue;
    for (const [x, y] of [[i, j], [j, i]]) {
      cells[x][y].similarity = typeof p.similarity === 'number' ? p.similarity : null;
      cells[x][y].derived = Boolean(p.derived);
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
 * Cuts `text` into paragraphs of pieces for drawing: each piece is either plain text
 * {start, end} or a unit {start, end, unit}. A paragraph break is a blank line outside every unit.
 */
export function layoutSource(source) {
  const {text} = source;
  const paragraphs = [];
  let current = [];
  const flush = () => {
    if (current.length) paragraphs.push(current);
    current = [];
  };
  const plain = (from, to) => {
    const re = /\n[^\S\n]*\n\s*/g;
    re.lastIndex = from;
    let pos = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      if (m.index > pos) current.push({start: pos, end: m.index});
      flush();
      pos = Math.min(m.index + m[0].length, to);
      re.lastIndex = pos;
    }
    if (pos < to) current.push({start: pos, end: to});
  };
  let pos = 0;
  for (const unit of source.units) {
    if (unit.start < pos) continue;  // overlapping units: keep the first
    plain(pos, unit.start);
    current.push({start: unit.start, end: unit.end, unit});
    pos = unit.end;
  }
  plain(pos, text.length);
  flush();
  // Leading and trailing white space of a paragraph is dropped from plain pieces.
  for (const p of paragraphs) {
    const first = p[0];
    if (!first.unit) first.start += text.slice(first.start, first.end).search(/\S|$/);
    const last = p[p.length - 1];
    if (!last.unit) last.end = last.start + text.slice(last.start, last.end).trimEnd().length;
  }
  return paragraphs.map((p) => p.filter((x) => x.end > x.start)).filter((p) => p.length);
}

// focus.js — focus mode: one article read against the others. For each claim of the focus
// article, which sources also report it and which dispute it; and the claims of the other
// sources that the focus article does not make ("reported elsewhere, not here"), most reported
// first.
//
// The omissions come from the result (`sources[].omissions`: group ids, most reported first)
// when the engine gives them, and are computed from the groups otherwise: a group is omitted when
// none of its units is in the focus source and no claim of the focus source agrees or conflicts
// with one of them.
//
// Pure data in, plain objects out: no DOM.
//
// Example:
//   const f = focusView(view, 'post');
//   f.tags.get('post#0')          // {also: [0, 2], disputed: [], only: false}
//   f.omissions[0].sources        // [0, 2]  (indices of the sources that report it)

import {CLAIM_KINDS, counterparts, sourcesOf} from './model.js';

/**
 * The focus view of source `id` in `view`, or null when there is no such source or it was not
 * compared. {source, tags: Map(unit id → {also, disputed, only}), counts: {also, disputed, only},
 * omissions: [{group, claim, units, sources, count, independent}], fromEngine}.
 */
export function focusView(view, id) {
  const source = view.sources.find((s) => s.id === id);
  if (!source || !source.compared) return null;
  const tags = new Map();
  const counts = {also: 0, disputed: 0, only: 0};
  for (const unit of source.units) {
    if (!CLAIM_KINDS.has(unit.kind)) continue;
    const disputed = new Set();
    const also = new Set();
    for (const c of counterparts(view, unit)) {
      if (c.relation === 'conflict') disputed.add(c.unit.source);
      else if (c.relation === 'agree' || c.relation === 'group') also.add(c.unit.source);
    }
    for (const s of disputed) also.delete(s);
    const tag = {
      also: [...also].sort((a, b) => a - b),
      disputed: [...disputed].sort((a, b) => a - b),
      only: also.size === 0 && disputed.size === 0,
    };
    tags.set(unit.id, tag);
    if (tag.disputed.length) counts.disputed++;
    else if (tag.also.length) counts.also++;
    else counts.only++;
  }
  const fromEngine = Array.isArray(source.omissions);
  const omitted = fromEngine ? engineOmissions(view, source) : computedOmissions(view, source);
  return {source, tags, counts, omissions: omitted.map((g) => omission(view, source, g)).filter(Boolean), fromEngine};
}

/** The groups the result lists as omissions of `source`, in its order. */
function engineOmissions(view, source) {
  const out = [];
  const seen = new Set();
  for (const id of source.omissions) {
    const group = view.groupById.get(String(id));
    if (!group || seen.has(group)) continue;
    seen.add(group);
    // A group holding a claim of the focus source is not an omission, whatever the list says.
    if (sourcesOf(group).has(source.index)) continue;
    out.push(group);
  }
  return out;
}

/** Omissions computed from the groups, for results without `omissions`. */
function computedOmissions(view, source) {
  const near = new Set();  // units a focus claim agrees or conflicts with
  for (const unit of source.units) {
    for (const l of unit.links) {
      if (l.relation === 'agree' || l.relation === 'conflict') near.add(l.a === unit ? l.b : l.a);
    }
    for (const {dispute} of unit.sides) for (const side of dispute.sides) for (const o of side.units) near.add(o);
  }
  const out = view.groups.filter((g) => !sourcesOf(g).has(source.index) &&
      g.units.some((u) => u.source !== source.index && view.sources[u.source].compared && CLAIM_KINDS.has(u.kind)) &&
      !g.units.some((u) => near.has(u)));
  const first = (g) => Math.min(...g.units.map((u) => u.source * 1e9 + u.start));
  const reported = (g) => new Set(g.units.filter((u) => view.sources[u.source].compared).map((u) => u.source)).size;
  return out.sort((x, y) => y.independent - x.independent || reported(y) - reported(x) || first(x) - first(y));
}

function omission(view, focus, group) {
  const units = group.units.filter((u) => u.source !== focus.index && view.sources[u.source].compared &&
      CLAIM_KINDS.has(u.kind)).sort((a, b) => a.source - b.source || a.start - b.start);
  if (!units.length) return null;
  const sources = [...new Set(units.map((u) => u.source))];
  const claim = group.claim && units.includes(group.claim) ? group.claim : units[0];
  return {
    group,
    claim,
    units,
    sources,
    count: sources.length,
    independent: Math.max(1, Math.min(group.independent || sources.length, sources.length)),
  };
}

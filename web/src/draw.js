// draw.js — the DOM of a drawn comparison: the summary line, the conflicts (one per disputed
// value, with its sides), focus mode's "reported elsewhere, not here" panel, the overview tables,
// the articles with their claims, and the counterparts card's content. The element
// (triangulate-element.js) owns state and events; everything here only builds nodes from a view
// (model.js) and a context, through dom.js (reader text only ever becomes Text nodes).
//
// The context: {t (strings.js translator), uid (prefix of ids), filter, focus (focus.js view or
// null), unitEls (Map filled with unit id → element), download(label, file, type, make) → link}.
//
// Example:
//   const ctx = {t: translator([], 'en'), uid: 'tri1', filter: 'all', focus: null, unitEls: new Map(), download};
//   results.append(drawSummary(view, ctx), drawConflicts(view, ctx));

import {CLAIM_KINDS, MATRIX_MAX, counterparts} from './model.js';
import {blocksOf} from './layout.js';
import {h, icon, srOnly} from './dom.js';

/** Limits that keep a very long comparison readable and quick to draw (the exports hold everything). */
export const DISPUTES_PER_PAGE = 40;
const QUOTES_PER_SIDE = 6;
const PAIRS_PER_DISPUTE = 24;
const CARD_COLUMNS = 12;
const OMISSIONS_OPEN = 6;
const NAMES_SHOWN = 3;
/** Paragraphs drawn per step when a folded run is opened. */
export const RUN_PAGE = 400;

/** "A", "B", … for the first 26 sources, then numbers. */
export function letter(i) {
  return i < 26 ? String.fromCharCode(65 + i) : String(i + 1);
}

/** A source's title as a node that follows renames (the element updates [data-title-of]). */
export function titleOf(source) {
  return h('span', {class: 'title-text', 'data-title-of': source.id}, source.title);
}

/** Text from `start` to `end` of `text`, with `marks` (absolute spans) as <mark> elements. */
export function textWithMarks(text, start, end, marks) {
  const out = [];
  let pos = start;
  const sorted = marks.filter((m) => m && m.end > start && m.start < end)
      .map((m) => ({start: Math.max(m.start, start), end: Math.min(m.end, end)}))
      .sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    if (m.start < pos) continue;
    if (m.start > pos) out.push(text.slice(pos, m.start));
    out.push(h('mark', {class: 'value', part: 'value'}, text.slice(m.start, m.end)));
    pos = m.end;
  }
  if (pos < end) out.push(text.slice(pos, end));
  return out;
}

/** Up to NAMES_SHOWN titles of `indices` as one phrase ("A, B and 2 others"). */
export function names(view, indices, t) {
  const titles = indices.map((i) => view.sources[i].title);
  if (titles.length <= NAMES_SHOWN) return t.list(titles);
  return t('namesAndMore', {names: titles.slice(0, NAMES_SHOWN).join(', '), n: titles.length - NAMES_SHOWN});
}

function comparedSources(view) {
  return view.sources.filter((s) => s.compared);
}

// ---------------------------------------------------------------------------------------------
// Summary

/** The one-line summary at the top of the results (its heading takes focus after Compare). */
export function drawSummary(view, ctx, {precomputed = false} = {}) {
  const {t} = ctx;
  const compared = comparedSources(view);
  let claims = 0;
  for (const s of compared) claims += s.stats.claims ?? 0;
  const uncompared = view.sources.length - compared.length;
  const strong = (text) => h('strong', {}, text);
  const item = (cls, n, key, glyph) => h('span', {class: `tally-item ${cls}`},
      glyph ? icon(glyph) : null, t.nodes(key, {n}, {n: strong}));
  const parts = [
    item('tally-sources', view.sources.length, 'sources'),
    item('tally-claims', claims, 'claims'),
    item('tally-conflicts', view.disputes.length, 'conflicts', '≠'),
  ];
  if (uncompared) parts.push(h('span', {class: 'tally-item tally-uncompared'}, t('notComparedCount', {n: uncompared})));
  const focus = ctx.focus;
  let focusLine = null;
  if (focus) {
    const id = `${ctx.uid}-omissions-title`;
    focusLine = h('p', {class: 'focus-line'},
        h('span', {class: 'focus-badge'}, t('focusBadge')), ' ', titleOf(focus.source), ': ',
        h('span', {class: 'st corroborated'}, icon('✓'), ' ', t('statCorroborated', {n: focus.counts.also})), ' · ',
        h('span', {class: 'st contested'}, icon('≠'), ' ', t('statContested', {n: focus.counts.disputed})), ' · ',
        h('span', {class: 'st single'}, icon('◦'), ' ', t('statOnlyHere', {n: focus.counts.only})), ' · ',
        h('a', {href: `#${id}`, class: 'focus-jump', 'data-jump': id},
            t('reportedElsewhereCount', {n: focus.omissions.length})));
  }
  const titleId = `${ctx.uid}-summary-title`;
  // The section takes focus after Compare (tabindex -1): its outline shows where the reader is.
  return h('section', {class: 'summary-bar', part: 'summary-bar', 'aria-labelledby': titleId, tabindex: '-1'},
      h('h2', {class: 'sr-only', id: titleId}, t('summaryTitle')),
      h('p', {class: 'tally'}, parts),
      focusLine,
      precomputed ? h('p', {class: 'precomputed-note'}, t('precomputedNote')) : null);
}

// ---------------------------------------------------------------------------------------------
// Conflicts

/**
 * The conflicts section: the first DISPUTES_PER_PAGE disputes and a button for the rest, and the
 * export links. Selecting a quote is handled by the element ([data-goto]).
 */
export function drawConflicts(view, ctx) {
  const {t} = ctx;
  const list = h('ol', {class: 'dispute-list'});
  const n = view.disputes.length;
  let shown = 0;
  const more = h('button', {type: 'button', class: 'button small more-disputes', hidden: true});
  const showMore = () => {
    const next = view.disputes.slice(shown, shown + DISPUTES_PER_PAGE);
    list.append(...next.map((d) => drawDispute(view, d, ctx)));
    shown += next.length;
    more.hidden = shown >= n;
    more.textContent = t('showMoreConflicts', {k: Math.min(DISPUTES_PER_PAGE, n - shown), n: n - shown});
  };
  more.addEventListener('click', () => {
    const first = shown;
    showMore();
    list.children[first]?.querySelector('.quote')?.focus();
  });
  showMore();
  const titleId = `${ctx.uid}-conflicts-title`;
  const exports = h('div', {class: 'exports', part: 'exports'},
      h('span', {class: 'exports-label'}, t('exportsLabel')),
      ctx.exports ?? null);
  return h('section', {class: 'conflicts', part: 'conflicts', 'aria-labelledby': titleId, id: `${ctx.uid}-conflicts`},
      h('h2', {class: 'section-title', id: titleId, tabindex: '-1'}, icon('≠', 'title-icon'),
          n ? t('conflictsTitle', {n}) : t('noConflictsTitle')),
      h('p', {class: 'section-note'}, n ? t('conflictsNote') : t('noConflictsNote')),
      n ? list : null,
      more,
      n ? exports : null);
}

/** One dispute: its reason, each side headed by its value and count, the quotes, its pairs. */
export function drawDispute(view, d, ctx) {
  const {t} = ctx;
  const quote = (unit) => {
    const source = view.sources[unit.source];
    return h('li', {},
        h('button', {type: 'button', class: 'quote', 'data-goto': unit.id, 'data-source': source.id},
            h('span', {class: 'quote-source'}, h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(source.index)),
                titleOf(source), srOnly(': ')),
            h('span', {class: 'quote-text'}, textWithMarks(source.text, unit.start, unit.end, d.marks.get(unit.id) ?? []))));
  };
  const two = d.sides.length === 2;
  const sides = d.sides.map((side, i) => h('div', {class: 'side-box'},
      d.sides.length > 1 ? h('p', {class: 'side-head'},
          side.value ? t('sideHead', {value: side.value, n: side.sources}) : t('sideHeadNoValue', {n: side.sources})) : null,
      h('ul', {class: 'side', 'aria-label': d.sides.length > 1 ? t('versionLabel', {i: i + 1}) : t('versionsLabel')},
          side.units.slice(0, QUOTES_PER_SIDE).map(quote),
          side.units.length > QUOTES_PER_SIDE ?
            h('li', {class: 'more-note'}, t('moreOnSide', {n: side.units.length - QUOTES_PER_SIDE})) : null)));
  const body = two ? [sides[0], h('span', {class: 'versus', 'aria-hidden': 'true'}, '≠'), sides[1]] : sides;
  const pairs = h('ul', {class: 'pairs', 'aria-label': t('pairsLabel')}, d.pairs(PAIRS_PER_DISPUTE).map((c) => {
    const sa = view.sources[c.a.source];
    const sb = view.sources[c.b.source];
    return h('li', {class: 'conflict', part: 'conflict', 'data-a': sa.id, 'data-b': sb.id,
      'data-unit-a': c.a.id, 'data-unit-b': c.b.id},
    h('span', {class: 'pair-names'}, titleOf(sa), h('span', {class: 'ne'}, ' ≠ '), titleOf(sb)), ': ',
    h('span', {class: 'pair-reason'}, c.discrepancies.map((x) => x.reason || `${x.a?.text ?? ''} vs ${x.b?.text ?? ''}`).join('; ')));
  }),
  d.pairCount > PAIRS_PER_DISPUTE ? h('li', {class: 'more-note'}, t('morePairs', {n: d.pairCount - PAIRS_PER_DISPUTE})) : null);
  const extra = d.reasons.slice(1);
  return h('li', {class: 'dispute', part: 'dispute', 'data-conflict': d.id ?? false},
      h('p', {class: 'dispute-head'},
          d.types.map((type) => h('span', {class: 'reason-type'}, type)), ' ',
          h('span', {class: 'dispute-reason'}, d.reasons[0] ?? t('differentValues'))),
      extra.length ? h('p', {class: 'other-pairs'}, t('otherPairs', {reasons: extra.join('; ')})) : null,
      h('div', {class: `sides${two ? ' two' : ''}`}, body),
      d.pairCount ? h('details', {class: 'pairs-details'},
          h('summary', {}, t('pairsSummary', {n: d.pairCount})), pairs) : null);
}

// ---------------------------------------------------------------------------------------------
// Focus mode: reported elsewhere, not here

/** The panel of claims the focus article lacks, grouped by how many sources report them. */
export function drawOmissions(view, ctx) {
  const {t, focus} = ctx;
  const titleId = `${ctx.uid}-omissions-title`;
  const items = focus.omissions;
  const byCount = new Map();
  for (const o of items) {
    if (!byCount.has(o.count)) byCount.set(o.count, []);
    byCount.get(o.count).push(o);
  }
  const sections = [...byCount.entries()].sort((a, b) => b[0] - a[0]).map(([count, list]) => {
    const ol = h('ol', {class: 'omission-list'}, list.map((o) => drawOmission(view, o, ctx)));
    const head = h('h3', {class: 'omission-count'}, t('focusBySources', {n: count}), ' ',
        h('span', {class: 'count-pill'}, t.number(list.length)));
    // Claims of one source only can be many: the first few, and a button for the rest.
    if (count === 1 && list.length > OMISSIONS_OPEN) {
      const rest = [...ol.children].slice(OMISSIONS_OPEN);
      for (const li of rest) li.hidden = true;
      const open = h('button', {type: 'button', class: 'button small omission-more'},
          t('focusShowMore', {n: rest.length}));
      open.addEventListener('click', () => {
        for (const li of rest) li.hidden = false;
        open.remove();
        rest[0].querySelector('.quote')?.focus();
      });
      return h('div', {class: 'omission-group'}, head, ol, open);
    }
    return h('div', {class: 'omission-group'}, head, ol);
  });
  return h('section', {class: 'omissions', part: 'omissions', 'aria-labelledby': titleId},
      h('h2', {class: 'section-title', id: titleId, tabindex: '-1'}, icon('∅'), ' ',
          t('focusTitle'), ` (${t.number(items.length)})`),
      h('p', {class: 'section-note'}, items.length ?
        t('focusNote', {title: focus.source.title}) : t('focusNone', {title: focus.source.title})),
      sections);
}

function drawOmission(view, o, ctx) {
  const {t} = ctx;
  const s = view.sources[o.claim.source];
  return h('li', {class: 'omission', 'data-group': String(o.group.id)},
      h('button', {type: 'button', class: 'quote', 'data-goto': o.claim.id, 'data-source': s.id},
          h('span', {class: 'quote-source'}, h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(s.index)),
              titleOf(s), srOnly(': ')),
          h('span', {class: 'quote-text'}, o.claim.text)),
      // Who else states it (the quote names the first), how independently, and whom they cite.
      o.count > 1 || o.group.origins.length ? h('p', {class: 'omission-by'},
          o.count > 1 ? t('focusStatedBy', {names: t.list(o.sources.map((i) => view.sources[i].title))}) : '',
          o.independent < o.count ? ` · ${t('focusIndependent', {n: o.independent})}` : '',
          o.group.origins.length ? `${o.count > 1 ? ' · ' : ''}${t('cardCiting', {origins: t.list(o.group.origins)})}` : '') : null);
}

// ---------------------------------------------------------------------------------------------
// Overview

/** The per-source table and the agreement matrix, each in a wrapper that shows when it scrolls. */
export function drawOverview(view, ctx) {
  const {t} = ctx;
  const rows = view.sources.map((s, i) => {
    const st = s.stats;
    const bar = h('span', {class: 'bar', 'aria-hidden': 'true'});
    for (const k of ['corroborated', 'contested', 'single']) {
      const seg = h('span', {class: `bar-seg ${k}`});
      seg.style.width = `${st.claims ? (100 * (st[k] ?? 0)) / st.claims : 0}%`;
      bar.append(seg);
    }
    const cells = s.compared ?
      [st.claims ?? 0, st.corroborated ?? 0, st.contested ?? 0, st.single ?? 0].map((n) => h('td', {}, String(n))) :
      [h('td', {colspan: '4', class: 'uncompared-cell'}, t('notComparedCount', {n: 1}))];
    return h('tr', {'data-source': s.id},
        h('th', {scope: 'row'}, h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(i)), titleOf(s)),
        cells,
        h('td', {class: 'bar-cell'}, s.compared ? bar : null));
  });
  const summary = h('table', {class: 'summary', part: 'summary'},
      h('caption', {}, t('summaryTable')),
      h('thead', {}, h('tr', {},
          h('th', {scope: 'col'}, t('colSource')), h('th', {scope: 'col'}, t('colClaims')),
          h('th', {scope: 'col'}, h('span', {class: 'long'}, t('colCorroborated')), h('span', {class: 'short', 'aria-hidden': 'true'}, '✓')),
          h('th', {scope: 'col'}, h('span', {class: 'long'}, t('colContested')), h('span', {class: 'short', 'aria-hidden': 'true'}, '≠')),
          h('th', {scope: 'col'}, h('span', {class: 'long'}, t('colSingle')), h('span', {class: 'short', 'aria-hidden': 'true'}, '◦')),
          h('td', {class: 'bar-cell'}))),
      h('tbody', {}, rows));

  const n = view.sources.length;
  let matrixBox;
  if (n > MATRIX_MAX) {
    matrixBox = h('p', {class: 'table-note'}, t('matrixTooBig', {max: MATRIX_MAX, n}));
  } else {
    const head = h('tr', {}, h('td', {}), view.sources.map((s, i) =>
      h('th', {scope: 'col', title: s.title}, h('span', {'aria-hidden': 'true'}, letter(i)), srOnly(s.title))));
    const body = view.sources.map((s, i) => h('tr', {},
        h('th', {scope: 'row', title: s.title}, h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(i)),
            h('span', {class: 'name'}, titleOf(s))),
        Array.from({length: n}, (_, j) => {
          const cell = view.matrix[i][j];
          if (!cell) return h('td', {class: 'self'}, h('span', {'aria-hidden': 'true'}, '—'), srOnly(t('sameSource')));
          if (!s.compared || !view.sources[j].compared) {
            return h('td', {class: 'self'}, h('span', {'aria-hidden': 'true'}, '⊘'), srOnly(t('notComparedCount', {n: 1})));
          }
          // The engine lists the pairs that share something; a pair it leaves out shares nothing.
          const pct = Math.round((cell.similarity ?? 0) * 100);
          const text = t('matrixCell', {a: s.title, b: view.sources[j].title, pct,
            agree: t('agreeingLinks', {n: cell.agree}), conflicts: t('conflicts', {n: cell.conflict})});
          const td = h('td', {class: cell.derived ? 'derived' : '', title: cell.derived ? t('matrixCellDerived', {text}) : text},
              h('span', {class: 'pct'}, `${pct}%`),
              cell.derived ? h('span', {class: 'derived-tag'}, icon('≈'), ' ', t('derivedTag')) : null,
              cell.conflict ? h('span', {class: 'conflict-count'},
                  h('span', {'aria-hidden': 'true'}, icon('≠'), t.number(cell.conflict)),
                  srOnly(t('conflicts', {n: cell.conflict}))) : null);
          td.style.setProperty('--sim', String(cell.similarity ?? 0));
          return td;
        })));
    const matrix = h('table', {class: 'matrix', part: 'matrix'},
        h('caption', {}, t('matrixTable')),
        h('thead', {}, head), h('tbody', {}, body));
    matrixBox = scrollBox(t('matrixTable'), matrix, n + 1, ctx);
  }
  const derived = view.sources.some((s) => s.derivedWith.length > 0);
  const titleId = `${ctx.uid}-overview-title`;
  return h('section', {class: 'overview', part: 'overview', 'aria-labelledby': titleId},
      h('h2', {class: 'section-title', id: titleId}, t('overviewTitle')),
      h('div', {class: 'overview-grid'},
          scrollBox(t('summaryTable'), summary, 6, ctx),
          h('div', {class: 'matrix-box'}, matrixBox,
              n <= MATRIX_MAX ? h('p', {class: 'table-note'}, t('matrixNote'), ' ',
                  derived ? h('span', {}, icon('≈'), ' ', t('matrixDerivedNote')) : null) : null)));
}

/**
 * A table in a keyboard-scrollable wrapper with a hint below that the element shows when the
 * table is wider than its box (data-scrolls on the wrapper).
 */
function scrollBox(label, table, columns, ctx) {
  const hint = h('p', {class: 'scroll-hint', 'aria-hidden': 'true'}, icon('↔'), ' ', ctx.t('scrollHint', {n: columns}));
  const wrap = h('div', {class: 'table-wrap', tabindex: '0', role: 'group', 'aria-label': label}, table);
  return h('div', {class: 'table-box'}, wrap, hint);
}

// ---------------------------------------------------------------------------------------------
// Articles

/** The articles section's head: title, note, the highlight filter and the legend. */
export function drawArticlesHead(ctx, onFilter) {
  const {t} = ctx;
  const filterName = `${ctx.uid}-filter`;
  const radio = (value, label, glyph) => {
    const input = h('input', {type: 'radio', name: filterName, value, class: 'sr-only'});
    input.checked = ctx.filter === value;
    input.addEventListener('change', () => { if (input.checked) onFilter(value); });
    return h('label', {class: 'segment', part: 'filter'}, input, glyph ? icon(glyph) : null, label);
  };
  const sample = (status, text) => h('span', {class: 'swatch', 'data-status': status, 'aria-hidden': 'true'}, text);
  const legend = h('ul', {class: 'legend', part: 'legend', 'aria-label': t('legend')},
      h('li', {}, sample('corroborated', t('legendAgreed')),
          h('span', {}, h('span', {class: 'badge', 'data-strength': '3', 'aria-hidden': 'true'}, icon('✓'), '3'),
              ' ', t('legendCorroborated'))),
      h('li', {}, sample('contested', t('legendDisputed')),
          h('span', {}, t.nodes('legendContested', {values: t('legendValues')},
              {values: (text) => h('mark', {class: 'value sample-value'}, text)}))),
      h('li', {}, sample('single', t('legendOne')), h('span', {}, t('legendSingle'))),
      h('li', {}, sample('furniture', t('legendByline')), h('span', {}, t('legendFurniture'))));
  const titleId = `${ctx.uid}-articles-title`;
  return {
    titleId,
    head: [
      h('h2', {class: 'section-title', id: titleId, tabindex: '-1'}, t('articlesTitle')),
      h('div', {class: 'toolbar', part: 'toolbar'},
          h('p', {class: 'section-note'}, t('articlesNote')),
          h('div', {class: 'filters', role: 'radiogroup', 'aria-label': t('highlight')},
              h('span', {class: 'filters-label', 'aria-hidden': 'true'}, t('highlight')),
              radio('all', t('filterAll')), radio('conflicts', t('filterConflicts'), '≠'),
              radio('single', t('filterSingle'), '◦')),
          legend),
    ],
  };
}

/** An article's frame and header; its body is filled by drawBody. */
export function drawArticleShell(view, source, ctx) {
  const {t} = ctx;
  const titleId = `${ctx.uid}-src-${source.index}`;
  const st = source.stats;
  const isFocus = ctx.focus?.source === source;
  // The article's own language when the engine recognised it (the interface may speak another).
  const lang = source.language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(source.language) && source.language !== 'und' ?
    source.language : false;
  const body = h('div', {class: 'article-body', lang});
  const notes = [];
  if (!source.compared) {
    const language = t.language(source.language);
    notes.push(h('p', {class: 'source-note uncompared-note', role: 'note'}, icon('⊘'), ' ',
        language ? t('notCompared', {language}) : t('notComparedUnknown')));
  }
  if (source.fromHtml) notes.push(h('p', {class: 'source-note html-note'}, t('fromHtml')));
  if (source.derivedWith.length) {
    notes.push(h('p', {class: 'source-note derived-note'}, icon('≈'), ' ',
        t('derivedWith', {names: names(view, source.derivedWith, t)})));
  }
  const stats = source.compared ? h('p', {class: 'source-stats'},
      h('span', {}, t('statClaims', {n: st.claims ?? 0})),
      h('span', {class: 'st corroborated'}, icon('✓'), t('statCorroborated', {n: st.corroborated ?? 0})),
      h('span', {class: 'st contested'}, icon('≠'), t('statContested', {n: st.contested ?? 0})),
      h('span', {class: 'st single'}, icon('◦'), t('statSingle', {n: st.single ?? 0}))) : null;
  const el = h('article', {class: `source${isFocus ? ' focus' : ''}${source.compared ? '' : ' uncompared'}`,
    part: isFocus ? 'source focus-source' : 'source', 'data-source': source.id, 'aria-labelledby': titleId},
  h('header', {class: 'source-head'},
      h('h3', {class: 'source-title', id: titleId},
          h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(source.index)), titleOf(source),
          isFocus ? h('span', {class: 'focus-badge'}, t('focusBadge')) : null),
      stats, notes),
  body);
  return {el, body};
}

/**
 * The body of `source` as a sequence of paragraph nodes, for the element to append a few at a
 * time (a generator, so that drawing a 2 MB article can yield to the browser between steps);
 * null now and then while a long run is being folded.
 */
export function* drawBody(view, source, ctx) {
  for (const block of blocksOf(source)) {
    if (!block) {
      yield null;  // layout work without a paragraph yet: a point to pause
      continue;
    }
    if (block.run) {
      yield drawRun(view, source, block, ctx, false);
      continue;
    }
    yield drawParagraph(view, source, block.pieces, ctx);
  }
}

function drawParagraph(view, source, pieces, ctx) {
  const p = h('p', {});
  for (const piece of pieces) {
    if (piece.run) p.append(drawRun(view, source, piece, ctx, true));
    else if (piece.unit) p.append(drawUnit(view, piece.unit, source, ctx));
    else p.append(source.text.slice(piece.start, piece.end));
  }
  if (pieces.length === 1 && pieces[0].unit) p.dataset.kind = pieces[0].unit.kind;
  return p;
}

/** A folded run: one line with a button that draws (and folds again) what it holds. */
function drawRun(view, source, run, ctx, inline) {
  const {t} = ctx;
  const what = [];
  if (run.repeats) what.push(t('runRepeats', {n: run.repeats}));
  if (run.furniture) what.push(t('runFurniture', {n: run.furniture}));
  const label = t('runFolded', {what: t.list(what)});
  const button = h('button', {type: 'button', class: 'run-toggle', 'aria-expanded': 'false'},
      icon('⋯'), ' ', h('span', {class: 'run-label'}, label), ' ', h('span', {class: 'run-action'}, t('runShow')));
  const content = h(inline ? 'span' : 'div', {class: 'run-content', hidden: true});
  const el = h(inline ? 'span' : 'p', {class: `run${inline ? ' inline' : ''}`, 'data-units': String(run.units)}, button);
  const holder = inline ? el : h('div', {class: 'run-block'}, el, content);
  if (inline) el.append(content);
  let drawn = 0;
  const more = h('button', {type: 'button', class: 'button small run-more'});
  const items = run.run;
  const drawNext = () => {
    const next = items.slice(drawn, drawn + RUN_PAGE);
    const frag = document.createDocumentFragment();
    for (const item of next) {
      if (inline) {
        if (item.unit) frag.append(drawUnit(view, item.unit, source, ctx));
        else frag.append(source.text.slice(item.start, item.end));
      } else {
        frag.append(drawParagraph(view, source, item, ctx));
      }
    }
    more.remove();
    content.append(frag);
    drawn += next.length;
    if (drawn < items.length) {
      more.textContent = t('runMore', {k: Math.min(RUN_PAGE, items.length - drawn), n: items.length - drawn});
      content.append(more);
    }
  };
  more.addEventListener('click', drawNext);
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    if (open && !drawn) drawNext();
    content.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.querySelector('.run-action').textContent = open ? t('runHide') : t('runShow');
  });
  return holder;
}

/** One unit: a claim (a focusable button with its status, badge or focus tag) or furniture. */
export function drawUnit(view, unit, source, ctx) {
  const {t} = ctx;
  const interactive = CLAIM_KINDS.has(unit.kind) && source.compared;
  const strength = Math.min(Math.max(unit.independent, 1), 5);
  const el = h('span', {
    class: 'unit',
    part: `unit ${unit.status}`,
    'data-unit': unit.id,
    'data-status': unit.status,
    'data-kind': unit.kind,
    'data-strength': unit.status === 'corroborated' ? strength : false,
  }, textWithMarks(source.text, unit.start, unit.end, unit.marks));
  if (interactive) {
    el.setAttribute('role', 'button');
    el.setAttribute('aria-expanded', 'false');
    el.setAttribute('aria-controls', `${ctx.uid}-card`);
    const on = ctx.filter === 'all' || (ctx.filter === 'conflicts' ? unit.status === 'contested' : unit.status === 'single');
    el.tabIndex = on ? 0 : -1;
    if (!on) el.classList.add('muted');
    const tag = ctx.focus?.source === source ? ctx.focus.tags.get(unit.id) : null;
    if (tag) {
      el.append(...focusTag(view, tag, t));
    } else if (unit.status === 'corroborated') {
      const sources = t('sources', {n: unit.count});
      el.append(h('span', {class: 'badge', part: 'badge', 'data-strength': strength, 'aria-hidden': 'true'},
          icon('✓'), t.number(unit.count)),
      srOnly(unit.independent < unit.count ? t('srCorroboratedIndependent', {sources, k: unit.independent}) :
          t('srCorroborated', {sources})));
    } else if (unit.status === 'contested') {
      const others = new Set(counterparts(view, unit).filter((c) => c.relation === 'conflict')
          .map((c) => c.unit.source)).size;
      el.append(h('span', {class: 'badge contested', part: 'badge', 'aria-hidden': 'true'}, icon('≠'), t('badgeContested')),
          srOnly(others ? t('srContestedBy', {n: others}) : t('srContested')));
    } else {
      el.append(srOnly(t('srSingle')));
    }
    ctx.unitEls.set(unit.id, el);
  } else if (unit.status === 'duplicate') {
    el.title = t('repeatTitle');
  } else if (unit.status === 'furniture') {
    el.title = unit.role ? t('furnitureRoleTitle', {role: unit.role}) : t('furnitureTitle');
  }
  return el;
}

/** The visible tag and the spoken text of a focus article's claim. */
function focusTag(view, tag, t) {
  const parts = [];
  const spoken = [];
  if (tag.disputed.length) {
    parts.push(h('span', {class: 'tag disputed'}, icon('≠'), ' ', t('tagDisputed', {names: names(view, tag.disputed, t)})));
    spoken.push(t('tagDisputedLong', {names: t.list(tag.disputed.map((i) => view.sources[i].title))}));
  }
  if (tag.also.length) {
    parts.push(h('span', {class: 'tag also'}, icon('✓'), ' ', t('tagAlso', {names: names(view, tag.also, t)})));
    spoken.push(t('tagAlsoLong', {names: t.list(tag.also.map((i) => view.sources[i].title))}));
  }
  if (tag.only) {
    parts.push(h('span', {class: 'tag only'}, icon('◦'), ' ', t('tagOnly')));
    spoken.push(t('tagOnlyLong'));
  }
  return [h('span', {class: 'tags', part: 'tag', 'aria-hidden': 'true'}, parts), srOnly(` (${spoken.join('; ')})`)];
}

/** The notes about the input (warnings), folded. */
export function drawWarnings(view, ctx) {
  if (!view.warnings.length) return null;
  const {t} = ctx;
  const byId = new Map(view.sources.map((s) => [s.id, s]));
  return h('details', {class: 'warnings', part: 'warnings'},
      h('summary', {}, t('warnings', {n: view.warnings.length})),
      h('ul', {}, view.warnings.map((w) => h('li', {'data-code': w.code || false},
          w.source ? [byId.has(w.source) ? titleOf(byId.get(w.source)) : w.source, ': '] : '',
          w.message || w.code || ''))));
}

// ---------------------------------------------------------------------------------------------
// Counterparts card

/** The card's title nodes and body nodes for `unit`. */
export function fillCard(view, unit, ctx) {
  const {t} = ctx;
  const source = view.sources[unit.source];
  const cps = counterparts(view, unit);
  const conflicts = new Set(cps.filter((c) => c.relation === 'conflict').map((c) => c.unit.source)).size;
  let title;
  let groupNote = null;
  if (conflicts) {
    title = [icon('≠'), ' ', t('cardContestedBy', {n: conflicts})];
  } else if (unit.status === 'contested') {
    // In a contested group without a conflict of its own: say where the disagreement is.
    title = [icon('≠'), ' ', t('cardContested')];
    const members = new Set(unit.groups.flatMap((g) => g.units));
    const rows = view.disputes.filter((d) => d.sides.some((side) => side.units.some((u) => members.has(u))));
    if (rows.length) {
      const names = (side) => t.list([...new Set(side.units.map((u) => u.source))].map((i) => view.sources[i].title));
      groupNote = h('ul', {class: 'group-note'}, rows.slice(0, CARD_COLUMNS).map((d) => h('li', {},
          d.sides.length === 2 ? [h('span', {class: 'pair-names'}, names(d.sides[0]), h('span', {class: 'ne'}, ' ≠ '),
              names(d.sides[1])), ': '] : null, d.reasons[0] ?? t('differentValues'))));
    }
  } else if (cps.length) {
    const extra = [];
    if (unit.independent < unit.count) extra.push(t('cardIndependent', {n: unit.independent}));
    if (unit.origins.length === 1 && unit.independent === 1) extra.push(t('cardAllCiting', {origin: unit.origins[0]}));
    else if (unit.origins.length) extra.push(t('cardCiting', {origins: t.list(unit.origins)}));
    title = [icon('✓'), ' ', t('cardStatedBy', {n: unit.count}), extra.length ? `, ${extra.join(', ')}` : ''];
  } else {
    title = [icon('◦'), ' ', t('cardOnly', {title: source.title})];
  }
  const label = {self: 'relSelf', agree: 'relAgree', conflict: 'relConflict', group: 'relGroup', related: 'relRelated'};
  const glyph = {agree: '✓', conflict: '≠', group: '=', related: '~'};
  const column = (u, relation, marks, reasons, clause = null) => {
    const s = view.sources[u.source];
    const attrs = {class: 'col', 'data-relation': relation, 'data-source': s.id, 'data-unit': u.id};
    if (relation !== 'self') attrs['data-goto'] = u.id;
    const derived = relation !== 'self' && view.sources[unit.source].derivedWith.includes(u.source);
    return h('figure', attrs,
        h('figcaption', {},
            h('span', {class: 'col-source'}, h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(s.index)), titleOf(s)),
            h('span', {class: 'col-relation'}, relation === 'self' ? t('relSelf') :
              [icon(glyph[relation] ?? ''), ' ', clause ? t('relAgreeInPart') : label[relation] ? t(label[relation]) : relation])),
        derived ? h('p', {class: 'col-derived'}, icon('≈'), ' ', t('derivedCopy', {title: source.title})) : null,
        h('blockquote', {class: 'col-text'}, textWithMarks(s.text, u.start, u.end, marks)),
        clause ? h('p', {class: 'col-clause'}, t('clauseInCommon'), ' ', h('q', {}, clause.theirs.text), ' ~ ',
            h('q', {}, clause.mine.text)) : null,
        reasons.length ? h('ul', {class: 'reasons'}, reasons.map((d) => h('li', {class: 'reason', 'data-type': d.type},
            h('span', {class: 'reason-type'}, d.type), ' ', d.reason))) : null);
  };
  const cols = [column(unit, 'self', unit.marks, [])];
  // Conflicts first: they are what the reader came for (the arrow keys keep source order).
  const order = {conflict: 0, agree: 1, group: 2, related: 3};
  const shown = cps.slice().sort((x, y) => (order[x.relation] ?? 4) - (order[y.relation] ?? 4));
  for (const c of shown.slice(0, CARD_COLUMNS)) {
    cols.push(column(c.unit, c.relation, c.discrepancies.map((d) => d.theirs).filter(Boolean), c.discrepancies,
        c.relation === 'agree' ? c.clause : null));
  }
  if (cps.length > CARD_COLUMNS) cols.push(h('p', {class: 'col-empty'}, t('cardMore', {n: cps.length - CARD_COLUMNS})));
  if (!cps.length) cols.push(h('p', {class: 'col-empty'}, t('cardNone')));
  return {title, body: [groupNote ?? '', h('div', {class: 'cols'}, cols)]};
}

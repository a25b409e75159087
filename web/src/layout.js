// layout.js — how one article of a view (model.js) is laid out for drawing: paragraphs of pieces
// (plain text or units), with long runs of page furniture and repeated passages folded into one
// line each, so that a pasted page with 12,000 repeated lines draws as a few paragraphs and one
// "12,000 repeated passages folded away" line.
//
// Pure data in, plain objects out: no DOM.
//
// Example:
//   const blocks = layoutBlocks(view.sources[0]);
//   blocks[0]   // {pieces: [{start: 0, end: 42, unit}, {start: 42, end: 43}, …]}
//   blocks[3]   // {run: [[…pieces…], …], repeats: 12000, furniture: 2, units: 12002}

/** Unit kinds that are claims; the others (furniture, repeats) may be folded. */
const CLAIMS = new Set(['claim', 'headline']);

/** A run folds when it holds at least this many furniture or repeated units. */
export const FOLD_MIN_UNITS = 4;

/**
 * Cuts `source.text` into paragraphs of pieces for drawing: each piece is either plain text
 * {start, end} or a unit {start, end, unit}. A paragraph break is a blank line outside every unit.
 * Units that overlap an earlier one are left out (the earlier one is drawn).
 */
export function layoutSource(source) {
  return [...paragraphsOf(source)];
}

/** The paragraphs of layoutSource, one at a time (a long article is laid out as it is drawn). */
export function* paragraphsOf(source) {
  const {text} = source;
  let current = [];
  const ready = [];
  // A finished paragraph: leading and trailing white space dropped from its plain pieces.
  const flush = () => {
    if (!current.length) return;
    const first = current[0];
    if (!first.unit) first.start += text.slice(first.start, first.end).search(/\S|$/);
    const last = current[current.length - 1];
    if (!last.unit) last.end = last.start + text.slice(last.start, last.end).trimEnd().length;
    const p = current.filter((x) => x.end > x.start);
    if (p.length) ready.push(p);
    current = [];
  };
  const re = /\n[^\S\n]*\n\s*/g;
  const plain = (from, to) => {
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
    if (unit.start < pos) continue;
    plain(pos, unit.start);
    current.push({start: unit.start, end: unit.end, unit});
    pos = unit.end;
    while (ready.length) yield ready.shift();
  }
  plain(pos, text.length);
  flush();
  while (ready.length) yield ready.shift();
}

const isFold = (piece) => piece.unit && !CLAIMS.has(piece.unit.kind);

/** True when a plain piece holds only white space. */
function blank(text, piece) {
  for (let i = piece.start; i < piece.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

function tally(run, unit) {
  run.units++;
  if (unit.kind === 'duplicate') run.repeats++;
  else run.furniture++;
}

/**
 * The layout of `source` as blocks: {pieces} for a paragraph, or {run: [paragraphs], repeats,
 * furniture, units} for consecutive paragraphs that hold only furniture and repeats, when they
 * hold at least `min` units. Inside a paragraph, a stretch of at least `min` such units separated
 * by nothing but white space becomes one piece {run: [pieces], repeats, furniture, units, start,
 * end}. Claims are never folded.
 */
export function layoutBlocks(source, min = FOLD_MIN_UNITS) {
  return [...blocksOf(source, min)].filter(Boolean);
}

/**
 * The blocks of layoutBlocks one at a time, with a `null` now and then inside a long run (a
 * point where the caller may pause: folding 12,000 repeats is work too).
 */
export function* blocksOf(source, min = FOLD_MIN_UNITS) {
  const {text} = source;
  let run = null;
  const flush = function* () {
    if (!run) return;
    if (run.units >= min) yield run;
    else for (const p of run.run) yield {pieces: foldInline(text, p, min)};
    run = null;
  };
  for (const paragraph of paragraphsOf(source)) {
    const onlyFolds = paragraph.every((x) => (x.unit ? isFold(x) : blank(text, x)));
    if (onlyFolds && paragraph.some((x) => x.unit)) {
      run ??= {run: [], repeats: 0, furniture: 0, units: 0};
      run.run.push(paragraph);
      for (const x of paragraph) if (x.unit) tally(run, x.unit);
      if (run.run.length % 256 === 0) yield null;
      continue;
    }
    yield* flush();
    yield {pieces: foldInline(text, paragraph, min)};
  }
  yield* flush();
}

/** `pieces` with each stretch of at least `min` furniture units folded into one run piece. */
function foldInline(text, pieces, min) {
  const out = [];
  let i = 0;
  while (i < pieces.length) {
    if (!isFold(pieces[i])) {
      out.push(pieces[i++]);
      continue;
    }
    // The stretch: fold units, with only blank plain pieces between them.
    let j = i;
    let lastUnit = i;
    const run = {run: [], repeats: 0, furniture: 0, units: 0, start: pieces[i].start, end: pieces[i].end};
    while (j < pieces.length && (isFold(pieces[j]) || (!pieces[j].unit && blank(text, pieces[j])))) {
      if (pieces[j].unit) {
        tally(run, pieces[j].unit);
        lastUnit = j;
      }
      j++;
    }
    if (run.units >= min) {
      run.run = pieces.slice(i, lastUnit + 1);
      run.end = pieces[lastUnit].end;
      out.push(run);
      i = lastUnit + 1;
    } else {
      out.push(...pieces.slice(i, lastUnit + 1));
      i = lastUnit + 1;
    }
  }
  return out;
}

// export.js — the conflicts of a view (model.js) as JSON, CSV and Markdown text, for download.
//
// One row per differing value: which sources, which claims, which values, and the engine's reason.
// Everything is built from the view; nothing is fetched or sent anywhere.
//
// Example:
//   conflictsToCsv(view)
//   // 'group,type,reason,source_a,title_a,value_a,claim_a,source_b,...\r\n0,number,"carriages: …'

/** The rows every format shares, in the order of the conflicts panel. */
export function conflictRows(view) {
  const rows = [];
  for (const c of view.conflicts) {
    const sa = view.sources[c.a.source];
    const sb = view.sources[c.b.source];
    const ds = c.discrepancies.length ? c.discrepancies : [{type: '', reason: c.reason, a: null, b: null}];
    for (const d of ds) {
      rows.push({
        group: c.group,
        type: d.type,
        reason: d.reason,
        a: side(sa, c.a, d.a),
        b: side(sb, c.b, d.b),
      });
    }
  }
  return rows;
}

function side(source, unit, value) {
  return {
    source: source.id,
    title: source.title,
    unit: unit.id,
    claim: unit.text,
    value: value ? value.text : '',
    start: value ? value.start : unit.start,
    end: value ? value.end : unit.end,
  };
}

/** Pretty JSON: {schema, sources: [{id, title}], conflicts: [...]}. */
export function conflictsToJson(view) {
  return JSON.stringify({
    schema: 1,
    sources: view.sources.map((s) => ({id: s.id, title: s.title})),
    conflicts: conflictRows(view),
  }, null, 2) + '\n';
}

const CSV_COLUMNS = [
  ['group', (r) => r.group],
  ['type', (r) => r.type],
  ['reason', (r) => r.reason],
  ['source_a', (r) => r.a.source],
  ['title_a', (r) => r.a.title],
  ['value_a', (r) => r.a.value],
  ['claim_a', (r) => r.a.claim],
  ['source_b', (r) => r.b.source],
  ['title_b', (r) => r.b.title],
  ['value_b', (r) => r.b.value],
  ['claim_b', (r) => r.b.claim],
];

/**
 * RFC 4180 CSV with CRLF line ends. Cells that a spreadsheet would read as a formula (starting
 * with = + - @, tab or CR) get a leading apostrophe.
 */
export function conflictsToCsv(view) {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const r of conflictRows(view)) {
    lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(r))).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function csvCell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** A Markdown report: a title, then one table row per conflicting value. */
export function conflictsToMarkdown(view) {
  const rows = conflictRows(view);
  const out = ['# Conflicts', ''];
  out.push(`${rows.length} conflicting ${rows.length === 1 ? 'value' : 'values'} across ` +
      `${view.sources.length} sources: ${view.sources.map((s) => mdCell(s.title)).join(', ')}.`);
  out.push('');
  if (!rows.length) return out.join('\n') + '\n';
  out.push('| Reason | Source A | Says | Source B | Says |');
  out.push('| --- | --- | --- | --- | --- |');
  for (const r of rows) {
    out.push('| ' + [
      mdCell(r.reason),
      mdCell(r.a.title),
      mdQuote(r.a),
      mdCell(r.b.title),
      mdQuote(r.b),
    ].join(' | ') + ' |');
  }
  return out.join('\n') + '\n';
}

function mdQuote(side) {
  return side.value ? `**${mdCell(side.value)}** — ${mdCell(side.claim)}` : mdCell(side.claim);
}

function mdCell(s) {
  return String(s ?? '').replace(/\s+/g, ' ').replace(/([\\|*_`[\]<>#])/g, '\\$1').trim();
}

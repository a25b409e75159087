// input.js — what the element checks before it asks the engine: which panes are left out (empty
// ones, named), and whether the text is within the engine's size limit, measured the way the
// engine measures it (UTF-8 bytes of the request), so that the reader hears "Source 3 is too
// long: 17.8 MB of text; the limit is 9.4 MB" before anything is loaded or sent to a worker.
//
// Pure: no DOM, no engine. The limits must equal web/engine/module.js's (a test checks them);
// they are repeated here so that checking needs none of the engine's files.
//
// Example:
//   const {sources, dropped, problem} = checkSources(panes);
//   dropped     // [{index: 2, id: 'source-3', title: ''}]   (whitespace only)
//   problem     // null, or {code: 'too-long', index: 2, title: '…', bytes: 9961472, limit: 9437184}

/** Most UTF-8 bytes of one request (web/engine/module.js MAX_INPUT_BYTES). */
export const MAX_INPUT_BYTES = 9 * 1024 * 1024;

/** Most sources of one comparison (web/engine/module.js MAX_SOURCES). */
export const MAX_SOURCES = 2000;

/** UTF-8 length of a string (a lone surrogate counts as the 3 bytes of U+FFFD, as sent). */
export function utf8Length(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length &&
      s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      n += 2;  // a pair: 4 bytes for 2 code units
      i++;
    } else n += 2;
  }
  return n;
}

/** UTF-8 bytes of `value` written as JSON (quotes and escapes included). */
function jsonBytes(value) {
  return utf8Length(JSON.stringify(value));
}

/**
 * Checks `panes` ([{id, title, text, format?}]): {sources (those with text, as the engine takes
 * them), dropped ([{index, id, title}] of the panes with only white space), problem (null or the
 * first thing that stops the comparison: {code: 'too-long', index, id, title, bytes, limit},
 * {code: 'too-long-together', bytes, limit} or {code: 'too-many', count, limit})}.
 */
export function checkSources(panes, {maxBytes = MAX_INPUT_BYTES, maxSources = MAX_SOURCES} = {}) {
  const sources = [];
  const dropped = [];
  const kept = [];
  for (const [index, p] of panes.entries()) {
    const text = typeof p.text === 'string' ? p.text : '';
    if (!text.trim()) {
      dropped.push({index, id: p.id, title: p.title ?? ''});
      continue;
    }
    const s = {id: p.id, title: p.title ?? '', text};
    if (p.format) s.format = p.format;
    sources.push(s);
    kept.push(index);
  }
  let problem = null;
  if (sources.length > maxSources) {
    problem = {code: 'too-many', count: sources.length, limit: maxSources};
  } else {
    // A code unit takes at most 6 bytes in JSON (\u001f); below that nothing needs measuring.
    let chars = 0;
    for (const s of sources) chars += s.text.length + s.title.length + s.id.length;
    if (chars * 6 + 64 * sources.length > maxBytes) {
      for (const [i, s] of sources.entries()) {
        const bytes = jsonBytes(s.text);
        if (bytes > maxBytes) {
          problem = {code: 'too-long', index: kept[i], id: s.id, title: s.title, bytes, limit: maxBytes};
          break;
        }
      }
      if (!problem) {
        // The request as the engine builds it ({"sources": […], "options": {…}}), options aside.
        const total = jsonBytes({sources}) + 16;
        if (total > maxBytes) problem = {code: 'too-long-together', bytes: total, limit: maxBytes};
      }
    }
  }
  return {sources, dropped, problem};
}

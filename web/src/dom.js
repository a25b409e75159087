// dom.js — the element's only way to make DOM: createElement, setAttribute and text nodes.
//
// No HTML string is ever parsed: text from a reader (articles, titles, file names) can only
// become a Text node, so a pasted `<img onerror=…>` stays letters on the screen.
//
// Example:
//   h('p', {class: 'note', 'aria-live': 'polite'}, 'Compared ', h('b', {}, '3'), ' sources')

/**
 * Creates an element. `attrs` values: string/number → attribute, true → empty attribute,
 * false/null/undefined → left out; keys starting with "on" are not allowed (use addEventListener)
 * and neither is "style" (CSP forbids style attributes; write element.style from code).
 * Children: nodes, strings (as text), numbers, arrays of those; null/false are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (/^on/i.test(name) || name === 'style') throw new TypeError(`h(): attribute ${name} is not allowed`);
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children as h() takes them. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Text that only screen readers get. */
export function srOnly(text) {
  return h('span', {class: 'sr-only'}, text);
}

/** An icon glyph hidden from screen readers (the text beside it carries the meaning). */
export function icon(glyph, cls = '') {
  return h('span', {class: `icon ${cls}`.trim(), 'aria-hidden': 'true'}, glyph);
}

/** "1 source" / "3 sources". */
export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

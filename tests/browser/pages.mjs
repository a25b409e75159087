// pages.mjs — test pages that exist only in the tests: an HTML page answered at a path of the demo
// server's origin (Playwright routes that one request; every other request, the element's files
// included, goes to the real server), under the same Content-Security-Policy as the demo.
//
// Example:
//   const {page, log} = await env.newPage();
//   await openFixture(page, env, elementPage({sources: SOURCES, attrs: 'focus="post"'}));

import {CSP} from '../../scripts/serve.mjs';

/** Text safe inside HTML text and attribute values. */
export function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON safe inside a <script type="application/json"> element. */
export function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A page with one <triangulate-compare> (attributes `attrs`) holding `sources` as child
 * <article>s and, when given, `result` as a child <script type="application/json">.
 */
export function elementPage({sources = [], result = null, attrs = '', lang = 'en', define = '/src/define.js', head = ''} = {}) {
  const articles = sources.map((s) => `    <article id="${esc(s.id)}" title="${esc(s.title ?? '')}">${esc(s.text)}</article>`);
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Triangulate test page</title>
  <script type="module" src="${esc(define)}"></script>
  ${head}
</head>
<body>
  <main>
  <h1>Triangulate test page</h1>
  <triangulate-compare ${attrs}>
${articles.join('\n')}
${result ? `    <script type="application/json">${scriptJson(result)}</script>` : ''}
  </triangulate-compare>
  </main>
</body>
</html>
`;
}

/** Answers `path` on the server's origin with `html` (and the demo's CSP), then opens it. */
export async function openFixture(page, env, html, path = '/fixture/page.html') {
  const url = env.url(path);
  await page.route(url, (route) => route.fulfill({
    status: 200,
    headers: {'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP},
    body: html,
  }));
  await page.goto(url);
}

/** Resolves when the element has drawn `n` results (the page counts triangulate-result events). */
export function resultsDrawn(page, n = 1) {
  return page.waitForFunction((n) => window.__tri.results >= n &&
      ![...document.querySelectorAll('triangulate-compare')].some((el) => el.busy), n, {polling: 100});
}

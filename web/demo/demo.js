// demo.js — the demo page: the sample articles preloaded into <triangulate-compare editable>, and
// a choice of focus article (focus mode: read the comparison as the publisher of one of them).
//
// The samples come from ../dist/samples.json, written from samples/*.txt by
// `node scripts/serve.mjs` (or `node scripts/serve.mjs --build-samples`), with their comparison,
// ../dist/samples.result.json, computed there by the same WebAssembly engine: the element draws it
// as a precomputed result, at once, while the engine loads for the reader's edits. Without that
// file (an engine not built when the samples were written) the element compares them itself.

import {TriangulateCompareElement} from '../src/define.js';

const compare = document.getElementById('compare');
const status = document.getElementById('demo-status');
const focus = document.getElementById('focus');

/** The focus menu offers the sources being compared and shows the element's focus. */
function fillFocusMenu(sources) {
  const keep = compare.focus ?? '';
  const options = [focus.options[0]];
  for (const s of sources) {
    const option = document.createElement('option');
    option.value = s.id;
    option.textContent = s.title || s.id;
    options.push(option);
  }
  focus.replaceChildren(...options);
  focus.value = sources.some((s) => s.id === keep) ? keep : '';
}

/** The samples' precomputed result as text, or null when there is none. */
async function fetchSamplesResult() {
  try {
    const response = await fetch(new URL('../dist/samples.result.json', import.meta.url));
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

async function loadSamples() {
  status.textContent = 'Loading the sample articles…';
  const precomputed = fetchSamplesResult();
  try {
    const response = await fetch(new URL('../dist/samples.json', import.meta.url));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const samples = await response.json();
    const result = await precomputed;
    compare.sources = samples;
    // Drawn when it fits the samples (the element checks their text); else they are compared.
    try {
      if (result) compare.result = result;
    } catch {
      // Not a result (a damaged file): the element compares the samples as it would without one.
    }
    status.textContent = '';
  } catch (e) {
    status.textContent = `The sample articles could not be loaded (${e.message}). ` +
      'Run node scripts/serve.mjs to build them.';
    compare.sources = [{id: 'source-1', title: '', text: ''}, {id: 'source-2', title: '', text: ''}];
  }
  fillFocusMenu(compare.sources);
}

document.getElementById('load-samples').addEventListener('click', loadSamples);
document.getElementById('clear').addEventListener('click', () => {
  compare.focus = null;
  compare.sources = [{id: 'source-1', title: '', text: ''}, {id: 'source-2', title: '', text: ''}];
  fillFocusMenu([]);
  // The element redraws its panes in a microtask; focus the first one after that.
  queueMicrotask(() => compare.shadowRoot.querySelector('textarea')?.focus());
});
focus.addEventListener('change', () => { compare.focus = focus.value || null; });
// Sources added, removed or renamed in the editor show up in the menu with the next result.
compare.addEventListener('triangulate-result', () => fillFocusMenu(compare.sources));

// The engine loads while the samples are fetched, not after them.
TriangulateCompareElement.preload().catch(() => {});  // a failure is shown by the comparison
loadSamples();

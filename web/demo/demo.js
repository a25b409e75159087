// demo.js — the demo page: the sample articles preloaded into <triangulate-compare editable>.
//
// The samples come from ../dist/samples.json, written from samples/*.txt by
// `node scripts/serve.mjs` (or `node scripts/serve.mjs --build-samples`).

import '../src/define.js';

const compare = document.getElementById('compare');
const status = document.getElementById('demo-status');

async function loadSamples() {
  status.textContent = 'Loading the sample articles…';
  try {
    const response = await fetch(new URL('../dist/samples.json', import.meta.url));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const samples = await response.json();
    compare.sources = samples;
    status.textContent = '';
  } catch (e) {
    status.textContent = `The sample articles could not be loaded (${e.message}). ` +
      'Run node scripts/serve.mjs to build them.';
    compare.sources = [{id: 'source-1', title: '', text: ''}, {id: 'source-2', title: '', text: ''}];
  }
}

document.getElementById('load-samples').addEventListener('click', loadSamples);
document.getElementById('clear').addEventListener('click', () => {
  compare.sources = [{id: 'source-1', title: '', text: ''}, {id: 'source-2', title: '', text: ''}];
  // The element redraws its panes in a microtask; focus the first one after that.
  queueMicrotask(() => compare.shadowRoot.querySelector('textarea')?.focus());
});

loadSamples();

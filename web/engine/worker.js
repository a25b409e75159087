// worker.js — runs the WebAssembly module off the main thread (a module worker).
//
// Protocol (one reply per request, matched by id):
//   <- {ready: true}                                             once, when it listens
//   -> {id, action: 'init',    payload: {moduleUrl?, wasmUrl?, dataUrl?}}   <- {id, result: version}
//   -> {id, action: 'compare', payload: inputJson}                <- {id, result: resultJson}
//   -> {id, action: 'version'}                                    <- {id, result: version}
//   any failure                                                   <- {id, error: message}
// inputJson is the core's input (built and checked by engine.js); resultJson is the exact text
// the core returned. The module is loaded once (the first 'init', or the defaults on a first
// 'compare') and the worker stays usable after any error. After 'init' it warms up: two
// comparisons of its own (WARM_UP) that it throws away.
//
// The same file runs under Node's worker_threads, with parentPort standing in for self.

import {TriangulateError, buildRequest, loadModule, runCompare, runVersion} from './module.js';

let urls = {};

// Three short reports written for this warm-up. The first comparisons in a fresh worker run
// code the browser has not compiled or optimised yet (a reader's first Compare took twice as long
// as the third): after 'init' the worker compares these twice, while the page is still busy with
// other things, and throws the results away.
const WARM_UP = buildRequest([
  {id: 'a', text: 'The Harlow Street bridge reopened on Tuesday after eight months of repairs, the ' +
    'city council said. The work cost 4.2 million pounds, about 300,000 more than planned. Mayor ' +
    'Anne Ruddock said no lanes would close again this year. Traffic was light on the first morning.'},
  {id: 'b', text: "Harlow Street's bridge opened to traffic again on Wednesday, ending repairs that " +
    'took eight months. According to the council, the bill came to 4.5 million pounds. Mayor Anne ' +
    'Ruddock said lanes would not close again this year. Cyclists welcomed the new path.'},
  {id: 'c', text: 'After eight months of work the bridge on Harlow Street reopened on Tuesday. The ' +
    "repairs cost about 4.2 million pounds, council officials said. Some lanes will close in May " +
    "for painting, the mayor's office said."},
]);
const WARM_UP_RUNS = 2;

async function handle(action, payload) {
  switch (action) {
    case 'init':
      urls = {moduleUrl: payload?.moduleUrl, wasmUrl: payload?.wasmUrl, dataUrl: payload?.dataUrl};
      await loadModule(urls);
      setTimeout(warmUp, 0);  // after the reply: a comparison asked for meanwhile waits for it
      return runVersion(urls);
    case 'compare':
      return runCompare(urls, payload);
    case 'version':
      return runVersion(urls);
    default:
      throw new TriangulateError(`unknown action: ${String(action)}`);
  }
}

async function warmUp() {
  try {
    for (let i = 0; i < WARM_UP_RUNS; ++i) await runCompare(urls, WARM_UP);
  } catch {
    // A module that fails here fails the next real comparison too, with its message.
  }
}

function listen(post) {
  return (data) => {
    const id = data?.id;
    handle(data?.action, data?.payload).then(
      (result) => post({id, result}),
      (e) => post({id, error: String(e?.message ?? e)}));
  };
}

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

if (!isNode && typeof self === 'object' && typeof self.postMessage === 'function') {
  const onMessage = listen((message) => self.postMessage(message));
  self.onmessage = (event) => onMessage(event.data);
  self.postMessage({ready: true});
} else if (isNode) {
  const threadsName = 'node:worker_threads';  // not resolved by bundlers for the browser
  import(threadsName).then(({parentPort}) => {
    if (!parentPort) return;
    parentPort.on('message', listen((message) => parentPort.postMessage(message)));
    parentPort.postMessage({ready: true});
  });
}

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
// 'compare') and the worker stays usable after any error.
//
// The same file runs under Node's worker_threads, with parentPort standing in for self.

import {TriangulateError, loadModule, runCompare, runVersion} from './module.js';

let urls = {};

async function handle(action, payload) {
  switch (action) {
    case 'init':
      urls = {moduleUrl: payload?.moduleUrl, wasmUrl: payload?.wasmUrl, dataUrl: payload?.dataUrl};
      await loadModule(urls);
      return runVersion(urls);
    case 'compare':
      return runCompare(urls, payload);
    case 'version':
      return runVersion(urls);
    default:
      throw new TriangulateError(`unknown action: ${String(action)}`);
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

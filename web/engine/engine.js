// engine.js — the JavaScript API of Triangulate: compare articles claim by claim in the browser
// (or Node), with the C++ core compiled to WebAssembly.
//
//   import {createEngine} from './engine/engine.js';
//   const engine = await createEngine();               // module in a Web Worker
//   const result = await engine.compare([
//     {id: 'wire', text: 'The train had 90 carriages.'},
//     {id: 'post', text: 'The train had 10 to 15 carriages.'},
//   ]);
//   result.links[0].relation;                          // 'conflict'
//   engine.terminate();
//
// Every input is checked here before the module sees it; a bad call rejects with a
// TriangulateError that says what is wrong, and the engine stays usable. See engine.d.ts for the
// types and module.js for the limits (MAX_INPUT_BYTES, MAX_SOURCES) and the text rules (lone
// surrogates become U+FFFD, which keeps every UTF-16 offset the same).

import {
  MAX_INPUT_BYTES, MAX_SOURCES, TriangulateError, buildRequest, loadModule, runCompare, runVersion,
} from './module.js';

export {MAX_INPUT_BYTES, MAX_SOURCES, TriangulateError};

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

// ---------------------------------------------------------------------------------------------
// Same-thread backend

function inlineBackend(urls) {
  return {
    ready: () => loadModule(urls).then(() => undefined),
    compare: (json) => runCompare(urls, json),
    version: () => runVersion(urls),
    terminate() {},
  };
}

// ---------------------------------------------------------------------------------------------
// Worker backend: {id, action, payload} -> {id, result} | {id, error}

async function spawnWorker(onMessage, onFailure) {
  const url = new URL('./worker.js', import.meta.url);
  if (typeof Worker === 'function' && !isNode) {
    const worker = new Worker(url, {type: 'module'});
    worker.addEventListener('message', (event) => onMessage(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      onFailure(new TriangulateError(`engine worker failed: ${event.message || 'could not start'}`));
    });
    worker.addEventListener('messageerror', () =>
      onFailure(new TriangulateError('engine worker sent a message that could not be read')));
    return {post: (m) => worker.postMessage(m), terminate: () => worker.terminate(), ref() {}, unref() {}};
  }
  if (isNode) {
    const threadsName = 'node:worker_threads';
    const {Worker: NodeWorker} = await import(threadsName);
    const worker = new NodeWorker(url);
    worker.on('message', onMessage);
    worker.on('error', (e) => onFailure(new TriangulateError(`engine worker failed: ${e?.message ?? e}`)));
    worker.on('exit', (code) => onFailure(new TriangulateError(`engine worker exited (code ${code})`)));
    worker.unref();  // an idle engine does not keep Node running
    return {
      post: (m) => worker.postMessage(m),
      terminate: () => worker.terminate(),
      ref: () => worker.ref(),
      unref: () => worker.unref(),
    };
  }
  throw new TriangulateError('Web Workers are not available here; use createEngine({worker: false})');
}

function workerBackend(urls) {
  let channel = null;     // Promise of the live worker, created on first use and after a crash
  let worker = null;
  let nextId = 1;
  const pending = new Map();  // id -> {resolve, reject}

  function settle(message) {
    const waiter = pending.get(message?.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (pending.size === 0) worker?.unref();
    if (message.error !== undefined) waiter.reject(new TriangulateError(String(message.error)));
    else waiter.resolve(message.result);
  }

  function fail(error) {
    // The worker is gone or broken: reject what waits on it and start a fresh one next time.
    const current = worker;
    worker = null;
    channel = null;
    current?.terminate();
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  }

  function send(live, action, payload) {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, {resolve, reject});
      if (pending.size === 1) live.ref();
      try {
        live.post({id, action, payload});
      } catch (e) {
        pending.delete(id);
        reject(new TriangulateError(`cannot send to the engine worker: ${e?.message ?? e}`));
      }
    });
  }

  function live() {
    if (!channel) {
      const starting = (async () => {
        const spawned = await spawnWorker(settle, (error) => { if (worker === spawned) fail(error); });
        worker = spawned;
        try {
          await send(spawned, 'init', {moduleUrl: urls.moduleUrl, wasmUrl: urls.wasmUrl});
        } catch (e) {
          // The module did not load: drop this worker; the next call starts another.
          if (worker === spawned) worker = null;
          spawned.terminate();
          throw e;
        }
        return spawned;
      })();
      starting.catch(() => { if (channel === starting) channel = null; });
      channel = starting;
    }
    return channel;
  }

  let closed = false;
  async function request(action, payload) {
    if (closed) throw new TriangulateError('engine terminated');
    const current = await live();
    if (closed) throw new TriangulateError('engine terminated');
    // The worker failed while we waited: ask the one that replaces it.
    if (current !== worker) return request(action, payload);
    return send(current, action, payload);
  }

  return {
    ready: () => live().then(() => undefined),
    compare: (json) => request('compare', json),
    version: () => request('version'),
    terminate() {
      closed = true;
      const current = worker;
      worker = null;
      channel = null;
      for (const waiter of pending.values()) waiter.reject(new TriangulateError('engine terminated'));
      pending.clear();
      current?.terminate();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The engine

/**
 * Loads the module (in a Web Worker by default, in this thread with {worker: false}) and resolves
 * to an engine once it is ready; rejects with a TriangulateError when it cannot be loaded.
 * moduleUrl / wasmUrl default to ../dist/triangulate.js and ../dist/triangulate.wasm relative to
 * this file.
 */
export async function createEngine({worker = true, moduleUrl, wasmUrl} = {}) {
  const urls = {
    moduleUrl: moduleUrl === undefined ? undefined : String(moduleUrl),
    wasmUrl: wasmUrl === undefined ? undefined : String(wasmUrl),
  };
  const backend = worker ? workerBackend(urls) : inlineBackend(urls);
  try {
    await backend.ready();
  } catch (e) {
    backend.terminate();
    throw e;
  }
  let terminated = false;
  const check = () => {
    if (terminated) throw new TriangulateError('engine terminated');
  };

  const compareRaw = async (sources, options) => {
    check();
    return backend.compare(buildRequest(sources, options));
  };

  return {
    compareRaw,
    async compare(sources, options) {
      return JSON.parse(await compareRaw(sources, options));
    },
    async version() {
      check();
      return backend.version();
    },
    terminate() {
      terminated = true;
      backend.terminate();
    },
  };
}

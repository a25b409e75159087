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
// Hosting from another origin (a CDN): browsers refuse a Worker whose script is on another origin,
// so the worker starts in one of three ways, tried in this order (README, "Embed in your page",
// gives the Content-Security-Policy each needs):
//   1. `workerUrl`, when given: a script on the page's own origin whose one line imports this
//      folder's worker.js (`import 'https://cdn.example/…/web/engine/worker.js';`);
//   2. worker.js itself, when it is on the page's origin;
//   3. a blob: module worker whose one line imports worker.js (needs `worker-src blob:`; the
//      import is dynamic, so worker.js and its imports fall under script-src like the page's).
// When no worker can start (a policy forbids it, or there is no Worker), the engine runs on the
// calling thread instead and says so once in the console; `engine.mode` tells which it is.
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
    ready: () => loadModule(urls).then(() => 'same-thread'),
    compare: (json) => runCompare(urls, json),
    version: () => runVersion(urls),
    terminate() {},
  };
}

// ---------------------------------------------------------------------------------------------
// Worker backend: {id, action, payload} -> {id, result} | {id, error}

/** A worker that could not start (as opposed to one that started and then failed). */
function startFailure(message) {
  const error = new TriangulateError(message);
  error.workerStart = true;
  return error;
}

/**
 * The script a browser worker starts from, and how: {url, mode, revoke?}. See the top of this
 * file for the order. Throws a start failure when the page's location is unknown.
 */
function browserWorkerScript(workerUrl) {
  const own = new URL('./worker.js', import.meta.url);
  const here = globalThis.document?.baseURI ?? globalThis.location?.href;
  if (workerUrl !== undefined) return {url: new URL(String(workerUrl), here), mode: 'worker'};
  if (here && own.origin === new URL(here).origin) return {url: own, mode: 'worker'};
  if (typeof Blob !== 'function' || typeof URL.createObjectURL !== 'function') {
    throw startFailure(`worker.js is on another origin (${own.origin}) and blob: URLs are not available`);
  }
  const bootstrap = new Blob([`await import(${JSON.stringify(own.href)});\n`], {type: 'text/javascript'});
  return {url: URL.createObjectURL(bootstrap), mode: 'blob-worker', revoke: true};
}

async function spawnWorker(onMessage, onFailure, workerUrl) {
  if (typeof Worker === 'function' && !isNode) {
    const script = browserWorkerScript(workerUrl);
    const release = () => {
      if (script.revoke) URL.revokeObjectURL(script.url);
      script.revoke = false;
    };
    let worker;
    try {
      worker = new Worker(script.url, {type: 'module'});
    } catch (e) {
      release();
      throw startFailure(`no Web Worker could be started from ${script.mode === 'blob-worker' ?
        'a blob: URL' : script.url}: ${e?.message ?? e}`);
    }
    // worker.js says {ready: true} once it listens; until then the worker has not started (a
    // message sent earlier could be lost while a bootstrap still imports worker.js).
    return new Promise((resolve, reject) => {
      let started = false;
      worker.addEventListener('message', (event) => {
        if (!started) {
          if (event.data?.ready !== true) return;
          started = true;
          release();
          resolve({
            mode: script.mode,
            post: (m) => worker.postMessage(m),
            terminate: () => worker.terminate(),
            ref() {},
            unref() {},
          });
          return;
        }
        onMessage(event.data);
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault?.();
        release();
        if (started) {
          onFailure(new TriangulateError(`engine worker failed: ${event.message || 'it stopped'}`));
        } else {
          worker.terminate();
          reject(startFailure(`the engine worker could not start (${script.mode}: ` +
            `${event.message || 'its script did not load or was refused'})`));
        }
      });
      worker.addEventListener('messageerror', () =>
        onFailure(new TriangulateError('engine worker sent a message that could not be read')));
    });
  }
  const url = new URL('./worker.js', import.meta.url);
  if (isNode) {
    const threadsName = 'node:worker_threads';
    const {Worker: NodeWorker} = await import(threadsName);
    const worker = new NodeWorker(url);
    worker.on('message', onMessage);
    worker.on('error', (e) => onFailure(new TriangulateError(`engine worker failed: ${e?.message ?? e}`)));
    worker.on('exit', (code) => onFailure(new TriangulateError(`engine worker exited (code ${code})`)));
    worker.unref();  // an idle engine does not keep Node running
    return {
      mode: 'worker',
      post: (m) => worker.postMessage(m),
      terminate: () => worker.terminate(),
      ref: () => worker.ref(),
      unref: () => worker.unref(),
    };
  }
  throw startFailure('Web Workers are not available here');
}

function workerBackend(urls, workerUrl) {
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
        const spawned = await spawnWorker(settle, (error) => { if (worker === spawned) fail(error); },
          workerUrl);
        worker = spawned;
        try {
          await send(spawned, 'init', {moduleUrl: urls.moduleUrl, wasmUrl: urls.wasmUrl, dataUrl: urls.dataUrl});
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
    ready: () => live().then((w) => w.mode),
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

/** Starts `backend` and resolves to its mode, or terminates it and rethrows. */
async function start(backend) {
  try {
    return await backend.ready();
  } catch (e) {
    backend.terminate();
    throw e;
  }
}

/**
 * Loads the module (in a Web Worker by default, in this thread with {worker: false}) and resolves
 * to an engine once it is ready; rejects with a TriangulateError when it cannot be loaded. When
 * no worker can start, falls back to this thread with a console warning (engine.mode says which).
 * moduleUrl / wasmUrl / dataUrl default to ../dist/triangulate.js, ../dist/triangulate.wasm and
 * ../dist/triangulate-data.txt relative to
 * this file; workerUrl is a worker script on the page's origin that imports worker.js.
 */
export async function createEngine({worker = true, moduleUrl, wasmUrl, dataUrl, workerUrl} = {}) {
  const urls = {
    moduleUrl: moduleUrl === undefined ? undefined : String(moduleUrl),
    wasmUrl: wasmUrl === undefined ? undefined : String(wasmUrl),
    dataUrl: dataUrl === undefined ? undefined : String(dataUrl),
  };
  let backend = null;
  let mode;
  if (worker) {
    const threaded = workerBackend(urls, workerUrl === undefined ? undefined : String(workerUrl));
    try {
      mode = await start(threaded);
      backend = threaded;
    } catch (e) {
      // A worker that started but could not load the module would fail the same way here.
      if (!e?.workerStart) throw e;
      console.warn(`Triangulate: ${e.message}. The engine runs on the page's thread instead; ` +
        'see "Embed in your page" in the README for the Content-Security-Policy a worker needs.');
    }
  }
  if (!backend) {
    backend = inlineBackend(urls);
    mode = await start(backend);
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
    /** 'worker', 'blob-worker' (a blob: bootstrap of a cross-origin worker.js) or 'same-thread'. */
    mode,
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

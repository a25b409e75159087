// module.js — what engine.js and worker.js share: loading the WebAssembly module once, turning
// (sources, options) into the core's input JSON with every check done first, and running it.
//
// Nothing here knows about threads. The engine logic is all in the C++ core (core/); the module
// (wasm/bindings.cc) exports compare(inputJson) -> resultJson and version() (and heapInUse() for
// the leak test).
//
// Text and offsets: the core reads UTF-8 and reports offsets in UTF-16 code units (JavaScript
// string indices). A JavaScript string can hold a lone surrogate, which has no UTF-8 form, so
// every string is first made well-formed by replacing each lone surrogate with U+FFFD. Both are
// one UTF-16 code unit, so the length and every offset into the text stay exactly the same.

/** Most UTF-8 bytes one request (the input JSON text: all texts, titles and ids) may have.
 *  Larger inputs are refused before the module is called. The limit follows from the core's
 *  memory rule, peak <= 64 MiB + 100 bytes per input byte whatever the input: under the 1 GiB
 *  heap (wasm/CMakeLists.txt) that allows (1024 - 64) MiB / 100 = 9.6 MiB, and 9 MiB keeps a
 *  margin. (Ordinary news text needs far less: the result is handed to JavaScript in pieces and
 *  never held in the heap as a whole.) */
export const MAX_INPUT_BYTES = 9 * 1024 * 1024;

/** Most sources one comparison may have (the core's own default limit). */
export const MAX_SOURCES = 2000;

const FORMATS = ['auto', 'text', 'html'];
const OPTION_KEYS = ['minScore'];

/** The one error type of the engine: bad input, a result the core refused, or a load failure. */
export class TriangulateError extends Error {
  constructor(message) {
    super(message);
    this.name = 'TriangulateError';
  }
}

// ---------------------------------------------------------------------------------------------
// Input

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value}`;
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` with each lone surrogate replaced by U+FFFD (same length, same offsets). */
export function wellFormed(s) {
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s.replace(LONE_SURROGATE, '\uFFFD');
}

/** UTF-8 length of a well-formed string. */
export function utf8Length(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/**
 * Checks `sources` and `options` and returns the core's input JSON text, or throws a
 * TriangulateError that says what is wrong and where ("sources[2].text must be a string").
 */
export function buildRequest(sources, options) {
  if (!Array.isArray(sources)) {
    throw new TriangulateError(`sources must be an array of source objects, got ${describe(sources)}`);
  }
  if (sources.length < 2 || sources.length > MAX_SOURCES) {
    throw new TriangulateError(
      `sources must hold 2 to ${MAX_SOURCES} sources to compare, got ${sources.length}`);
  }
  const seen = new Set();
  const clean = sources.map((source, i) => {
    const where = `sources[${i}]`;
    if (!isPlainObject(source)) {
      throw new TriangulateError(`${where} must be an object {id, text, title?}, got ${describe(source)}`);
    }
    if (typeof source.id !== 'string' || source.id === '') {
      throw new TriangulateError(`${where}.id must be a non-empty string, got ${describe(source.id)}`);
    }
    if (typeof source.text !== 'string') {
      throw new TriangulateError(`${where}.text must be a string, got ${describe(source.text)}`);
    }
    if (source.title !== undefined && typeof source.title !== 'string') {
      throw new TriangulateError(`${where}.title must be a string when given, got ${describe(source.title)}`);
    }
    if (source.format !== undefined && !FORMATS.includes(source.format)) {
      throw new TriangulateError(`${where}.format must be one of ${FORMATS.join(', ')} when given`);
    }
    const id = wellFormed(source.id);
    if (seen.has(id)) throw new TriangulateError(`${where}.id "${id}" is used by an earlier source`);
    seen.add(id);
    const out = {id, text: wellFormed(source.text)};
    if (source.title !== undefined) out.title = wellFormed(source.title);
    if (source.format !== undefined) out.format = source.format;
    return out;
  });

  const request = {sources: clean};
  if (options !== undefined && options !== null) {
    if (!isPlainObject(options)) {
      throw new TriangulateError(`options must be an object when given, got ${describe(options)}`);
    }
    for (const key of Object.keys(options)) {
      if (!OPTION_KEYS.includes(key)) {
        throw new TriangulateError(`options.${key} is not an option (known: ${OPTION_KEYS.join(', ')})`);
      }
    }
    const minScore = options.minScore;
    if (minScore !== undefined && !(typeof minScore === 'number' && minScore >= 0 && minScore <= 1)) {
      throw new TriangulateError('options.minScore must be a number from 0 to 1 when given');
    }
    const opts = {};
    if (minScore !== undefined) opts.minScore = minScore;
    request.options = opts;
  }

  const json = JSON.stringify(request);
  // Fast path: 3 bytes per UTF-16 code unit is the most UTF-8 can take.
  if (json.length * 3 > MAX_INPUT_BYTES) {
    const bytes = utf8Length(json);
    if (bytes > MAX_INPUT_BYTES) {
      throw new TriangulateError(
        `input too large: ${bytes} bytes of UTF-8 (ids, titles and texts together) exceed the ` +
        `limit of ${MAX_INPUT_BYTES} bytes`);
    }
  }
  return json;
}

// ---------------------------------------------------------------------------------------------
// Output

/** The raw result text when it is a result, or throws the core's error as a TriangulateError. */
export function checkResult(raw) {
  if (typeof raw !== 'string') throw new TriangulateError('engine returned no result');
  if (raw.startsWith('{"error":') || raw.startsWith('{"id":')) {
    const parsed = JSON.parse(raw);
    if (typeof parsed.error === 'string') throw new TriangulateError(parsed.error);
  }
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Loading

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

/** Where the built module is by default: web/dist/, beside this folder. */
export function defaultUrls() {
  return {
    moduleUrl: new URL('../dist/triangulate.js', import.meta.url).href,
    wasmUrl: new URL('../dist/triangulate.wasm', import.meta.url).href,
    dataUrl: new URL('../dist/triangulate-data.txt', import.meta.url).href,
  };
}

async function readBinary(url) {
  if (url.startsWith('file:')) {
    // A variable specifier keeps bundlers from trying to resolve a Node built-in for the browser.
    const fsName = 'node:fs/promises';
    const fs = await import(fsName);
    return fs.readFile(new URL(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

const instances = new Map();  // `${moduleUrl} ${wasmUrl}` -> Promise<module>

function resolveUrls({moduleUrl, wasmUrl, dataUrl} = {}) {
  const defaults = defaultUrls();
  const js = String(moduleUrl ?? defaults.moduleUrl);
  // A custom module URL finds its .wasm and data beside it unless wasmUrl / dataUrl say otherwise.
  const wasm = String(wasmUrl ?? (moduleUrl ? new URL('triangulate.wasm', js).href : defaults.wasmUrl));
  const data = String(dataUrl ?? (moduleUrl ? new URL('triangulate-data.txt', js).href : defaults.dataUrl));
  return {js, wasm, data, key: `${js} ${wasm} ${data}`};
}

/**
 * The module instance for these URLs, created once and cached (a failed load is forgotten so a
 * later call can retry). Under Node the .wasm bytes are read here and handed to the factory,
 * since Emscripten 3.1.6 would try fetch() on a file path.
 */
export function loadModule(urls) {
  const {js, wasm, data, key} = resolveUrls(urls);
  let pending = instances.get(key);
  if (!pending) {
    pending = (async () => {
      // The engine's data (word relations, frequencies, models) downloads while the code loads.
      // Its bytes go to the module as they are (a JavaScript string would be encoded to UTF-8
      // again on the way in).
      const bundle = readBinary(data);
      bundle.catch(() => {});  // awaited below; a failure is reported there
      const {default: factory} = await import(/* webpackIgnore: true */ js);
      const settings = {
        // Emscripten would print failures to the console; they reach callers as errors instead.
        print: () => {},
        printErr: () => {},
      };
      if (isNode) settings.wasmBinary = await readBinary(wasm);
      else settings.locateFile = () => wasm;
      const module = await factory(settings);
      let bytes;
      try {
        bytes = await bundle;
      } catch (e) {
        throw new Error(`cannot load the engine data from ${data}: ${e?.message ?? e}`);
      }
      const refused = module.loadData(bytes);
      if (refused) throw new Error(refused);
      return module;
    })().catch((e) => {
      instances.delete(key);
      throw new TriangulateError(`cannot load the WebAssembly module from ${js}: ${e?.message ?? e}`);
    });
    instances.set(key, pending);
  }
  return pending;
}

/** Forgets a module instance (after a trap its state cannot be trusted). */
export function dropModule(urls) {
  instances.delete(resolveUrls(urls).key);
}

/**
 * Runs one request (input JSON text from buildRequest) and returns the result JSON text, or
 * throws a TriangulateError. The module turns bad input into error objects. A heap that cannot
 * grow any further throws the string "out of memory: ..." (wasm/bindings.cc), and anything else
 * that goes wrong in it traps; either leaves memory held by the frames it abandoned (WebAssembly
 * memory never shrinks), so the instance is dropped and the next call starts from a fresh one.
 */
export async function runCompare(urls, requestJson) {
  if (typeof requestJson !== 'string') throw new TriangulateError('compare needs the input JSON text');
  const json = wellFormed(requestJson);
  if (json.length * 3 > MAX_INPUT_BYTES && utf8Length(json) > MAX_INPUT_BYTES) {
    throw new TriangulateError(`input too large: more than ${MAX_INPUT_BYTES} bytes of UTF-8`);
  }
  const module = await loadModule(urls);
  let raw;
  try {
    raw = module.compare(json);
  } catch (e) {
    dropModule(urls);
    if (typeof e === 'string' && e.startsWith('out of memory')) throw new TriangulateError(e);
    throw new TriangulateError(`engine failure (the module was restarted): ${e?.message ?? String(e)}`);
  }
  return checkResult(raw);
}

/** The core's version string. */
export async function runVersion(urls) {
  const module = await loadModule(urls);
  return module.version();
}

#!/usr/bin/env node
// serve.mjs — a tiny, dependency-free static server for the Triangulate demo.
//
// Serves the repository's web/ folder on localhost with the MIME types the browser insists on
// (.wasm as application/wasm, .js/.mjs as text/javascript) and the Content-Security-Policy the
// widget is built to run under. Before serving it writes web/dist/samples.json from samples/*.txt
// so the demo page opens with the project's sample articles, and web/dist/samples.result.json,
// their comparison by the built WebAssembly engine, so the page draws it at once (the engine the
// page loads beside it would give the same bytes; it runs when the reader edits).
//
// Usage:
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1]   serve (port 0 = any free port)
//   node scripts/serve.mjs --build-samples                     only write web/dist/samples.json
//                                                              and samples.result.json
// Options for serving something else, as a site or a CDN would (tests use them):
//   --root DIR      serve DIR instead of web/ ("/" then serves DIR/index.html, not the demo)
//   --cors ORIGIN   answer with Access-Control-Allow-Origin: ORIGIN ("*" for any) and
//                   Cross-Origin-Resource-Policy: cross-origin, so pages on ORIGIN may import the
//                   files (module scripts, workers' imports and fetch() need CORS)
//   --csp POLICY    send POLICY as the Content-Security-Policy ("none": send none)
//
// The first line on stdout is "Serving http://HOST:PORT/" (tests read the port from it).
// Nothing outside web/ is ever served: paths are resolved, then checked against the root, and
// symbolic links are followed only when their target stays inside it.

import {createServer} from 'node:http';
import {mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile} from 'node:fs/promises';
import {createReadStream} from 'node:fs';
import {basename, dirname, extname, join, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webRoot = join(repo, 'web');
const samplesDir = join(repo, 'samples');
const samplesOut = join(webRoot, 'dist', 'samples.json');
const samplesResultOut = join(webRoot, 'dist', 'samples.result.json');

/** The policy the demo and the element must work under. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

function parseArgs(argv) {
  const args = {port: 8080, host: '127.0.0.1', buildSamplesOnly: false, root: webRoot, cors: null, csp: CSP};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--port' || a.startsWith('--port=')) {
      const v = value();
      args.port = Number(v);
      if (!/^\d+$/.test(v) || args.port > 65535) usage(`bad port: ${v}`);
    } else if (a === '--host' || a.startsWith('--host=')) {
      args.host = value();
    } else if (a === '--root' || a.startsWith('--root=')) {
      args.root = resolve(value());
    } else if (a === '--cors' || a.startsWith('--cors=')) {
      args.cors = value();
      if (args.cors !== '*' && !/^https?:\/\/[^/\s]+$/.test(args.cors)) usage(`bad --cors origin: ${args.cors}`);
    } else if (a === '--csp' || a.startsWith('--csp=')) {
      const v = value();
      args.csp = v === 'none' ? null : v;
    } else if (a === '--build-samples') {
      args.buildSamplesOnly = true;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(
          'usage: node scripts/serve.mjs [--port N] [--host H] [--root DIR] [--cors ORIGIN] ' +
          '[--csp POLICY|none] [--build-samples]\n');
      process.exit(0);
    } else {
      usage(`unknown argument: ${a}`);
    }
  }
  return args;
}

function usage(message) {
  process.stderr.write(`serve.mjs: ${message}\n`);
  process.exit(2);
}

/**
 * Writes web/dist/samples.json: [{id, title, text}] from samples/*.txt in name order. The id is
 * the file name without extension; the title is the id in words ("western-herald" → "Western
 * Herald"). Returns how many samples were written (0 when samples/ is missing).
 */
export async function buildSamples() {
  let names = [];
  try {
    names = (await readdir(samplesDir)).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    return 0;
  }
  const samples = [];
  for (const name of names) {
    const id = basename(name, '.txt');
    const text = await readFile(join(samplesDir, name), 'utf8');
    const title = id.replace(/^\d+[_-]?/, '').split(/[-_]+/).filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') || id;
    samples.push({id, title, text});
  }
  await mkdir(dirname(samplesOut), {recursive: true});
  await writeAtomically(samplesOut, JSON.stringify(samples, null, 1) + '\n');
  await buildSamplesResult(samples);
  return samples.length;
}

/**
 * Writes web/dist/samples.result.json: the result of comparing `samples` as the demo's element
 * asks for it (the same sources, no options), computed by the built WebAssembly engine in a worker
 * thread (ended afterwards, so the server does not keep its memory); the file holds the engine's
 * text as it came. Without a built engine there is no file (a stale one is removed) and the page
 * compares the samples when it opens. Returns true when it wrote the file.
 */
export async function buildSamplesResult(samples) {
  let engine;
  try {
    if (samples.length < 2) throw new Error('fewer than two samples');
    const {createEngine} = await import('../web/engine/engine.js');
    engine = await createEngine();
    const raw = await engine.compareRaw(samples, {});
    await writeAtomically(samplesResultOut, raw);
    return true;
  } catch (e) {
    await rm(samplesResultOut, {force: true});
    process.stderr.write(`serve.mjs: the samples' result was not precomputed (${e?.message ?? e}); ` +
      'the demo compares them when it opens\n');
    return false;
  } finally {
    engine?.terminate();
  }
}

/** Replaces `path` with `text` at once: a page loading it meanwhile reads the old or the new file. */
async function writeAtomically(path, text) {
  const part = `${path}.${process.pid}.part`;
  await writeFile(part, text);
  await rename(part, path);
}

/** Maps a request path to a file inside `root`, or null when it would leave the root. */
async function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const candidate = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  let real;
  try {
    real = await realpath(candidate);
  } catch {
    return {path: candidate, exists: false};
  }
  const realRoot = await realpath(root);
  if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
  return {path: real, exists: true};
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...baseHeaders(res.site),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function baseHeaders({csp, cors}) {
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
  if (csp) headers['Content-Security-Policy'] = csp;
  if (cors) {
    headers['Access-Control-Allow-Origin'] = cors;
    headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
    if (cors !== '*') headers.Vary = 'Origin';
  }
  return headers;
}

async function handle(req, res, root) {
  if (req.method === 'OPTIONS' && res.site.cors) {
    // A CORS preflight: only simple GETs are served, so allow those.
    res.writeHead(204, {...baseHeaders(res.site), 'Access-Control-Allow-Methods': 'GET, HEAD'});
    return res.end();
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'method not allowed\n', {Allow: 'GET, HEAD'});
  }
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/' && res.site.demo) {
    return send(res, 302, 'see /demo/\n', {Location: '/demo/'});
  }
  const target = await resolveInside(root, url.pathname);
  if (!target) return send(res, 403, 'forbidden\n');
  if (!target.exists) return send(res, 404, 'not found\n');
  let file = target.path;
  let info = await stat(file);
  if (info.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      return send(res, 301, 'moved\n', {Location: url.pathname + '/' + url.search});
    }
    file = join(file, 'index.html');
    try {
      info = await stat(file);
    } catch {
      return send(res, 404, 'not found\n');
    }
  }
  if (!info.isFile()) return send(res, 404, 'not found\n');
  res.writeHead(200, {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    ...baseHeaders(res.site),
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

/**
 * Starts the server; resolves to the node http.Server once it listens. `cors`: an origin (or "*")
 * allowed to read the files; `csp`: the policy to send (null: none).
 */
export async function serve({port = 8080, host = '127.0.0.1', root = webRoot, cors = null, csp = CSP} = {}) {
  const site = {cors, csp, demo: resolve(root) === webRoot};
  const server = createServer((req, res) => {
    res.site = site;
    handle(req, res, resolve(root)).catch((err) => {
      if (!res.headersSent) send(res, 500, 'internal error\n');
      else res.destroy();
      process.stderr.write(`serve.mjs: ${err.message}\n`);
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  return server;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = parseArgs(process.argv.slice(2));
  const count = args.root === webRoot ? await buildSamples() : 0;
  if (args.buildSamplesOnly) {
    process.stdout.write(`wrote ${count} samples to ${samplesOut}\n`);
  } else {
    const server = await serve(args);
    const {port} = server.address();
    const shownHost = args.host.includes(':') ? `[${args.host}]` : args.host;
    const what = args.root === webRoot ? ' (demo: /demo/)' : ` (${args.root})`;
    process.stdout.write(`Serving http://${shownHost}:${port}/${what}\n`);
    const stop = () => server.close(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
}

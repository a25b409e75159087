// server.test.mjs — scripts/serve.mjs: MIME types, the CSP header, no way out of web/.
// (No browser needed; it lives here because the browser tests stand on this server.)

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {request} from 'node:http';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {repo, startServer} from './helpers.mjs';

/** A raw GET (the path is sent exactly as written, unlike fetch(), which normalises "..") */
function get(origin, path, method = 'GET') {
  const {hostname, port} = new URL(origin);
  return new Promise((ok, fail) => {
    const req = request({hostname, port, path, method}, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8')}));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  it('serves the demo with the CSP header', async () => {
    const r = await get(server.origin, '/demo/');
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(r.headers['content-security-policy'],
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    assert.match(r.body, /<triangulate-compare/);
    assert.doesNotMatch(r.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'inline script in the demo');
    assert.doesNotMatch(r.body, /<style|\sstyle=/, 'inline style in the demo');
  });

  it('redirects / to the demo', async () => {
    const r = await get(server.origin, '/');
    assert.equal(r.status, 302);
    assert.equal(r.headers.location, '/demo/');
  });

  it('gives the right MIME types', async () => {
    const cases = [
      ['/src/define.js', 'text/javascript; charset=utf-8'],
      ['/src/triangulate.css', 'text/css; charset=utf-8'],
      ['/demo/favicon.svg', 'image/svg+xml'],
      ['/dist/samples.json', 'application/json; charset=utf-8'],
    ];
    if (existsSync(join(repo, 'web', 'dist', 'triangulate.wasm'))) cases.push(['/dist/triangulate.wasm', 'application/wasm']);
    for (const [path, type] of cases) {
      const r = await get(server.origin, path, 'HEAD');
      assert.equal(r.status, 200, path);
      assert.equal(r.headers['content-type'], type, path);
      assert.ok(r.headers['content-security-policy'], `${path} has no CSP`);
    }
  });

  it('never serves anything outside web/', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/demo/../../package.json',
      '/demo/%2e%2e/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%5cpackage.json', '/demo/%00',
      '/../../../../etc/passwd']) {
      const r = await get(server.origin, path);
      assert.ok(r.status === 403 || r.status === 404 || r.status === 400, `${path} → ${r.status}`);
      assert.doesNotMatch(r.body, /"devDependencies"|root:/, `${path} leaked a file`);
    }
  });

  it('answers 404 for what is missing and 405 for other methods', async () => {
    assert.equal((await get(server.origin, '/nope.js')).status, 404);
    assert.equal((await get(server.origin, '/demo/', 'POST')).status, 405);
  });

  it('wrote the samples for the demo', async () => {
    const r = await get(server.origin, '/dist/samples.json');
    const samples = JSON.parse(r.body);
    assert.ok(Array.isArray(samples) && samples.length >= 2);
    for (const s of samples) assert.ok(s.id && s.title && s.text);
  });
});

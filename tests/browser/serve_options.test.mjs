// serve_options.test.mjs — scripts/serve.mjs as a CDN or a host site: --root (another folder,
// still no way out of it), --cors (the headers a cross-origin page needs, and the preflight),
// --csp (another policy, or none). No browser needed; cross_origin.test.mjs uses these servers.

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {request} from 'node:http';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {repo, startServer} from './helpers.mjs';

function get(origin, path, method = 'GET') {
  const {hostname, port} = new URL(origin);
  return new Promise((ok, fail) => {
    const req = request({hostname, port, path, method, headers: {Origin: 'http://127.0.0.1:1'}}, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8')}));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('scripts/serve.mjs --root, --cors, --csp', () => {
  let dir;
  let cdn;
  let site;
  let plain;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tri-serve-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>host</title>');
    writeFileSync(join(dir, 'worker.js'), "import 'http://127.0.0.1:1/engine/worker.js';\n");
    cdn = await startServer(['--root', join(repo, 'web'), '--cors', '*', '--csp', 'none']);
    site = await startServer(['--root', dir, '--cors', 'http://127.0.0.1:1', '--csp', "default-src 'none'"]);
    plain = await startServer(['--root', dir]);
  });

  after(async () => {
    for (const s of [cdn, site, plain]) await s?.stop();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  it('serves the package files to any origin, with no policy of its own', async () => {
    const r = await get(cdn.origin, '/engine/engine.js');
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(r.headers['access-control-allow-origin'], '*');
    assert.equal(r.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(r.headers['content-security-policy'], undefined);
    const wasm = await get(cdn.origin, '/dist/triangulate.wasm', 'HEAD');
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.equal(wasm.headers['access-control-allow-origin'], '*');
    // Errors carry the CORS headers too, so the page can read why.
    const missing = await get(cdn.origin, '/dist/nothing.bin');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['access-control-allow-origin'], '*');
  });

  it('names one allowed origin, answers its preflight, and sends the policy given', async () => {
    const r = await get(site.origin, '/worker.js');
    assert.equal(r.status, 200);
    assert.equal(r.headers['access-control-allow-origin'], 'http://127.0.0.1:1');
    assert.equal(r.headers.vary, 'Origin');
    assert.equal(r.headers['content-security-policy'], "default-src 'none'");
    const pre = await get(site.origin, '/worker.js', 'OPTIONS');
    assert.equal(pre.status, 204);
    assert.equal(pre.headers['access-control-allow-methods'], 'GET, HEAD');
  });

  it('serves another root: "/" is its index.html, not the demo, and nothing outside it', async () => {
    const index = await get(plain.origin, '/');
    assert.equal(index.status, 200);
    assert.match(index.body, /<title>host<\/title>/);
    assert.equal(index.headers['access-control-allow-origin'], undefined);
    assert.equal(index.headers['content-security-policy'],
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    assert.equal((await get(plain.origin, '/demo/')).status, 404);
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd']) {
      const r = await get(plain.origin, path);
      assert.ok(r.status === 403 || r.status === 404, `${path}: ${r.status}`);
      assert.doesNotMatch(r.body, /"name"|root:/, `${path} leaked a file`);
    }
  });
});

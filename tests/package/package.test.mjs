// package.test.mjs — the npm package as a user gets it: `npm pack` (its prepack builds web/dist/),
// `npm install ./<tarball>` in an empty folder with no registry, then
//   - a Node script imports the package, compares two texts and gets a conflict, in a worker
//     thread and on the same thread;
//   - the element from the installed package draws a result in Chromium, the folder served by a
//     plain static server under the README's same-origin policy;
// and the tarball holds what `files` and `exports` promise (every built file of web/dist/, the
// licence and notices, nothing else), at the version CMake reads from package.json.

import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {repo, skipReason as noBrowser, startEnv, startServer, waitForResult} from '../browser/helpers.mjs';

const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const cli = process.env.TRI_CLI ?? join(repo, 'build', 'cli', 'triangulate');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, {cwd, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe']});
}

describe('the npm package', () => {
  let work;
  let tarball;
  let files;       // paths inside the tarball, without the leading "package/"
  let installed;   // <consumer>/node_modules/<name>

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'tri-package-'));
    const packed = join(work, 'packed');
    mkdirSync(packed);
    // Exactly what a maintainer runs; prepack builds web/dist/ (incremental when it is current).
    run(npm, ['pack', '--pack-destination', packed, '--loglevel=error'], repo);
    const names = readdirSync(packed).filter((n) => n.endsWith('.tgz'));
    assert.equal(names.length, 1, `npm pack made ${names}`);
    tarball = join(packed, names[0]);
    files = run('tar', ['-tzf', tarball]).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));

    const consumer = join(work, 'consumer');
    mkdirSync(consumer);
    // An empty folder, no registry: the package has no dependencies to fetch.
    run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error',
      '--cache', join(work, 'npm-cache'), tarball], consumer);
    installed = join(consumer, 'node_modules', pkg.name);
  });

  after(() => {
    if (work) rmSync(work, {recursive: true, force: true});
  });

  it('is named, versioned and licensed as the repository says', () => {
    assert.equal(pkg.name, 'triangulate-compare');
    assert.notEqual(pkg.private, true, 'a private package cannot be published');
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync(join(repo, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} The Triangulate authors\n/);
    // One version: CMake reads package.json, so the command line reports the same.
    if (existsSync(cli)) assert.equal(run(cli, ['--version']).trim(), `triangulate ${pkg.version}`);
    assert.match(tarball, new RegExp(`${pkg.name}-${pkg.version.replaceAll('.', '\\.')}\\.tgz$`));
  });

  it('holds every built file of web/dist/, the engine, the element, the licence and notices', () => {
    // The demo's samples and their result (scripts/serve.mjs) are the demo's, not the package's.
    const built = readdirSync(join(repo, 'web', 'dist')).filter((n) => !n.startsWith('samples.'));
    assert.ok(built.includes('triangulate.wasm') && built.includes('triangulate.js'), `web/dist: ${built}`);
    for (const name of built) assert.ok(files.includes(`web/dist/${name}`), `web/dist/${name} is not packed`);
    for (const dir of ['web/engine', 'web/src']) {
      for (const entry of readdirSync(join(repo, dir), {recursive: true, withFileTypes: true})) {
        if (!entry.isFile()) continue;
        const path = join(entry.parentPath ?? entry.path, entry.name).slice(repo.length).replace(/^\//, '');
        assert.ok(files.includes(path), `${path} is not packed`);
      }
    }
    for (const f of ['LICENSE', 'THIRD_PARTY_NOTICES.md', 'README.md', 'package.json']) {
      assert.ok(files.includes(f), `${f} is not packed`);
    }
    const stray = files.filter((f) => !/^(web\/(engine|src|dist)\/.+|LICENSE|THIRD_PARTY_NOTICES\.md|README\.md|package\.json)$/.test(f));
    assert.deepEqual(stray, [], 'files outside what the package should hold');
    assert.ok(!files.includes('web/dist/samples.json'), 'the demo samples are packed');
    assert.ok(!files.includes('web/dist/samples.result.json'), 'the demo samples\' result is packed');
  });

  it('points every export and type at a file it holds', () => {
    const targets = [pkg.main, pkg.types];
    for (const value of Object.values(pkg.exports)) {
      if (typeof value === 'string') targets.push(value);
      else targets.push(...Object.values(value));
    }
    for (const target of targets) {
      const path = target.replace(/^\.\//, '');
      if (path.includes('*')) {
        const prefix = path.slice(0, path.indexOf('*'));
        assert.ok(files.some((f) => f.startsWith(prefix)), `${target} matches nothing`);
      } else {
        assert.ok(files.includes(path), `${target} is not in the package`);
      }
    }
  });

  it('compares two texts from Node after npm install, in a worker and on the same thread', () => {
    const script = join(installed, '..', '..', 'check.mjs');
    writeFileSync(script, `
import {createEngine, TriangulateError, MAX_SOURCES} from '${pkg.name}';
const a = 'The storm closed the harbour on Tuesday. Lifeboat crews rescued 14 sailors.';
const b = 'The storm closed the harbour on Tuesday. Lifeboat crews rescued 9 sailors.';
const out = {maxSources: MAX_SOURCES, element: import.meta.resolve('${pkg.name}/element'),
  wasm: import.meta.resolve('${pkg.name}/dist/triangulate.wasm')};
for (const worker of [true, false]) {
  const engine = await createEngine({worker});
  const result = await engine.compare([{id: 'a', text: a}, {id: 'b', text: b}]);
  out[engine.mode] = {version: await engine.version(), reason: result.conflicts[0]?.reason};
  try {
    await engine.compare([{id: 'only', text: a}]);
  } catch (e) {
    out[engine.mode].error = e instanceof TriangulateError;
  }
  engine.terminate();
}
console.log(JSON.stringify(out));
`);
    const out = JSON.parse(run(process.execPath, [script], join(installed, '..', '..')));
    for (const mode of ['worker', 'same-thread']) {
      assert.deepEqual(out[mode], {version: pkg.version, reason: 'sailors: 14 vs 9', error: true}, mode);
    }
    assert.equal(out.maxSources, 2000);
    assert.ok(out.element.endsWith(`/node_modules/${pkg.name}/web/src/define.js`), out.element);
    assert.ok(out.wasm.endsWith(`/node_modules/${pkg.name}/web/dist/triangulate.wasm`), out.wasm);
  });

  it('draws the element from the installed package in Chromium, from a plain static server', {skip: noBrowser || false}, async () => {
    const site = join(installed, '..', '..');
    writeFileSync(join(site, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>installed package</title>
<script type="module" src="/node_modules/${pkg.name}/web/src/define.js"></script></head><body>
<triangulate-compare>
  <article id="harbour-news" title="Harbour News">The storm closed the harbour on Tuesday. Lifeboat crews rescued 14 sailors.</article>
  <article id="coast-daily" title="Coast Daily">The storm closed the harbour on Tuesday. Lifeboat crews rescued 9 sailors.</article>
</triangulate-compare></body></html>`);
    // The README's same-origin policy (its first Content-Security-Policy line).
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const policy = /^Content-Security-Policy: (.*)$/m.exec(readme.slice(readme.indexOf('## Embed in your page')))[1];
    const server = await startServer(['--root', site, '--csp', policy]);
    const env = await startEnv();
    try {
      const {page} = await env.newPage();
      await page.goto(`${server.origin}/index.html`);
      await waitForResult(page);
      const state = await page.evaluate(() => ({
        reasons: document.querySelector('triangulate-compare').result.conflicts.map((c) => c.reason),
        csp: window.__tri.csp,
      }));
      assert.deepEqual(state, {reasons: ['sailors: 14 vs 9'], csp: []});
    } finally {
      await env.close();
      await server.stop();
    }
  });
});

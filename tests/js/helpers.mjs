// helpers.mjs — paths and fixtures shared by the WebAssembly tests (not a test file itself).
//
// Env: TRI_SHARED  the shared folder with seeds/ (default <repo>/../shared)
//      TRI_CLI     the native command line (default <repo>/build/cli/triangulate)
// The built module is read from <repo>/web/dist (scripts/build-wasm.sh). When it or the CLI is
// missing the tests that need it are skipped with the reason, except under CI, where a missing
// build is a failure.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = path.resolve(process.env.TRI_SHARED ?? path.join(repo, '..', 'shared'));
export const cliPath = path.resolve(process.env.TRI_CLI ?? path.join(repo, 'build', 'cli', 'triangulate'));
export const distDir = path.join(repo, 'web', 'dist');
export const moduleJs = path.join(distDir, 'triangulate.js');
export const moduleWasm = path.join(distDir, 'triangulate.wasm');

const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

/** undefined when the built module exists; otherwise a skip reason (or a throw under CI). */
export function needWasm() {
  if (existsSync(moduleJs) && existsSync(moduleWasm)) return undefined;
  const why = `no WebAssembly build in ${distDir} (run scripts/build-wasm.sh)`;
  if (inCi) throw new Error(why);
  return why;
}

/** undefined when the native CLI exists; otherwise a skip reason (or a throw under CI). */
export function needCli() {
  if (existsSync(cliPath)) return undefined;
  const why = `no native CLI at ${cliPath} (cmake --build build --target triangulate, or set TRI_CLI)`;
  if (inCi) throw new Error(why);
  return why;
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

/**
 * The .txt files of `dir` as sources [{id, file, text}] in name order; the id is the file name
 * without extension, as the CLI makes it. Files that are not valid UTF-8 are left out (the CLI
 * repairs and reports raw bytes, which a JavaScript string cannot carry); `skipped` names them.
 */
export function readSources(dir) {
  const sources = [];
  const skipped = [];
  if (!existsSync(dir)) return {sources, skipped};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const file = path.join(dir, name);
    const bytes = readFileSync(file);
    try {
      sources.push({id: path.parse(name).name, file, text: strictUtf8.decode(bytes)});
    } catch {
      skipped.push(file);
    }
  }
  return {sources, skipped};
}

/** The CLI's --json output for `files`, as bytes, without its final newline. */
export function runCli(files, extraArgs = []) {
  const out = execFileSync(cliPath, ['--json', ...extraArgs, ...files], {maxBuffer: 1 << 28});
  return out.at(-1) === 0x0a ? out.subarray(0, out.length - 1) : out;
}

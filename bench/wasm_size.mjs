// wasm_size.mjs — prints the sizes of the built module and of its data bundle, raw and gzip (level 9).
//   node bench/wasm_size.mjs [dir]        (default: web/dist)
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

/** [{file, raw, gzip}] for triangulate.js and triangulate.wasm in `dir`, plus a total row. */
export function moduleSizes(dir) {
  const rows = ['triangulate.js', 'triangulate.wasm'].map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return {file, raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length};
  });
  rows.push({
    file: 'total',
    raw: rows.reduce((n, r) => n + r.raw, 0),
    gzip: rows.reduce((n, r) => n + r.gzip, 0),
  });
  return rows;
}

/** {file, raw, gzip} of the engine's data bundle (triangulate-data.txt) in `dir`. */
export function dataSize(dir) {
  const bytes = readFileSync(path.join(dir, 'triangulate-data.txt'));
  return {file: 'triangulate-data.txt', raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length};
}

export function printSizes(dir) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
  console.log(`${'file'.padEnd(22)}${'raw'.padStart(10)}${'gzip -9'.padStart(10)}`);
  for (const r of moduleSizes(dir)) console.log(`${r.file.padEnd(22)}${kb(r.raw)}${kb(r.gzip)}   (code: budget 150 KiB gzip)`);
  const d = dataSize(dir);
  console.log(`${d.file.padEnd(22)}${kb(d.raw)}${kb(d.gzip)}   (data: budget 400 KiB gzip)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  printSizes(path.resolve(process.argv[2] ?? path.join(repo, 'web', 'dist')));
}

// mangle-glue.cjs — shortens the local names of Emscripten's JS glue (triangulate.js) in place.
//
//   node wasm/mangle-glue.cjs build-wasm/wasm/triangulate.js
//
// Emscripten 3.1.6 minifies the glue's white space but renames nothing unless Closure Compiler
// runs, which Debian's package cannot. The terser that Emscripten itself ships (and uses for its
// JS optimizer) renames every local binding: the glue goes from 10.0 to 7.4 KiB gzip, a sixth of
// the module's 150 KiB budget for code. Only names change: property names (Module["..."], the
// wasm exports), strings and the module's export stay, so behaviour is the same (tests/js and
// tests/browser run on the result).
// Needs acorn (Debian node-acorn, which Emscripten depends on) and Emscripten's third_party/terser.
'use strict';
const fs = require('fs');
const path = require('path');

function findTerser() {
  const candidates = [
    process.env.EMSCRIPTEN_ROOT && path.join(process.env.EMSCRIPTEN_ROOT, 'third_party', 'terser', 'terser.js'),
    '/usr/share/emscripten/third_party/terser/terser.js',
  ].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p));
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node mangle-glue.cjs FILE.js');
    process.exit(2);
  }
  const terserPath = findTerser();
  let acorn;
  try {
    acorn = require('acorn');
  } catch (e) {
    acorn = null;
  }
  if (!terserPath || !acorn) {
    console.error('mangle-glue: Emscripten\'s terser or acorn not found; the glue stays as Emscripten wrote it');
    return;
  }
  const terser = require(terserPath);
  // This terser predates import.meta: it stands in as a plain name while names are changed.
  const stand = '__tri_import_meta_url__';
  const source = fs.readFileSync(file, 'utf8');
  if (source.includes(stand)) throw new Error('mangle-glue: the placeholder occurs in the input');
  const code = source.split('import.meta.url').join(stand);
  const ast = terser.AST_Node.from_mozilla_ast(acorn.parse(code, {ecmaVersion: 2021, sourceType: 'module'}));
  ast.figure_out_scope({module: true});
  ast.compute_char_frequency({});
  ast.mangle_names({module: true, reserved: [stand]});
  const out = ast.print_to_string({beautify: false}).split(stand).join('import.meta.url');
  fs.writeFileSync(file, out + '\n');
}

main();

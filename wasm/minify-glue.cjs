// minify-glue.cjs — minifies Emscripten's JS glue (triangulate.js) in place.
//
//   node wasm/minify-glue.cjs build-wasm/wasm/triangulate.js
//
// Emscripten 3.1.6 minifies the glue's white space but neither renames nor compresses anything
// unless Closure Compiler runs, which Debian's package cannot. terser (npm, a devDependency pinned
// in package-lock.json) does both here, with its safe defaults only (no `unsafe*` option): three
// passes of compression (dead branches, joined declarations, shorter expressions) and the local
// names renamed. Property names (Module["..."], the wasm exports), strings and the module's export
// stay, so behaviour is the same; tests/js and tests/browser run on the result. The glue goes from
// 9.7 KiB gzip as Emscripten writes it to 5.7 KiB, of the module's 150 KiB budget for code.
// Without node_modules/terser (no `npm ci` yet), the terser that Emscripten ships renames the
// local names only (10.0 -> 7.3 KiB when last measured, 2026-12-05), and the size test says so
// if the budget is then passed.
'use strict';
const fs = require('fs');
const path = require('path');

// terser from the project's node_modules: compression and renaming.
function minifyWithTerser(source) {
  let terser;
  try {
    terser = require('terser');
  } catch (e) {
    return null;
  }
  const out = terser.minify_sync(source, {
    module: true,  // the glue is an ES module (-sEXPORT_ES6): its top level is its own
    ecma: 2020,
    compress: {passes: 3},
    mangle: true,
    format: {comments: false},
  });
  return out.code;
}

// The terser Emscripten ships (an older one, without its compressor): renaming only.
function mangleWithEmscriptenTerser(source) {
  const candidates = [
    process.env.EMSCRIPTEN_ROOT && path.join(process.env.EMSCRIPTEN_ROOT, 'third_party', 'terser', 'terser.js'),
    '/usr/share/emscripten/third_party/terser/terser.js',
  ].filter(Boolean);
  const terserPath = candidates.find((p) => fs.existsSync(p));
  let acorn;
  try {
    acorn = require('acorn');
  } catch (e) {
    acorn = null;
  }
  if (!terserPath || !acorn) return null;
  const terser = require(terserPath);
  // This terser predates import.meta: it stands in as a plain name while names are changed.
  const stand = '__tri_import_meta_url__';
  if (source.includes(stand)) throw new Error('minify-glue: the placeholder occurs in the input');
  const code = source.split('import.meta.url').join(stand);
  const ast = terser.AST_Node.from_mozilla_ast(acorn.parse(code, {ecmaVersion: 2021, sourceType: 'module'}));
  ast.figure_out_scope({module: true});
  ast.compute_char_frequency({});
  ast.mangle_names({module: true, reserved: [stand]});
  return ast.print_to_string({beautify: false}).split(stand).join('import.meta.url');
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node minify-glue.cjs FILE.js');
    process.exit(2);
  }
  const source = fs.readFileSync(file, 'utf8');
  let out = minifyWithTerser(source);
  if (out === null) {
    console.error('minify-glue: terser is not in node_modules (npm ci); renaming local names only');
    out = mangleWithEmscriptenTerser(source);
  }
  if (out === null) {
    console.error('minify-glue: neither terser found; the glue stays as Emscripten wrote it');
    return;
  }
  fs.writeFileSync(file, out + '\n');
}

main();

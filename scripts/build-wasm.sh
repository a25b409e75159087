#!/usr/bin/env bash
# Builds the WebAssembly module (Emscripten) and copies it to web/dist/:
#   web/dist/triangulate.js    ES module factory (createTriangulateModule)
#   web/dist/triangulate.wasm
#   web/dist/triangulate-data.txt  the engine's data (core/data/ bundled), fetched beside the module
# then prints their sizes, raw and gzip.
#
# Usage: scripts/build-wasm.sh [extra CMake arguments, e.g. -DTRIANGULATE_WASM_OPT=-Oz]
# Env:   TRI_WASM_BUILD_DIR  build directory (default: <repo>/build-wasm)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TRI_WASM_BUILD_DIR:-$root/build-wasm}"

if ! command -v emcmake >/dev/null 2>&1; then
  echo "build-wasm.sh: emcmake not found (Debian: apt-get install emscripten)" >&2
  exit 2
fi

# Emscripten's JS optimizer needs Debian's node modules (acorn); wasm/CMakeLists.txt sets this for
# the link step too, this covers everything else.
if [ -d /usr/share/nodejs ]; then
  export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"
fi

generator=()
if [ ! -f "$build/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
  generator=(-G Ninja)
fi

emcmake cmake -S "$root" -B "$build" "${generator[@]}" "$@"
cmake --build "$build" --target triangulate_wasm triangulate_data

mkdir -p "$root/web/dist"
cp "$build/wasm/triangulate.js" "$build/wasm/triangulate.wasm" "$build/triangulate-data.txt" "$root/web/dist/"
node "$root/bench/wasm_size.mjs" "$root/web/dist"

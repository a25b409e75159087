#!/usr/bin/env bash
# Builds the native core, command line, tests and benchmarks (build/), and the WebAssembly
# module into web/dist/ (through scripts/build-wasm.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
bash scripts/build-wasm.sh

#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test: the native GoogleTest suite,
# gold scores, the CMake package and batch-at-scale tests (ctest), the WebAssembly module's Node
# tests, the npm package (tests/package: npm pack, install, Node and Chromium), and the browser
# tests in Chromium. Prints one closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh || exit 1
bash scripts/build.sh || exit 1

failed=0
passed=0
step() {  # name, command...
  local name=$1
  shift
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "=== $name FAILED"; fi
}
step "native: unit tests and gold scores (ctest)" ctest --test-dir build --output-on-failure -j2
step "wasm: Node tests" node --test --test-concurrency=1 tests/js/
step "package: npm pack, install and use; licence notices" node --test --test-concurrency=1 tests/package/
step "web: browser tests (Chromium)" node --test --test-concurrency=1 tests/browser/
echo
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

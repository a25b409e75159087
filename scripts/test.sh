#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test: the native GoogleTest suite
# and gold scores (ctest), the WebAssembly module's Node tests, and the browser tests in
# Chromium. Prints one closing line "N passed, N failed".
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
step "web: browser tests (Chromium)" node --test --test-concurrency=1 tests/browser/
step "native: the whole suite under ASan + UBSan (scripts/sanitize.sh)" bash scripts/sanitize.sh
step "fuzz: each harness 30 s under ASan + UBSan (scripts/fuzz.sh)" bash scripts/fuzz.sh
step "bench: hostile inputs, every line answered with valid JSON (bench/hostile.py --quick)" python3 bench/hostile.py --quick
echo
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test: the native GoogleTest suite,
# gold scores and data checks (ctest), the WebAssembly module's Node tests, and the browser tests
# in Chromium, the CMake package, batch at scale and the npm package (tests/package), then the
# hardening steps: the ctest suite under ASan + UBSan, 30 s of each fuzz harness, and the hostile
# inputs of bench/hostile.py. Ends with one line that counts every test of every suite: "N passed, N failed".
#
# Each step runs one suite and reports its counts in its output, in one of these forms:
#   ctest            "97% tests passed, 3 tests failed out of 120" (+ "(Skipped)" lines)
#   node --test      "# pass 21", "# fail 0", "# cancelled 0", "# skipped 0" (TAP; "ℹ pass 21" in
#                    the spec reporter); a cancelled test counts as failed
#   anything else    a line "tests: N passed, N failed" (optionally ", N skipped"): the form a new
#                    step prints for itself
# A step whose output has none of these counts as one test, passed when it exits with 0; a step
# that exits with an error while reporting no failed test adds one failure (it died before it
# could say which).
set -uo pipefail
cd "$(dirname "$0")/.."

if ! bash scripts/install-deps.sh || ! bash scripts/build.sh; then
  echo
  echo "the build failed: no test ran"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "(installing and building took $SECONDS s)"
passed=0
failed=0
skipped=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Prints "passed failed skipped" read from a step's output, or nothing when it reports no counts.
count_tests() {
  awk '
    function add(p, f, s) { P += p; F += f; S += s; found = 1 }
    /tests passed, [0-9]+ tests failed out of [0-9]+/ {
      for (i = 3; i <= NF; i++) if ($i == "failed") f = $(i - 2); else if ($i == "of") t = $(i + 1)
      add(t - f, f, 0); ctest = 1; next
    }
    ctest && /^[ \t]*[0-9]+ - .* \((Skipped|Disabled)\)[ \t]*$/ { P--; S++; next }
    /^(# |ℹ )(pass|fail|cancelled|skipped|todo) [0-9]+[ \t]*$/ {
      n = $3 + 0
      if ($2 == "pass") add(n, 0, 0); else if ($2 == "fail" || $2 == "cancelled") add(0, n, 0)
      else add(0, 0, n)
      next
    }
    /^tests: [0-9]+ passed, [0-9]+ failed/ {
      gsub(/,/, ""); add($2, $4, ($6 == "" ? 0 : $6)); next
    }
    END { if (found) print P + 0, F + 0, S + 0 }
  ' "$1"
}

step() {  # name, command...
  local name=$1
  shift
  echo "=== $name"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local took=$((SECONDS - start))
  local p f s
  read -r p f s < <(count_tests "$log")
  if [ -z "${p:-}" ]; then
    s=0
    if [ "$rc" -eq 0 ]; then p=1 f=0; else p=0 f=1; fi
  elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
  local note=""
  [ "$s" -eq 0 ] || note=", $s skipped"
  echo "=== $name: $p passed, $f failed$note (exit $rc, ${took} s)"
  summary+=("$name: $p passed, $f failed, $s skipped (${took} s)")
}

summary=()
begun=$SECONDS
step "native: unit tests, gold scores and data checks (ctest)" \
  ctest --test-dir build --output-on-failure --no-tests=error -j2
step "wasm: Node tests" node --test --test-concurrency=1 --test-reporter=tap tests/js/
step "package: npm pack, install and use; licence notices" \
  node --test --test-concurrency=1 --test-reporter=tap tests/package/
step "web: browser tests (Chromium)" node --test --test-concurrency=1 --test-reporter=tap tests/browser/
step "native: the whole suite under ASan + UBSan (scripts/sanitize.sh)" bash scripts/sanitize.sh
step "fuzz: each harness 30 s under ASan + UBSan (scripts/fuzz.sh)" bash scripts/fuzz.sh
step "bench: hostile inputs, every line answered with valid JSON (bench/hostile.py --quick)" \
  python3 bench/hostile.py --quick

echo
printf '%s\n' "${summary[@]}"
[ "$skipped" -eq 0 ] || echo "($skipped skipped: see the steps above)"
echo "(the steps took $((SECONDS - begun)) s after the build)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

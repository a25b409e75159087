#!/usr/bin/env bash
# Installs what Triangulate needs to build and test on Debian, and only what is missing:
# compiler and CMake, GoogleTest, Google Benchmark, nlohmann/json, Python 3 (gold scoring),
# Node.js, Emscripten with binaryen (the WebAssembly build), Chromium (browser tests), GNU parallel
# (the test of the README's batch recipe), clang with its sanitizer and libFuzzer runtimes (the
# hardening steps), and the npm packages pinned in package-lock.json (npm ci). Nothing is
# downloaded at run time.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
want() { dpkg -s "$1" >/dev/null 2>&1 || packages+=("$1"); }
command -v g++ >/dev/null || want g++
command -v cmake >/dev/null || want cmake
command -v ninja >/dev/null || want ninja-build
want libgtest-dev
want libbenchmark-dev
want nlohmann-json3-dev
command -v python3 >/dev/null || want python3
command -v node >/dev/null || { want nodejs; want npm; }
command -v emcc >/dev/null || { want emscripten; want binaryen; }
command -v clang++ >/dev/null || want clang  # sanitizer build and libFuzzer (scripts/sanitize.sh, fuzz.sh)
want libclang-rt-dev                          # clang's sanitizer and libFuzzer runtimes
[ -x /usr/bin/chromium ] || want chromium
parallel --version 2>/dev/null | grep -q "GNU parallel" || want parallel

if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "install-deps: apt-get install ${packages[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

#!/usr/bin/env bash
# The main job: build the engine and serve the demo (the widget with our sample articles
# preloaded) on http://localhost:${PORT:-8080}/demo/ . Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
node scripts/serve.mjs --build-samples
echo "Triangulate demo: http://localhost:${PORT:-8080}/demo/"
exec node scripts/serve.mjs --port "${PORT:-8080}"

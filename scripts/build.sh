#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build, and run the main job
# (`credplug explain` on defaults: which credentials would be used, from
# where, redacted).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
echo
echo "== credplug explain (defaults) =="
CREDPLUG_PROVIDER_DIR="$PWD/build/providers" ./build/cli/credplug explain || true

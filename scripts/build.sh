#!/usr/bin/env bash
# Configures and builds into ./build (or $SUANLI_BUILD_DIR).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${SUANLI_BUILD_DIR:-$here/build}
jobs=${SUANLI_JOBS:-$(nproc 2>/dev/null || echo 2)}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-Release}" "$@"
cmake --build "$build" --parallel "$jobs"

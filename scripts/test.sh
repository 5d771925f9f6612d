#!/usr/bin/env bash
# Installs the dependencies, builds, and runs the whole test suite. GUI tests run offscreen;
# keychain tests start their own D-Bus session and keyring.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build=${SUANLI_BUILD_DIR:-$here/build}
jobs=${SUANLI_JOBS:-$(nproc 2>/dev/null || echo 2)}
cd "$build"
export QT_QPA_PLATFORM=offscreen
exec ctest --output-on-failure --parallel "$jobs" --timeout 600

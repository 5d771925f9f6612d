#!/usr/bin/env bash
# Installs the dependencies, builds, and starts the console on the built-in simulator.
# The demo uses a temporary profile: your own accounts and keychain are never touched.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build=${SUANLI_BUILD_DIR:-$here/build}
app="$build/src/app/suanli"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = "Darwin" ]; then
  exec "$app" --demo "$@"
fi
# No display (a server or a container): run on a virtual one and save a picture of the window.
shot="$build/demo.png"
echo "No display found: running the demo on a virtual display and saving a screenshot to $shot"
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo --screenshot "$shot" "$@"

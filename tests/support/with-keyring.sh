#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session and an unlocked
# gnome-keyring, in a fresh HOME and XDG_RUNTIME_DIR, so keychain tests never touch the
# user's own keyring and work on a machine without a desktop.
set -euo pipefail
if [ "${SUANLI_IN_KEYRING:-}" != "1" ]; then
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/suanli-keyring.XXXXXX")
  mkdir -p "$tmp/home" "$tmp/runtime"
  chmod 700 "$tmp/runtime"
  trap 'rm -rf "$tmp"' EXIT
  export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share" \
         XDG_CONFIG_HOME="$tmp/home/.config" SUANLI_IN_KEYRING=1
  unset GNOME_KEYRING_CONTROL
  dbus-run-session -- "$0" "$@"
  exit $?
fi
# Inside the private bus: start the keyring's secrets component, unlocked with a throw-away password.
eval "$(printf 'suanli-test-keyring\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL
# Wait until the Secret Service name is on the bus.
for _ in $(seq 1 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done
"$@"

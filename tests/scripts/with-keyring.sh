#!/usr/bin/env bash
# Runs one test binary inside a private D-Bus session with an unlocked gnome-keyring, the real
# Secret Service that QtKeychain talks to on Linux. No DISPLAY: a locked keyring would otherwise
# hang on a password prompt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share"
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash -c '
  eval "$(printf "%s" madoguchi-test | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  MADOGUCHI_KEEP_DBUS=1 "$0" "$@"
  rc=$?
  kill "$GNOME_KEYRING_PID" 2>/dev/null || true
  exit $rc
' "$here/isolated.sh" "$@"

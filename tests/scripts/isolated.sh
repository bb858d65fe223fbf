#!/usr/bin/env bash
# Runs one test binary with a private HOME and XDG tree and the offscreen platform, so that a
# test never reads or writes the developer's own settings, data or keyring.
set -euo pipefail
tmp=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
       XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export LANG="${LANG:-C.UTF-8}"
# No session bus unless a wrapper started one: keychain code must see "no service", not hang.
if [ -z "${MADOGUCHI_KEEP_DBUS:-}" ]; then
  unset DBUS_SESSION_BUS_ADDRESS
fi
"$@"

#!/usr/bin/env bash
# The demo's core system: madoguchi-core-sim with seeded fictitious Kita-ward residents, over
# mutual TLS with the test PKI (tools/core-sim/make-pki.sh).
#   tools/demo-core.sh start            make the PKI (once), seed the database (once, 10,000
#                                       residents), start core-sim on a free local port
#   tools/demo-core.sh settings INI     point the app's settings (core/baseUrl, core/caBundle,
#                                       core/clientCertificate) at it
#   tools/demo-core.sh passphrase CLI   store the client certificate's passphrase in the keychain
#                                       of the current D-Bus session with madoguchi-cli
#   tools/demo-core.sh stop | status    stop it / say whether it runs and where
# tools/demo.sh does start/settings/passphrase/stop itself. Stop it to see the offline mode:
# the banner appears and transactions queue; start it again and they drain.
# Files live in build/demo/core (MADOGUCHI_DEMO_CORE_DIR); the binary is build/dev/bin's
# madoguchi-core-sim (MADOGUCHI_CORESIM_BIN). Never for production: the PKI's passphrase is fixed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${MADOGUCHI_DEMO_CORE_DIR:-$root/build/demo/core}
bin=${MADOGUCHI_CORESIM_BIN:-$root/build/dev/bin/madoguchi-core-sim}

die() { printf 'demo-core.sh: %s\n' "$*" >&2; exit 1; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Sets key=value in [group] of an INI file (the demo's own settings file), replacing any value.
ini_set() {
  local ini=$1 group=$2 key=$3 value=$4
  mkdir -p "$(dirname "$ini")"
  touch "$ini"
  awk -v g="[$group]" -v k="$key" -v v="$value" '
    BEGIN { done = 0; ingroup = 0 }
    /^\[/ { if (ingroup && !done) { print k "=" v; done = 1 } ingroup = ($0 == g) }
    ingroup && index($0, k "=") == 1 { if (!done) { print k "=" v; done = 1 } next }
    { print }
    END { if (!done) { if (!ingroup) print g; print k "=" v } }
  ' "$ini" >"$ini.tmp" && mv "$ini.tmp" "$ini"
}

case "${1:-}" in
  start)
    [ -x "$bin" ] || die "$bin not found: build the target madoguchi-core-sim"
    mkdir -p "$dir"
    alive "$dir/core-sim.pid" && { echo "core-sim already runs: $(cat "$dir/url")"; exit 0; }
    "$root/tools/core-sim/make-pki.sh" "$dir/pki" >/dev/null
    rm -f "$dir/ready"
    # --seed fills an empty database only: the demo's residents stay the same across starts.
    setsid "$bin" --listen 127.0.0.1:0 --print-ready --cert "$dir/pki/server.crt" --key "$dir/pki/server.key" \
      --ca "$dir/pki/ca.crt" --db "$dir/core.sqlite" --seed 10000 --seed-random 42 \
      --access-log "$dir/access.log" >"$dir/ready" 2>"$dir/core-sim.log" &
    echo $! >"$dir/core-sim.pid"
    for _ in $(seq 1 600); do
      grep -q 'listening on' "$dir/ready" 2>/dev/null && break
      alive "$dir/core-sim.pid" || die "core-sim stopped: $(tail -3 "$dir/core-sim.log")"
      sleep 0.1
    done
    port=$(sed -n 's|^madoguchi-core-sim: listening on https://127.0.0.1:\([0-9]*\)$|\1|p' "$dir/ready")
    [ -n "$port" ] || die "core-sim did not become ready: $(tail -3 "$dir/core-sim.log")"
    echo "https://localhost:$port" >"$dir/url"
    echo "core-sim runs at $(cat "$dir/url") (demo residents KT0000001–KT0000011, docs/admin-guide.md)"
    ;;
  settings)
    [ -n "${2:-}" ] || die "usage: tools/demo-core.sh settings INI"
    [ -f "$dir/url" ] || die "start it first"
    ini_set "$2" core baseUrl "$(cat "$dir/url")"
    ini_set "$2" core caBundle "$dir/pki/ca.crt"
    ini_set "$2" core clientCertificate "$dir/pki/counter-01.p12"
    ;;
  passphrase)
    [ -x "${2:-}" ] || die "usage: tools/demo-core.sh passphrase PATH-TO-madoguchi-cli"
    "$2" core passphrase <"$dir/pki/p12-passphrase.txt" >/dev/null
    ;;
  status)
    if alive "$dir/core-sim.pid"; then echo "core-sim runs at $(cat "$dir/url")"; else echo "core-sim is stopped"; fi
    ;;
  stop)
    if alive "$dir/core-sim.pid"; then
      kill -TERM "$(cat "$dir/core-sim.pid")" 2>/dev/null || true
      for _ in $(seq 1 50); do alive "$dir/core-sim.pid" || break; sleep 0.1; done
    fi
    rm -f "$dir/core-sim.pid"
    ;;
  *)
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac

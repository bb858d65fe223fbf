#!/usr/bin/env bash
# The demo's virtual My Number card: "insert" and "remove" it while Madoguchi runs.
#   tools/demo-card.sh start [PROFILE]   start the card (and pcscd with the vpcd reader if none runs)
#   tools/demo-card.sh insert | remove   put the card into the reader / take it out
#   tools/demo-card.sh profile NAME      swap in another card: default, ivs-name, long-address,
#                                        one-try-left, blocked-pin, expired-cert
#   tools/demo-card.sh status            what runs, and what the reader sees
#   tools/demo-card.sh settings INI      point the app's settings (card/readerName, card/jpkiCaBundle)
#                                        at the virtual reader and the demo's test CA
#   tools/demo-card.sh stop              stop the card, and pcscd if this script started it
# tools/demo.sh does start/settings/stop itself; PINs of every profile: 1234 (signing ABC123).
#
# pcscd: a running one (Debian's pcscd.socket starts it on demand) is used when it has the vpcd
# reader (/etc/reader.conf.d/vpcd from vsmartcard-vpcd: "Virtual PCD 00 00" on port 35963).
# Without one, and as root (containers, CI), a private pcscd is started with only the vpcd reader.
# vpcd listens on every network interface without authentication: run the demo on a machine you
# trust, never on a counter PC.
# Files live in build/demo/card (MADOGUCHI_DEMO_CARD_DIR); the binary is build/dev/bin's
# madoguchi-virtual-card (MADOGUCHI_VCARD_BIN).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${MADOGUCHI_DEMO_CARD_DIR:-$root/build/demo/card}
bin=${MADOGUCHI_VCARD_BIN:-$root/build/dev/bin/madoguchi-virtual-card}
profiles="$root/tools/virtual-card/profiles"
reader="Virtual PCD 00 00"
port=35963
vpcd_driver=/usr/lib/pcsc/drivers/serial/libifdvpcd.so
comm=/run/pcscd/pcscd.comm

say() { printf '%s\n' "$*"; }
die() { printf 'demo-card: %s\n' "$*" >&2; exit 1; }
alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

ensure_pcscd() {
  if [ -S "$comm" ]; then
    [ -e /etc/reader.conf.d/vpcd ] || alive "$dir/pcscd.pid" ||
      say "demo-card: note: the running pcscd may not have the vpcd reader (no /etc/reader.conf.d/vpcd)."
    return
  fi
  command -v pcscd >/dev/null && [ -e "$vpcd_driver" ] ||
    die "pcscd or vsmartcard-vpcd is missing: sudo apt-get install pcscd vsmartcard-vpcd"
  if [ "$(id -u)" != 0 ]; then
    die "pcscd is not running. Start it with: sudo systemctl start pcscd.socket (then run this again)"
  fi
  # Root without systemd (a container): our own pcscd with only the vpcd reader. A stale pid
  # file of a dead daemon would stop it from starting.
  if [ -f /run/pcscd/pcscd.pid ] && ! alive /run/pcscd/pcscd.pid; then rm -f /run/pcscd/pcscd.pid "$comm"; fi
  mkdir -p "$dir/reader.conf.d" /run/pcscd
  cat >"$dir/reader.conf.d/vpcd" <<CONF
FRIENDLYNAME "Virtual PCD"
DEVICENAME   /dev/null:$port
LIBPATH      $vpcd_driver
CHANNELID    $port
CONF
  setsid pcscd --foreground --info -c "$dir/reader.conf.d" >"$dir/pcscd.log" 2>&1 </dev/null &
  echo $! >"$dir/pcscd.pid"
  for _ in $(seq 1 100); do [ -S "$comm" ] && return; sleep 0.1; done
  die "pcscd did not start (log: $dir/pcscd.log)"
}

start_card() {
  local name=${1:-default}
  local file="$profiles/$name.json"
  [ -f "$file" ] || die "no profile $name (see $profiles)"
  [ -x "$bin" ] || die "$bin is missing: build it (cmake --build --preset dev --target madoguchi-virtual-card)"
  if alive "$dir/card.pid"; then
    say "demo-card: the card is already running ($(cat "$dir/profile"))."
    return
  fi
  mkdir -p "$dir"
  [ -s "$dir/pki/ca.crt" ] || "$root/tools/virtual-card/make-test-pki.sh" "$dir/pki" >/dev/null
  rm -f "$dir/control" "$dir/ready"
  mkfifo "$dir/control"
  # Each profile keeps its own PIN counters across demo runs (delete state-*.json for fresh ones).
  setsid "$bin" --profile "$file" --pki-dir "$dir/pki" --state "$dir/state-$name.json" --port "$port" \
    --control-fifo "$dir/control" --ready-file "$dir/ready" >/dev/null 2>"$dir/card.log" </dev/null &
  echo $! >"$dir/card.pid"
  echo "$name" >"$dir/profile"
  # A socket-activated pcscd starts vpcd only when a client comes: list the readers once.
  for i in $(seq 1 100); do
    [ -e "$dir/ready" ] && break
    alive "$dir/card.pid" || die "the virtual card stopped (log: $dir/card.log)"
    [ "$i" != 10 ] || opensc-tool -l >/dev/null 2>&1 || true
    sleep 0.1
  done
  [ -e "$dir/ready" ] || say "demo-card: warning: pcscd has not seen the card yet (log: $dir/card.log). If pcscd" \
    "ran before vsmartcard-vpcd was installed, restart it: sudo systemctl restart pcscd"
}

stop_card() {
  if alive "$dir/card.pid"; then
    kill "$(cat "$dir/card.pid")" 2>/dev/null || true
    for _ in $(seq 1 30); do alive "$dir/card.pid" || break; sleep 0.1; done
  fi
  rm -f "$dir/card.pid" "$dir/control" "$dir/ready"
}

control() {
  alive "$dir/card.pid" || die "the card is not running: tools/demo-card.sh start"
  echo "$1" >"$dir/control"
}

# Sets key=value in [group] of a QSettings INI file unless the key is already there.
ini_default() {
  local ini=$1 group=$2 key=$3 value=$4
  mkdir -p "$(dirname "$ini")"
  touch "$ini"
  awk -v g="[$group]" -v k="$key" -v v="$value" '
    BEGIN { found = 0; ingroup = 0; done = 0 }
    /^\[/ { if (ingroup && !found && !done) { print k "=" v; done = 1 } ingroup = ($0 == g) }
    ingroup && index($0, k "=") == 1 { found = 1 }
    { print }
    END { if (!found && !done) { if (!ingroup) print g; print k "=" v } }
  ' "$ini" >"$ini.tmp" && mv "$ini.tmp" "$ini"
}

case "${1:-}" in
  start)
    mkdir -p "$dir"
    ensure_pcscd
    start_card "${2:-default}"
    cat <<TXT
Virtual My Number card "$(cat "$dir/profile")" is in the reader "$reader" (PIN 1234).
  take it out:        tools/demo-card.sh remove
  put it back:        tools/demo-card.sh insert
  another card:       tools/demo-card.sh profile ivs-name   (or long-address, one-try-left,
                      blocked-pin, expired-cert)
TXT
    ;;
  insert | remove) control "$1" ;;
  profile)
    [ -n "${2:-}" ] || die "usage: tools/demo-card.sh profile NAME"
    stop_card
    start_card "$2"
    say "demo-card: card $2 inserted."
    ;;
  status)
    if alive "$dir/card.pid"; then say "card: running, profile $(cat "$dir/profile")"; else say "card: not running"; fi
    if alive "$dir/pcscd.pid"; then say "pcscd: started by the demo"; elif [ -S "$comm" ]; then say "pcscd: the system's"; else say "pcscd: not running"; fi
    opensc-tool -l 2>/dev/null || true
    ;;
  settings)
    [ -n "${2:-}" ] || die "usage: tools/demo-card.sh settings INI"
    ini_default "$2" card readerName "$reader"
    ini_default "$2" card jpkiCaBundle "$dir/pki/ca.crt"
    ;;
  stop)
    stop_card
    if alive "$dir/pcscd.pid"; then
      kill "$(cat "$dir/pcscd.pid")" 2>/dev/null || true
      for _ in $(seq 1 30); do alive "$dir/pcscd.pid" || break; sleep 0.1; done
    fi
    rm -f "$dir/pcscd.pid"
    ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac

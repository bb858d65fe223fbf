#!/usr/bin/env bash
# Runs a command against a real pcscd with the vsmartcard reader and our virtual My Number card
# (tools/virtual-card), all inside a private network and mount namespace:
#  - vpcd listens on every interface and has no timeouts: the private network namespace (only
#    lo, brought up here) keeps it unreachable from outside;
#  - pcsc-lite fixes its socket at /run/pcscd/pcscd.comm: a private tmpfs on /run/pcscd gives
#    every run its own daemon, so runs go in parallel without a global lock.
# Needs root (or unprivileged user namespaces: add --map-root-user yourself).
#
# Usage: with-virtual-card.sh [--card BIN] [--profile NAME|FILE] [--timeout S] [--] COMMAND...
#   --card     the madoguchi-virtual-card binary (default: next to COMMAND, or $MADOGUCHI_VCARD_BIN)
#   --profile  a file, or a name in tools/virtual-card/profiles (default: $MADOGUCHI_VCARD_PROFILE
#              or "default")
#   --timeout  watchdog for everything, seconds (default 110)
# The command sees: MADOGUCHI_VCARD_PID (SIGUSR1 removes the card, SIGUSR2 inserts it),
# MADOGUCHI_VCARD_CONTROL (FIFO: "remove"/"insert" lines), MADOGUCHI_VCARD_PROFILE (absolute path),
# MADOGUCHI_VCARD_PKI (the test PKI: ca.crt, other-ca.crt, ...), MADOGUCHI_VCARD_STATE,
# MADOGUCHI_VCARD_READER ("Virtual PCD 00 00") and MADOGUCHI_PCSCD_RUNNING=1; for service-loss
# tests also MADOGUCHI_PCSCD_PID (the first pcscd), MADOGUCHI_PCSCD_PIDFILE (the current one's pid),
# MADOGUCHI_PCSCD_CONFDIR (its -c dir) and MADOGUCHI_PCSCD_RESTART, a command
# "restart-pcscd [DOWN_SECONDS]" that kills pcscd (SIGKILL), keeps it down that long (default 0.5)
# and starts a new one with the same config, returning once its socket is there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
card=${MADOGUCHI_VCARD_BIN:-}
profile=${MADOGUCHI_VCARD_PROFILE:-default}
watchdog=110
while [ $# -gt 0 ]; do
  case "$1" in
    --card) card=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    --timeout) watchdog=$2; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "with-virtual-card.sh: no command given" >&2; exit 2; }
[ -n "$card" ] || card="$(dirname "$1")/madoguchi-virtual-card"
[ -f "$profile" ] || profile="$src/tools/virtual-card/profiles/$profile.json"
for f in "$card" "$profile"; do
  [ -e "$f" ] || { echo "with-virtual-card.sh: $f not found" >&2; exit 2; }
done
vpcd_driver=/usr/lib/pcsc/drivers/serial/libifdvpcd.so
if ! command -v pcscd >/dev/null || [ ! -e "$vpcd_driver" ]; then
  echo "with-virtual-card.sh: pcscd or vsmartcard-vpcd is not installed" >&2
  exit 1
fi

if [ -z "${MADOGUCHI_VCARD_INNER:-}" ]; then
  # The watchdog covers the namespace and everything in it: killing unshare's child (PID 1 of
  # nothing, but the parent of all below) tears the whole tree down with the namespaces.
  exec timeout -k 5 "$watchdog" unshare --net --mount --fork \
    env MADOGUCHI_VCARD_INNER=1 "$0" --card "$(realpath "$card")" --profile "$(realpath "$profile")" -- "$@"
fi

ip link set lo up
mkdir -p /run/pcscd
mount -t tmpfs -o mode=0755,size=1m tmpfs /run/pcscd
comm=/run/pcscd/pcscd.comm

tmp=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-vcard.XXXXXX")
pids=()
cleanup() {
  # A pcscd started by restart-pcscd is not our child: kill it by its recorded pid.
  if [ -s "$tmp/pcscd.pid" ]; then kill "$(cat "$tmp/pcscd.pid")" 2>/dev/null || true; fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

"$src/tools/virtual-card/make-test-pki.sh" "$tmp/pki"

port=35963
mkdir -p "$tmp/reader.conf.d"
cat >"$tmp/reader.conf.d/vpcd" <<CONF
FRIENDLYNAME "Virtual PCD"
DEVICENAME   /dev/null:$port
LIBPATH      $vpcd_driver
CHANNELID    $port
CONF
pcscd --foreground --info -c "$tmp/reader.conf.d" >"$tmp/pcscd.log" 2>&1 &
pcscd_pid=$!
pids+=("$pcscd_pid")
for _ in $(seq 1 100); do
  [ -S "$comm" ] && break
  if ! kill -0 "$pcscd_pid" 2>/dev/null; then
    echo "with-virtual-card.sh: pcscd exited early:" >&2
    tail -n 20 "$tmp/pcscd.log" >&2
    exit 1
  fi
  sleep 0.1
done
[ -S "$comm" ] || { echo "with-virtual-card.sh: no $comm after 10 s" >&2; exit 1; }
echo "$pcscd_pid" >"$tmp/pcscd.pid"

# restart-pcscd for tests of a lost service. The old pcscd stays a zombie of this shell until
# cleanup reaps it, so "gone" means its state is Z (or no /proc entry), not kill -0 failing.
cat >"$tmp/restart-pcscd" <<SCRIPT
#!/usr/bin/env bash
set -euo pipefail
down=\${1:-0.5}
old=\$(cat "$tmp/pcscd.pid")
kill -KILL "\$old" 2>/dev/null || true
for _ in \$(seq 1 100); do
  [ -e /proc/\$old/stat ] || break
  [ "\$(awk '{print \$3}' /proc/\$old/stat 2>/dev/null)" = Z ] && break
  sleep 0.05
done
rm -f "$comm" /run/pcscd/pcscd.pid
sleep "\$down"
pcscd --foreground --info -c "$tmp/reader.conf.d" >>"$tmp/pcscd.log" 2>&1 </dev/null &
echo \$! >"$tmp/pcscd.pid"
for _ in \$(seq 1 100); do [ -S "$comm" ] && exit 0; sleep 0.05; done
echo "restart-pcscd: no $comm after 5 s" >&2
exit 1
SCRIPT
chmod +x "$tmp/restart-pcscd"

mkfifo "$tmp/control"
"$card" --profile "$profile" --pki-dir "$tmp/pki" --state "$tmp/state.json" --port "$port" \
  --control-fifo "$tmp/control" --ready-file "$tmp/ready" ${MADOGUCHI_VCARD_VERBOSE:+--verbose} \
  2>"$tmp/card.log" &
card_pid=$!
pids+=("$card_pid")
# A card connected to a busy slot looks connected but gets no traffic: it counts as inserted
# only once vpcd has asked for its ATR.
for _ in $(seq 1 150); do
  [ -e "$tmp/ready" ] && break
  kill -0 "$card_pid" 2>/dev/null || break
  sleep 0.1
done
if [ ! -e "$tmp/ready" ]; then
  echo "with-virtual-card.sh: the virtual card was not seen by pcscd:" >&2
  tail -n 20 "$tmp/card.log" "$tmp/pcscd.log" >&2
  exit 1
fi

export MADOGUCHI_VCARD_PID=$card_pid MADOGUCHI_VCARD_CONTROL="$tmp/control" \
  MADOGUCHI_VCARD_PROFILE="$profile" MADOGUCHI_VCARD_PKI="$tmp/pki" MADOGUCHI_VCARD_STATE="$tmp/state.json" \
  MADOGUCHI_VCARD_READER="Virtual PCD 00 00" MADOGUCHI_PCSCD_RUNNING=1 \
  MADOGUCHI_PCSCD_PID="$pcscd_pid" MADOGUCHI_PCSCD_PIDFILE="$tmp/pcscd.pid" \
  MADOGUCHI_PCSCD_CONFDIR="$tmp/reader.conf.d" MADOGUCHI_PCSCD_RESTART="$tmp/restart-pcscd"
set +e
"$here/isolated.sh" "$@"
rc=$?
set -e
if [ $rc -ne 0 ] || [ -n "${MADOGUCHI_VCARD_VERBOSE:-}" ]; then
  echo "---- virtual card log (tail) ----" >&2
  tail -n 40 "$tmp/card.log" >&2
fi
exit $rc

#!/usr/bin/env bash
# Runs a command against a real pcscd with the vsmartcard reader and our virtual My Number card
# (tools/virtual-card), all inside a private network and mount namespace:
#  - vpcd listens on every interface and has no timeouts: the private network namespace (only
#    lo, brought up here) keeps it unreachable from outside;
#  - pcsc-lite fixes its socket at /run/pcscd/pcscd.comm: a private tmpfs on /run/pcscd gives
#    every run its own daemon, so runs go in parallel without a global lock.
# Needs root (or unprivileged user namespaces: add --map-root-user yourself).
#
# Usage: with-virtual-card.sh [--card BIN] [--profile NAME|FILE] [--second-profile NAME|FILE]
#                              [--count-apdus] [--timeout S] [--] COMMAND...
#   --card     the madoguchi-virtual-card binary (default: next to COMMAND, or $MADOGUCHI_VCARD_BIN)
#   --profile  a file, or a name in tools/virtual-card/profiles (default: $MADOGUCHI_VCARD_PROFILE
#              or "default")
#   --second-profile  a second virtual card in the second reader ("Virtual PCD 00 01", port 35964);
#              the command then also sees MADOGUCHI_VCARD2_PID, MADOGUCHI_VCARD2_CONTROL,
#              MADOGUCHI_VCARD2_PROFILE, MADOGUCHI_VCARD2_STATE and MADOGUCHI_VCARD2_READER
#   --count-apdus  each card rewrites a file with the number of command APDUs it received:
#              MADOGUCHI_VCARD_APDUS (and MADOGUCHI_VCARD2_APDUS); off by default because it adds
#              a file write to every APDU (the benchmark runs without it)
#   --timeout  watchdog for everything, seconds (default 110)
# $MADOGUCHI_VCARD_SECOND_PROFILE and MADOGUCHI_VCARD_COUNT_APDUS=1 stand for the two options (so a
# test registered with madoguchi_add_qtest's WRAPPER can set them through ENVIRONMENT).
# The command sees: MADOGUCHI_VCARD_PID (SIGUSR1 removes the card, SIGUSR2 inserts it),
# MADOGUCHI_VCARD_CONTROL (FIFO: "remove"/"insert" lines), MADOGUCHI_VCARD_PROFILE (absolute path),
# MADOGUCHI_VCARD_PKI (the test PKI: ca.crt, other-ca.crt, ...), MADOGUCHI_VCARD_STATE,
# MADOGUCHI_VCARD_READER ("Virtual PCD 00 00") and MADOGUCHI_PCSCD_RUNNING=1; for service-loss
# tests also MADOGUCHI_PCSCD_PID (the first pcscd), MADOGUCHI_PCSCD_PIDFILE (the current one's pid),
# MADOGUCHI_PCSCD_CONFDIR (its -c dir) and MADOGUCHI_PCSCD_RESTART, a command
# "restart-pcscd [DOWN_SECONDS]" that kills pcscd (SIGKILL), keeps it down that long (default 0.5)
# and starts a new one with the same config, returning once its socket is there.
# MADOGUCHI_VCARD_LOG is the card's log (its APDUs with MADOGUCHI_VCARD_VERBOSE=1, PINs redacted).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
card=${MADOGUCHI_VCARD_BIN:-}
profile=${MADOGUCHI_VCARD_PROFILE:-default}
profile2=${MADOGUCHI_VCARD_SECOND_PROFILE:-}
count_apdus=${MADOGUCHI_VCARD_COUNT_APDUS:-}
watchdog=110
while [ $# -gt 0 ]; do
  case "$1" in
    --card) card=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    --second-profile) profile2=$2; shift 2 ;;
    --count-apdus) count_apdus=1; shift ;;
    --timeout) watchdog=$2; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "with-virtual-card.sh: no command given" >&2; exit 2; }
[ -n "$card" ] || card="$(dirname "$1")/madoguchi-virtual-card"
[ -f "$profile" ] || profile="$src/tools/virtual-card/profiles/$profile.json"
if [ -n "$profile2" ]; then
  [ -f "$profile2" ] || profile2="$src/tools/virtual-card/profiles/$profile2.json"
  [ -e "$profile2" ] || { echo "with-virtual-card.sh: $profile2 not found" >&2; exit 2; }
fi
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
  inner=(--card "$(realpath "$card")" --profile "$(realpath "$profile")")
  [ -z "$profile2" ] || inner+=(--second-profile "$(realpath "$profile2")")
  [ -z "$count_apdus" ] || inner+=(--count-apdus)
  exec timeout -k 5 "$watchdog" unshare --net --mount --fork \
    env MADOGUCHI_VCARD_INNER=1 "$0" "${inner[@]}" -- "$@"
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

# start_card NAME PROFILE PORT: one virtual card with its files under $tmp/NAME.*; waits until
# pcscd has seen it. A card connected to a busy slot looks connected but gets no traffic: it
# counts as inserted only once vpcd has asked for its ATR.
start_card() {
  local name=$1 prof=$2 cport=$3 extra=()
  mkfifo "$tmp/$name.control"
  [ -z "$count_apdus" ] || extra+=(--apdu-count-file "$tmp/$name.apdus")
  "$card" --profile "$prof" --pki-dir "$tmp/pki" --state "$tmp/$name.state.json" --port "$cport" \
    --control-fifo "$tmp/$name.control" --ready-file "$tmp/$name.ready" ${MADOGUCHI_VCARD_VERBOSE:+--verbose} \
    "${extra[@]}" 2>"$tmp/$name.log" &
  started_pid=$!
  pids+=("$started_pid")
  for _ in $(seq 1 150); do
    [ -e "$tmp/$name.ready" ] && break
    kill -0 "$started_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ ! -e "$tmp/$name.ready" ]; then
    echo "with-virtual-card.sh: the virtual card $name was not seen by pcscd:" >&2
    tail -n 20 "$tmp/$name.log" "$tmp/pcscd.log" >&2
    exit 1
  fi
}
start_card card "$profile" "$port"
card_pid=$started_pid
if [ -n "$profile2" ]; then
  # vpcd's one entry has two slots: the second listens on the next port.
  start_card card2 "$profile2" $((port + 1))
  export MADOGUCHI_VCARD2_PID=$started_pid MADOGUCHI_VCARD2_CONTROL="$tmp/card2.control" \
    MADOGUCHI_VCARD2_PROFILE="$profile2" MADOGUCHI_VCARD2_STATE="$tmp/card2.state.json" \
    MADOGUCHI_VCARD2_READER="Virtual PCD 00 01"
  [ -z "$count_apdus" ] || export MADOGUCHI_VCARD2_APDUS="$tmp/card2.apdus"
fi
[ -z "$count_apdus" ] || export MADOGUCHI_VCARD_APDUS="$tmp/card.apdus"

export MADOGUCHI_VCARD_PID=$card_pid MADOGUCHI_VCARD_CONTROL="$tmp/card.control" \
  MADOGUCHI_VCARD_PROFILE="$profile" MADOGUCHI_VCARD_PKI="$tmp/pki" MADOGUCHI_VCARD_STATE="$tmp/card.state.json" \
  MADOGUCHI_VCARD_LOG="$tmp/card.log" \
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
  if [ -n "$profile2" ]; then
    echo "---- second virtual card log (tail) ----" >&2
    tail -n 40 "$tmp/card2.log" >&2
  fi
fi
exit $rc

#!/usr/bin/env bash
# Runs one test binary (through isolated.sh) with a real pcscd that offers only the two
# vsmartcard "Virtual PCD" readers, from a private reader.conf.d.
#
# pcsc-lite 1.9.9 fixes the server socket at build time (/run/pcscd/pcscd.comm; the daemon
# ignores PCSCLITE_CSOCK_NAME), so only one such daemon can run per machine: CTest serializes
# these tests with RESOURCE_LOCK "pcscd", and a flock serializes them across build trees.
# A stale comm/pid pair left by a crashed daemon makes pcscd refuse to start: remove it, but
# only when the recorded process is gone. A live daemon we did not start is never touched.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
run_dir=/run/pcscd
comm="$run_dir/pcscd.comm"
pidfile="$run_dir/pcscd.pid"
vpcd_driver=/usr/lib/pcsc/drivers/serial/libifdvpcd.so

if ! command -v pcscd >/dev/null || [ ! -e "$vpcd_driver" ]; then
  echo "with-pcscd.sh: pcscd or vsmartcard-vpcd is not installed" >&2
  exit 1
fi

exec 9>"${TMPDIR:-/tmp}/madoguchi-pcscd.lock"
if ! flock -w 120 9; then
  echo "with-pcscd.sh: another test holds the pcscd lock" >&2
  exit 1
fi

# Wait (bounded) for a daemon started by someone else to finish; never kill it.
for _ in $(seq 1 60); do
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile" 2>/dev/null || echo 0)" 2>/dev/null; then
    sleep 1
  else
    break
  fi
done
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile" 2>/dev/null || echo 0)" 2>/dev/null; then
  echo "with-pcscd.sh: a pcscd not started by this script is running (pid $(cat "$pidfile"))" >&2
  exit 1
fi
rm -f "$comm" "$pidfile"
mkdir -p "$run_dir"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-pcscd.XXXXXX")
mkdir -p "$tmp/reader.conf.d"
cat >"$tmp/reader.conf.d/vpcd" <<CONF
FRIENDLYNAME "Virtual PCD"
DEVICENAME   /dev/null:0x8C7B
LIBPATH      $vpcd_driver
CHANNELID    0x8C7B
CONF

pcscd --foreground --info -c "$tmp/reader.conf.d" >"$tmp/pcscd.log" 2>&1 &
pcscd_pid=$!
cleanup() {
  kill "$pcscd_pid" 2>/dev/null || true
  wait "$pcscd_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# The socket appears once the daemon listens; the readers are registered before that.
for _ in $(seq 1 100); do
  [ -S "$comm" ] && break
  if ! kill -0 "$pcscd_pid" 2>/dev/null; then
    echo "with-pcscd.sh: pcscd exited early:" >&2
    tail -n 20 "$tmp/pcscd.log" >&2
    exit 1
  fi
  sleep 0.1
done
if [ ! -S "$comm" ]; then
  echo "with-pcscd.sh: pcscd did not create $comm within 10 s" >&2
  exit 1
fi

export MADOGUCHI_PCSCD_RUNNING=1
set +e
"$here/isolated.sh" "$@"
rc=$?
set -e
exit $rc

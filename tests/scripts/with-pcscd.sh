#!/usr/bin/env bash
# Runs one test binary (through isolated.sh) with a real pcscd that offers only the two
# vsmartcard "Virtual PCD" readers (no card in them), from a private reader.conf.d, inside a
# private network and mount namespace, as with-virtual-card.sh does:
#  - vpcd listens on TCP ports 35963 and 35964. In the machine's own namespace, a connection
#    of a test running in parallel (to PostgreSQL, to core-sim) that was given one of them as
#    its ephemeral port made vpcd's bind fail ("Address already in use"), and pcscd then came
#    up with no reader at all. Only lo exists in the private namespace.
#  - pcsc-lite 1.9.9 fixes its socket at /run/pcscd/pcscd.comm (the daemon ignores
#    PCSCLITE_CSOCK_NAME): a private tmpfs on /run/pcscd gives every run its own daemon, so
#    runs go in parallel, and a daemon of the machine's own is never touched.
# Needs root (or unprivileged user namespaces), as with-virtual-card.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
vpcd_driver=/usr/lib/pcsc/drivers/serial/libifdvpcd.so

if ! command -v pcscd >/dev/null || [ ! -e "$vpcd_driver" ]; then
  echo "with-pcscd.sh: pcscd or vsmartcard-vpcd is not installed" >&2
  exit 1
fi

if [ -z "${MADOGUCHI_PCSCD_INNER:-}" ]; then
  # The watchdog (below the tests' CTest timeout of 60 s) takes the namespace down with it.
  exec timeout -k 5 50 unshare --net --mount --fork env MADOGUCHI_PCSCD_INNER=1 "$0" "$@"
fi

ip link set lo up
mkdir -p /run/pcscd
mount -t tmpfs -o mode=0755,size=1m tmpfs /run/pcscd
comm=/run/pcscd/pcscd.comm

tmp=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-pcscd.XXXXXX")
pcscd_pid=
cleanup() {
  if [ -n "$pcscd_pid" ]; then
    kill "$pcscd_pid" 2>/dev/null || true
    wait "$pcscd_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

mkdir -p "$tmp/reader.conf.d"
cat >"$tmp/reader.conf.d/vpcd" <<CONF
FRIENDLYNAME "Virtual PCD"
DEVICENAME   /dev/null:0x8C7B
LIBPATH      $vpcd_driver
CHANNELID    0x8C7B
CONF

pcscd --foreground --info -c "$tmp/reader.conf.d" >"$tmp/pcscd.log" 2>&1 &
pcscd_pid=$!

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
# A reader that failed to start is the harness's fault, not the test's: say so plainly.
if grep -q "init failed" "$tmp/pcscd.log"; then
  echo "with-pcscd.sh: pcscd could not start the Virtual PCD readers:" >&2
  tail -n 20 "$tmp/pcscd.log" >&2
  exit 1
fi

export MADOGUCHI_PCSCD_RUNNING=1
set +e
"$here/isolated.sh" "$@"
rc=$?
set -e
if [ $rc -ne 0 ]; then
  echo "---- pcscd log (tail) ----" >&2
  tail -n 20 "$tmp/pcscd.log" >&2
fi
exit $rc

#!/usr/bin/env bash
# Runs a command against a running madoguchi-core-sim (tools/core-sim) over mutual TLS:
#  - makes the test PKI (tools/core-sim/make-pki.sh) in a temporary folder;
#  - starts core-sim on 127.0.0.1 at a free port (the kernel picks it: --listen :0, and the
#    server prints the port on its ready line) with a fresh SQLite file, or with --postgres on
#    the throwaway cluster of with-postgres.sh (use with-core-sim-postgres.sh for that);
#  - waits for the ready line, runs the command, then stops core-sim with SIGTERM and fails if
#    it did not shut down cleanly. A watchdog kills everything after --timeout seconds.
#
# Usage: with-core-sim.sh [--postgres] [--bin BIN] [--seed N] [--timeout S] [--] COMMAND...
#   --bin      the madoguchi-core-sim binary (default: next to COMMAND, or $MADOGUCHI_CORESIM_BIN)
#   --seed     generated residents besides the demo ones (default 300)
#   --timeout  watchdog for everything, seconds (default 170)
# The command sees MADOGUCHI_CORESIM_URL (https://localhost:PORT), MADOGUCHI_CORESIM_PKI (the
# PKI folder), MADOGUCHI_CORESIM_DB (the --db spec), MADOGUCHI_CORESIM_ACCESS_LOG and
# MADOGUCHI_CORESIM_PID. core-sim runs with --my-number-segment counter-03, so counter-01 is in
# the segment by its OU and counter-03 by name, counter-02 is not.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
bin=${MADOGUCHI_CORESIM_BIN:-}
postgres=
seed=300
watchdog=170
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) postgres=1; shift ;;
    --bin) bin=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --timeout) watchdog=$2; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "with-core-sim.sh: no command given" >&2; exit 2; }
[ -n "$bin" ] || bin="$(dirname "$1")/madoguchi-core-sim"
[ -x "$bin" ] || { echo "with-core-sim.sh: $bin not found (build madoguchi-core-sim)" >&2; exit 2; }

if [ -z "${MADOGUCHI_CORESIM_INNER:-}" ]; then
  # The watchdog covers core-sim and the command: killing this script's process group on
  # timeout leaves nothing behind.
  exec timeout -k 5 "$watchdog" env MADOGUCHI_CORESIM_INNER=1 "$0" ${postgres:+--postgres} \
    --bin "$(realpath "$bin")" --seed "$seed" -- "$@"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-coresim.XXXXXX")
core_pid=
cleanup() {
  if [ -n "$core_pid" ] && kill -0 "$core_pid" 2>/dev/null; then
    kill -KILL "$core_pid" 2>/dev/null || true
    wait "$core_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

"$src/tools/core-sim/make-pki.sh" "$tmp/pki"

if [ -n "$postgres" ]; then
  for v in MADOGUCHI_TEST_PG_HOST MADOGUCHI_TEST_PG_PORT MADOGUCHI_TEST_PG_USER MADOGUCHI_TEST_PG_DB; do
    [ -n "${!v:-}" ] || { echo "with-core-sim.sh: --postgres needs $v (run through with-postgres.sh)" >&2; exit 1; }
  done
  db="postgresql://$MADOGUCHI_TEST_PG_USER@$MADOGUCHI_TEST_PG_HOST:$MADOGUCHI_TEST_PG_PORT/$MADOGUCHI_TEST_PG_DB"
else
  db="$tmp/core.sqlite"
fi

"$bin" --listen 127.0.0.1:0 --print-ready --cert "$tmp/pki/server.crt" --key "$tmp/pki/server.key" \
  --ca "$tmp/pki/ca.crt" --db "$db" --seed "$seed" --my-number-segment counter-03 \
  --access-log "$tmp/access.log" >"$tmp/ready" 2>"$tmp/core.log" &
core_pid=$!
port=
for _ in $(seq 1 600); do
  port=$(sed -n 's|^madoguchi-core-sim: listening on https://127.0.0.1:\([0-9]*\)$|\1|p' "$tmp/ready")
  [ -n "$port" ] && break
  kill -0 "$core_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "with-core-sim.sh: core-sim did not become ready:" >&2
  tail -n 20 "$tmp/core.log" >&2
  exit 1
fi

export MADOGUCHI_CORESIM_URL="https://localhost:$port" MADOGUCHI_CORESIM_PKI="$tmp/pki" \
  MADOGUCHI_CORESIM_DB="$db" MADOGUCHI_CORESIM_ACCESS_LOG="$tmp/access.log" MADOGUCHI_CORESIM_PID="$core_pid"
set +e
"$here/isolated.sh" "$@"
rc=$?
set -e

# Graceful shutdown is part of the contract: SIGTERM, in-flight requests finish, exit 0.
kill -TERM "$core_pid" 2>/dev/null || true
core_rc=
for _ in $(seq 1 100); do
  if ! kill -0 "$core_pid" 2>/dev/null; then
    set +e; wait "$core_pid"; core_rc=$?; set -e
    break
  fi
  sleep 0.1
done
if [ "$core_rc" != 0 ]; then
  echo "with-core-sim.sh: core-sim did not stop cleanly on SIGTERM (exit ${core_rc:-still running})" >&2
  [ $rc -ne 0 ] || rc=1
fi
core_pid=
if [ $rc -ne 0 ]; then
  echo "---- core-sim log (tail) ----" >&2
  tail -n 30 "$tmp/core.log" >&2
fi
exit $rc

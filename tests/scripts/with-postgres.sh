#!/usr/bin/env bash
# Runs one test binary against a throwaway PostgreSQL 15 cluster: initdb in a temporary
# folder, a server listening on a unix socket in that folder and on 127.0.0.1 at a free port,
# one empty database. The test finds it through MADOGUCHI_TEST_PG_HOST/PORT/USER/DB. The
# cluster is stopped and deleted on exit, whether the test passed, failed or crashed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pgbin=${MADOGUCHI_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$pgbin/initdb" ]; then
  echo "with-postgres.sh: no PostgreSQL server in $pgbin (set MADOGUCHI_PG_BIN)" >&2
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-pg.XXXXXX")
as_owner=()
if [ "$(id -u)" = 0 ]; then
  # initdb and postgres refuse to run as root: the cluster belongs to the postgres user.
  chown postgres: "$tmp"
  as_owner=(runuser -u postgres --)
fi
cleanup() {
  if [ -f "$tmp/data/postmaster.pid" ]; then
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

"${as_owner[@]}" mkdir -p "$tmp/sock"
"${as_owner[@]}" "$pgbin/initdb" -D "$tmp/data" -U madoguchi -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }

# A random high port; if another program holds it, the server fails to start: try another.
started=
for _ in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 40000))
  if "${as_owner[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
       -o "-p $port -k $tmp/sock -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
    started=1
    break
  fi
done
if [ -z "$started" ]; then
  echo "with-postgres.sh: the PostgreSQL server did not start:" >&2
  tail -n 20 "$tmp/server.log" >&2 || true
  exit 1
fi
"${as_owner[@]}" "$pgbin/createdb" -h "$tmp/sock" -p "$port" -U madoguchi madoguchi_test

export MADOGUCHI_TEST_PG_HOST=127.0.0.1 MADOGUCHI_TEST_PG_PORT="$port" \
       MADOGUCHI_TEST_PG_USER=madoguchi MADOGUCHI_TEST_PG_DB=madoguchi_test \
       MADOGUCHI_TEST_PG_SOCKET="$tmp/sock"
set +e
"$here/isolated.sh" "$@"
rc=$?
set -e
exit $rc

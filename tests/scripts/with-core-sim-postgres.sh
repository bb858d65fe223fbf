#!/usr/bin/env bash
# with-core-sim.sh on PostgreSQL: a throwaway cluster (with-postgres.sh), core-sim on it, then
# the command. Same arguments as with-core-sim.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/with-postgres.sh" "$here/with-core-sim.sh" --postgres "$@"

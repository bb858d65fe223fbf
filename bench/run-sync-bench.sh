#!/usr/bin/env bash
# Runs bench_outbox_drain against madoguchi-core-sim with the test PKI (made by
# tools/core-sim/make-pki.sh) on a fresh SQLite store, through tests/scripts/with-core-sim.sh,
# and prints its table.
#   bench/run-sync-bench.sh [BUILD_DIR] [bench options, e.g. --items 10000 --batch 500]
#                                         (default build/release)
# Build first: cmake --preset release && cmake --build --preset release --target bench_outbox_drain
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/release"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then build=$(realpath "$1"); shift; fi
bench="$build/bin/bench_outbox_drain"
core="$build/bin/madoguchi-core-sim"
for f in "$bench" "$core"; do
  [ -x "$f" ] || { echo "run-sync-bench.sh: $f missing (build bench_outbox_drain in $build)" >&2; exit 2; }
done
exec "$root/tests/scripts/with-core-sim.sh" --bin "$core" --seed 100 --timeout 1200 -- "$bench" "$@"

#!/usr/bin/env bash
# Runs bench_counter_identify (a whole 転入 visit per run, docs/counter-benchmark.md) on the
# counter's whole outside world (tests/scripts/with-counter-stack.sh:
# pcscd + vpcd + madoguchi-virtual-card with the default profile in a private network and mount
# namespace, needs root; madoguchi-core-sim over mutual TLS on that namespace's loopback) on the
# offscreen platform, and prints its tables.
#   bench/run-counter-bench.sh [BUILD_DIR] [--runs N] [--warmup W]   (default build/release, 30 runs)
# Build first: cmake --preset release && cmake --build --preset release --target bench_counter_identify
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/release"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then build=$(realpath "$1"); shift; fi
bench="$build/bin/bench_counter_identify"
export MADOGUCHI_VCARD_BIN="$build/bin/madoguchi-virtual-card"
export MADOGUCHI_CORESIM_BIN="$build/bin/madoguchi-core-sim"
for f in "$bench" "$MADOGUCHI_VCARD_BIN" "$MADOGUCHI_CORESIM_BIN"; do
  [ -x "$f" ] || { echo "run-counter-bench.sh: $f missing (build bench_counter_identify in $build)" >&2; exit 2; }
done
export QT_QPA_PLATFORM=offscreen
# The stack's logs go to stderr: kept for failures only, the tables go to stdout.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
"$root/tests/scripts/with-counter-stack.sh" --timeout 900 -- "$bench" "$@" 2>"$log"
rc=$?
set -e
[ $rc -eq 0 ] || cat "$log" >&2
exit $rc

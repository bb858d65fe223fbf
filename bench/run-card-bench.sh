#!/usr/bin/env bash
# Runs bench_cardread inside the virtual-card harness (pcscd + vpcd + madoguchi-virtual-card in a
# private network and mount namespace, tests/scripts/with-virtual-card.sh; needs root) and prints
# its table. The card logs its APDUs (MADOGUCHI_VCARD_VERBOSE=1) so that OpenSC's APDUs for the
# same certificate can be counted.
#   bench/run-card-bench.sh [BUILD_DIR] [--runs N]      (default build/release, 50 runs)
# Build first: cmake --preset release && cmake --build --preset release --target bench_cardread
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/release"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then build=$(realpath "$1"); shift; fi
bench="$build/bin/bench_cardread"
card="$build/bin/madoguchi-virtual-card"
for f in "$bench" "$card"; do
  [ -x "$f" ] || { echo "run-card-bench.sh: $f missing (build bench_cardread in $build)" >&2; exit 2; }
done
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The harness prints the card's log tail to stderr when verbose: keep it for failures only.
set +e
MADOGUCHI_VCARD_VERBOSE=1 "$root/tests/scripts/with-virtual-card.sh" --card "$card" --timeout 600 \
  -- "$bench" "$@" 2>"$log"
rc=$?
set -e
[ $rc -eq 0 ] || cat "$log" >&2
exit $rc

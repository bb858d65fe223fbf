#!/usr/bin/env bash
# Builds the fuzz preset and runs every libFuzzer target for a short while, on demand or in CI.
#   fuzz/run-smoke.sh [seconds-per-target]      (default 20)
# The seed corpus in fuzz/corpus/<target>/ is read, never written: new inputs go to a scratch
# corpus under the build directory, crashes to build/fuzz/artifacts/. Exits non-zero on the
# first target that finds a crash, a leak or a broken invariant.
set -euo pipefail

seconds="${1:-20}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/fuzz"
targets=(fuzz_wareki_parse fuzz_money_parse fuzz_fold fuzz_csv fuzz_policy fuzz_datakeyentry fuzz_bertlv fuzz_mynumberdata fuzz_facephoto fuzz_template fuzz_coreresponse)
# The procedure catalog loader and the navigator (counter).
targets+=(fuzz_procedures fuzz_ticketcategories)
# core-sim's reading of a counter's transactions.
targets+=(fuzz_coresimrequest)

cmake --preset fuzz -S "$root" >/dev/null
cmake --build "$build" --target "${targets[@]}"

mkdir -p "$build/artifacts"
for t in "${targets[@]}"; do
  scratch="$build/corpus/$t"
  mkdir -p "$scratch"
  echo "== $t (${seconds}s)"
  log="$build/artifacts/$t.log"
  rc=0
  "$build/bin/$t" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$t-" "$scratch" "$root/fuzz/corpus/$t" >"$log" 2>&1 || rc=$?
  # libFuzzer's progress lines stay in the log; show the summary and any finding.
  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY|invariant)|ERROR' "$log" || true
  if [ "$rc" -ne 0 ]; then
    echo "$t: exit $rc, log $log, input kept in $build/artifacts/" >&2
    exit 1
  fi
done
echo "all fuzz targets ran ${seconds}s without findings"

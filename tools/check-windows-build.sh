#!/usr/bin/env bash
# Cross-compiles madoguchi_smartcard (smartcard/, plain C++17 + PC/SC) for Windows with
# mingw-w64 against Windows' winscard.h, and links every object against libwinscard, so that
# Linux-only code in the card layer is caught here and not on the Windows build machine.
# madoguchi_smartcard_crypto (OpenSSL, OpenJPEG) is left out: Debian has neither for mingw.
#   tools/check-windows-build.sh [build-dir]       (default build/mingw)
# Prints one line per failing file with its first errors and a summary; exits non-zero on any
# compile or link failure. Needs g++-mingw-w64-x86-64 (tools/debian-packages.txt).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/mingw}"

if ! command -v x86_64-w64-mingw32-g++-posix >/dev/null && ! command -v x86_64-w64-mingw32-g++ >/dev/null; then
  echo "check-windows-build: mingw-w64 missing: apt-get install g++-mingw-w64-x86-64" >&2
  exit 2
fi

mkdir -p "$build"
log="$build/build.log"
cmake -S "$root/tools/windows-check" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchain-mingw64.cmake" >"$build/configure.log" 2>&1 || {
  cat "$build/configure.log" >&2
  echo "check-windows-build: FAILED to configure (log $build/configure.log)" >&2
  exit 1
}
# Always from scratch (objects of ours only, a few seconds) and -k 0: every broken file is
# reported in one run, not just the first.
cmake --build "$build" --target clean >/dev/null 2>&1 || true
rc=0
cmake --build "$build" -j2 -- -k 0 >"$log" 2>&1 || rc=$?

total=$(grep -c '"file": ".*/smartcard/.*\.cpp"' "$build/compile_commands.json" || true)
failed_objects=$(grep -E '^FAILED: .*\.obj' "$log" | sed -E 's#^FAILED: .*/madoguchi_smartcard\.dir/##; s#\.obj *$##' || true)
failed=$(printf '%s' "$failed_objects" | grep -c . || true)

echo "== Windows cross-check (x86_64-w64-mingw32, winscard.h): madoguchi_smartcard"
if [ -n "$failed_objects" ]; then
  for f in $failed_objects; do
    echo "-- smartcard/$f does not compile for Windows:"
    grep -E "smartcard/${f%.cpp}\.(cpp|h):[0-9]+:[0-9]+: (fatal )?error:|^/.*: (fatal )?error:" "$log" |
      sed -E "s#^$root/##" | sort -u | head -n 8
  done
fi
if grep -qE 'undefined reference|ld: .*error|collect2' "$log"; then
  echo "-- link against winscard failed:"
  grep -E 'undefined reference|ld: |collect2' "$log" | sed -E "s#^$root/##" | sort -u | head -n 12
  [ "$rc" -ne 0 ] || rc=1
fi
echo "compiled: $((total - failed))/$total files; link with -lwinscard: $([ "$rc" -eq 0 ] && echo ok || echo 'failed or not reached')"
if [ "$rc" -ne 0 ]; then
  echo "check-windows-build: FAILED (full log: $log)"
  exit 1
fi
echo "check-windows-build: OK"

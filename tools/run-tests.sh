#!/usr/bin/env bash
# The one command that runs every test on a fresh Debian 12 machine (README, and .ci/run):
# installs what is missing, builds with the warnings-as-errors preset and runs the whole
# CTest suite headless; cross-compiles the card layer for Windows (mingw-w64, winscard.h); then
# builds the ASan/UBSan preset and runs the suite again under it.
#   tools/run-tests.sh            both passes (what CI runs)
#   tools/run-tests.sh --quick    only the ci preset
#   tools/run-tests.sh --asan     only the sanitizer preset
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
tools/setup-debian.sh

# Tests never need a display or a user session; they start their own D-Bus, keyring, pcscd
# and PostgreSQL where they need one. A leftover DISPLAY would make a locked keyring prompt.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export QT_QPA_PLATFORM=offscreen
# Under the sanitizer preset: known leaks inside system libraries (tests/lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
jobs=$(nproc)

run_preset() {
  local preset=$1
  echo "=== configure + build: $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "=== test: $preset"
  ctest --preset "$preset" -j "$jobs" --timeout 300
}

windows_check() {
  echo "=== windows cross-check: smartcard/ with mingw-w64"
  tools/check-windows-build.sh build/mingw
}

case "$mode" in
  all) run_preset ci; windows_check; run_preset asan ;;
  --quick) run_preset ci; windows_check ;;
  --asan) run_preset asan ;;
  *) echo "usage: tools/run-tests.sh [--quick|--asan]" >&2; exit 2 ;;
esac

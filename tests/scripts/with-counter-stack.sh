#!/usr/bin/env bash
# Runs a command with both halves of the counter's outside world: pcscd with the virtual My
# Number card (with-virtual-card.sh) and madoguchi-core-sim over mutual TLS (with-core-sim.sh).
# The command sees the variables of both. Binaries: $MADOGUCHI_VCARD_BIN and
# $MADOGUCHI_CORESIM_BIN (the tests set them), else next to the command.
#
# Usage: with-counter-stack.sh [--timeout S] [--] COMMAND...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
timeout=280
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) timeout=$2; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "with-counter-stack.sh: no command given" >&2; exit 2; }
coresim=${MADOGUCHI_CORESIM_BIN:-"$(dirname "$1")/madoguchi-core-sim"}
# The card's namespace is the outer one: core-sim listens on its loopback, which the command
# shares, and pcscd's socket is private to the run.
exec "$here/with-virtual-card.sh" --timeout "$timeout" -- \
  "$here/with-core-sim.sh" --bin "$coresim" --seed 50 --timeout "$timeout" -- "$@"

#!/usr/bin/env bash
# The one command that builds and starts Madoguchi on a fresh Debian 12 machine (README):
# installs what is missing, builds the dev preset and starts the app with its own demo data
# directory (build/demo/) and demo accounts, in Japanese unless --lang en is given.
#   tools/demo.sh [--lang ja|en] [--screenshot FILE] [--no-card] [--card-only [-- COMMAND...]]
# A virtual My Number card (tools/demo-card.sh: pcscd with the vpcd reader + madoguchi-virtual-card)
# is in the reader while the app runs; take it out and put it back with tools/demo-card.sh
# remove / insert. --card-only starts just the card stack (and runs COMMAND with it, if given,
# then stops it); --no-card leaves it out.
# Without a display it says how to run under Xvfb and saves a screenshot of the login window.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
lang=ja
shot=""
card=1
card_only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) lang=$2; shift 2 ;;
    --screenshot) shot=$2; shift 2 ;;
    --no-card) card=""; shift ;;
    --card-only) card_only=1; shift; [ "${1:-}" != -- ] || shift; break ;;
    *) echo "usage: tools/demo.sh [--lang ja|en] [--screenshot FILE] [--no-card] [--card-only [-- COMMAND...]]" >&2; exit 2 ;;
  esac
done

# The demo keeps its data (database, settings, logs, keyring) apart from a real installation's.
demo="$root/build/demo"
mkdir -p "$demo/config" "$demo/data" "$demo/cache" "$demo/runtime"
chmod 700 "$demo/runtime"
export XDG_CONFIG_HOME="$demo/config" XDG_DATA_HOME="$demo/data" XDG_CACHE_HOME="$demo/cache"
[ -n "${XDG_RUNTIME_DIR:-}" ] || export XDG_RUNTIME_DIR="$demo/runtime"
if [ "$lang" = ja ]; then export LANG=ja_JP.UTF-8 LANGUAGE=ja; else export LANG=en_US.UTF-8 LANGUAGE=en; fi

if [ -z "${MADOGUCHI_DEMO_BUILT:-}" ]; then
  tools/setup-debian.sh
  cmake --preset dev >/dev/null
  cmake --build --preset dev -j "$(nproc)" --target madoguchi madoguchi-cli madoguchi-virtual-card madoguchi-core-sim
  export MADOGUCHI_DEMO_BUILT=1
fi

# The virtual card: started here, stopped when the demo ends (whatever way it ends).
stop_demo_parts=()
stop_demo() { for part in "${stop_demo_parts[@]}"; do "$part" stop || true; done; }
trap stop_demo EXIT
start_demo_card() {
  tools/demo-card.sh start
  stop_demo_parts+=(tools/demo-card.sh)
  tools/demo-card.sh settings "$XDG_CONFIG_HOME/Madoguchi/madoguchi.ini"
}
if [ -n "$card_only" ]; then
  start_demo_card
  if [ $# -gt 0 ]; then
    "$@"
    exit $?
  fi
  echo "The card stack runs until you press Ctrl-C."
  while sleep 3600; do :; done
fi

# Without a desktop session there is no Secret Service for the data key: run inside a private
# D-Bus session with gnome-keyring, unlocked with a demo password; its files stay in build/demo
# (XDG_DATA_HOME above), never in the user's own keyring.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  args=(--lang "$lang")
  [ -z "$shot" ] || args+=(--screenshot "$shot")
  [ -n "$card" ] || args+=(--no-card)
  exec dbus-run-session -- bash -c '
    eval "$(printf %s madoguchi-demo | gnome-keyring-daemon --unlock --components=secrets)"
    "$0" "$@"; rc=$?
    kill "$GNOME_KEYRING_PID" 2>/dev/null || true
    exit $rc' "$root/tools/demo.sh" "${args[@]}"
fi

app="$root/build/dev/bin/madoguchi"
if [ -n "$shot" ]; then
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} exec "$app" --demo --lang "$lang" --screenshot "$shot"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  out="$demo/login.png"
  QT_QPA_PLATFORM=offscreen "$app" --demo --lang "$lang" --screenshot "$out"
  cat <<TXT
There is no display here, so Madoguchi cannot open a window.
A screenshot of the login window was saved to: $out
To run the app in a virtual X server:   xvfb-run -a -s '-screen 0 1600x1000x24' tools/demo.sh
To run it on a desktop: start tools/demo.sh from a terminal inside the desktop session.
TXT
  exit 0
fi
# The core system (tools/core-sim with seeded residents): stop it with tools/demo-core.sh stop
# to see the offline banner, start it again to see the queue drain.
tools/demo-core.sh start
stop_demo_parts+=(tools/demo-core.sh)
tools/demo-core.sh settings "$XDG_CONFIG_HOME/Madoguchi/madoguchi.ini"
tools/demo-core.sh passphrase "$root/build/dev/bin/madoguchi-cli"
[ -z "$card" ] || start_demo_card
"$app" --demo --lang "$lang"

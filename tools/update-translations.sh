#!/usr/bin/env bash
# Re-extracts every tr()/translate() string of app/, modules/ and smartcard/ into
# translations/madoguchi_{ja,en}.ts. Existing translations are kept; strings that vanished
# from the sources stay as "vanished" so a rename does not lose its Japanese. Then translate
# the new (unfinished) entries of madoguchi_ja.ts, e.g. with /usr/lib/qt6/bin/linguist.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$root"
"$lupdate" -locations relative -extensions cpp,h app modules smartcard \
  -ts translations/madoguchi_ja.ts "$@"
# English is the source language: only plural forms (%n) need entries there.
"$lupdate" -locations relative -extensions cpp,h -pluralonly app modules smartcard \
  -ts translations/madoguchi_en.ts >/dev/null
echo "Unfinished Japanese entries: $(grep -c 'type="unfinished"' translations/madoguchi_ja.ts || true)"

#!/usr/bin/env bash
# Writes the seed's SQL from the seed text (see docs/seed.md):
#   src/main/resources/db/migration/V2__framework_2566.sql   (the ITA 2566 framework)
#   src/main/resources/db/demo/R__demo_agency_bangsaothong.sql (the demo agency)
#
#   tools/seed/generate.sh           overwrite both files
#   tools/seed/generate.sh --check   write them to a scratch folder and compare them with the
#                                    committed ones; exit 1 and show the difference if they differ
#
# Needs only a JDK 17 (javac, java); run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."

SEED=src/test/resources/seed/bangsaothong-2566.txt
FILES=(src/main/resources/db/migration/V2__framework_2566.sql
       src/main/resources/db/demo/R__demo_agency_bangsaothong.sql)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -encoding UTF-8 -Xlint:all -Werror -d "$work/classes" tools/seed/src/th/ita/portal/seed/*.java

case "${1:-}" in
  "")
    java -cp "$work/classes" th.ita.portal.seed.SeedSqlGenerator "$SEED" .
    ;;
  --check)
    java -cp "$work/classes" th.ita.portal.seed.SeedSqlGenerator "$SEED" "$work/out" > /dev/null
    status=0
    for f in "${FILES[@]}"; do
      if cmp -s "$f" "$work/out/$f"; then
        echo "same: $f"
      else
        echo "DIFFERS: $f"
        diff -u "$f" "$work/out/$f" | head -40 || true
        status=1
      fi
    done
    exit $status
    ;;
  *)
    echo "usage: $0 [--check]" >&2
    exit 2
    ;;
esac

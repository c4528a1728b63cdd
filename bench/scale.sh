#!/usr/bin/env bash
# Many agencies on one deployment: the same requests against a database with 1 generated agency and
# one with AGENCIES (8,000 by default), side by side. Each database is migrated by the portal, filled
# by bench/agencies.sql (set-based SQL: every agency with 3 published years of 43 items, measures,
# plans, evidence rows, revisions and audit entries; 2564 and 2565 on generated test-sample
# frameworks), analyzed; then the portal is started on 127.0.0.1:PORT with Hibernate statistics on
# and the requests are made at the host of agency a00001 (a00001.bench.localhost, sent as Host).
#
# Reported per database: start-up time, database size and generation time; p50/p95/p99 of public
# pages from the page cache (wrk, DURATION), their renderings (COUNT requests with a distinct query
# string, which the page cache never keeps), first renderings of other agencies' pages (FILL
# agencies, kept: this also fills the page cache), the staff dashboard, the staff OIT list, an item
# publish and the PDF and XLSX exports (HEAVY each); statements per request (Hibernate's session
# metrics); the page cache's bytes and pages (its metrics) against ITA_PAGE_CACHE_MAX_BYTES, and
# the heap. Every loop is bounded and all traffic stays on 127.0.0.1.
#
#   AGENCIES=8000 bash bench/scale.sh        # SKIP_BUILD=1 reuses target/*.jar; KEEP_DB=1 keeps both
#                                            # databases, REUSE_DB=1 measures kept ones again,
#                                            # ONE_RESULTS=file takes the one-agency figures of a run
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18140}; AGENCIES=${AGENCIES:-8000}; COUNT=${COUNT:-200}; HEAVY=${HEAVY:-20}; DURATION=${DURATION:-10s}
FILL=${FILL:-2000}; START_SECONDS=${START_SECONDS:-300}; HEAP=${HEAP:-512m}
WORK=$(mktemp -d /tmp/ita-scale.XXXX); BASE=http://127.0.0.1:$PORT; HOST=a00001.bench.localhost
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  if [ -z "${KEEP_DB:-}" ] && [ -z "${REUSE_DB:-}" ]; then
    for db in ita_scale_1 ita_scale_1_fresh "ita_scale_$AGENCIES"; do psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" >/dev/null 2>&1 || true; done
  fi
}
trap cleanup EXIT
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q package -DskipTests
JAR=$(ls target/ita-portal-*.jar | grep -v plain | head -1)
sql() { psql -h 127.0.0.1 -U postgres -d "$1" -Atc "$2"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b - a}'; }

start_portal() { # $1 database: starts the portal; the seconds until its health answers go to $WORK/start-up
  local t0; t0=$(now)
  ITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$1 ITA_BIND_ADDRESS=127.0.0.1 PORT=$PORT ITA_STORAGE_DIR=$WORK/storage \
    java -Xmx"$HEAP" -jar "$JAR" --spring.jpa.properties.hibernate.generate_statistics=true \
    --logging.level.org.hibernate.session.metrics=DEBUG --management.endpoints.web.exposure.include=health,metrics \
    >"$WORK/$1.log" 2>&1 & APP_PID=$!
  for _ in $(seq 1 "$START_SECONDS"); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 0.5; done
  curl -sf "$BASE/actuator/health" >/dev/null || { tail -30 "$WORK/$1.log" >&2; exit 1; }
  since "$t0" >"$WORK/start-up"
}
stop_portal() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

prepare() { # $1 database, $2 agencies: migrated by the portal (or copied from ita_scale_1, which was),
  # then generated up to $2 agencies; the generation seconds go to $WORK/generation
  if [ -n "${REUSE_DB:-}" ] && [ "$(psql -h 127.0.0.1 -U postgres -Atc "select count(*) from pg_database where datname = '$1'")" = 1 ]; then
    echo "reused" >"$WORK/generation"; return
  fi
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $1 with (force)" >/dev/null
  if [ "$1" = ita_scale_1 ]; then
    psql -h 127.0.0.1 -U postgres -qc "create database $1 encoding 'UTF8' template template0" >/dev/null
    start_portal "$1"; stop_portal
  else
    psql -h 127.0.0.1 -U postgres -qc "create database $1 template ita_scale_1_fresh" >/dev/null
  fi
  local t0; t0=$(now)
  psql -h 127.0.0.1 -U postgres -d "$1" -q -v ON_ERROR_STOP=1 -v agencies="$2" -f bench/agencies.sql >/dev/null
  psql -h 127.0.0.1 -U postgres -d "$1" -qc "vacuum analyze" >/dev/null
  local took; took=$(since "$t0")
  if [ "$1" = ita_scale_1 ]; then # a copy as generated, before any request changes it: the large one starts from it
    psql -h 127.0.0.1 -U postgres -qc "drop database if exists ita_scale_1_fresh" >/dev/null
    psql -h 127.0.0.1 -U postgres -qc "create database ita_scale_1_fresh template ita_scale_1" >/dev/null
  fi
  echo "$took" >"$WORK/generation"
}

lat() { python3 bench/latency.py "$PORT" "$@"; }
metric() { # $1 name [$2 tag]: the value of one of the portal's metrics
  curl -s "$BASE/actuator/metrics/$1${2:+?tag=$2}" | python3 -c 'import json,sys; print("%.0f" % json.load(sys.stdin)["measurements"][0]["value"])'
}
statements() { # $1 method, $2 path, [$3 cookie], [$4 body]: statements of one request (Hibernate session metrics)
  local mark; mark=$(wc -l <"$WORK/$DB.log")
  lat 1 "$1" "$2" "$HOST" "${3:-}" "${4:-}" >/dev/null
  sleep 0.5
  tail -n +"$(( mark + 1 ))" "$WORK/$DB.log" | sed -n 's/.* ns preparing \([0-9]*\) JDBC statements.*/\1/p' | awk '{s += $1} END {print s + 0}'
}
wrk_hits() { # $1 path: "p50 p95 p99" in ms of the kept page, wrk -t2 -c8
  wrk -t2 -c8 -d"$DURATION" -H "Host: $HOST:$PORT" -s bench/wrk-report.lua "$BASE$1" >"$WORK/wrk.out"
  local r; r=$(sed -n 's/^RESULT //p' "$WORK/wrk.out"); set -- $r
  [ -n "$r" ] && [ "$5" = 0 ] && [ "$6" = 0 ] || { echo "bad answers from $1:" >&2; cat "$WORK/wrk.out" >&2; exit 1; }
  awk -v a="$2" -v b="$3" -v c="$4" 'BEGIN {printf "%.2f %.2f %.2f", a/1000, b/1000, c/1000}'
}

measure() { # $1 database, $2 agencies: writes "key value..." lines to $WORK/$1.txt
  DB=$1; local out=$WORK/$1.txt cookie token
  prepare "$1" "$2"
  echo "generation-seconds $(cat "$WORK/generation")" >"$out"
  echo "database-size-MB $(sql "$1" "select round(pg_database_size('$1') / 1048576.0)")" >>"$out"
  echo "rows-oit_disclosure $(sql "$1" "select count(*) from oit_disclosure")" >>"$out"
  echo "rows-evidence $(sql "$1" "select count(*) from evidence")" >>"$out"
  start_portal "$1"
  echo "start-up-seconds $(cat "$WORK/start-up")" >>"$out"
  echo "start-up-seconds-spring $(sed -n 's/.*Started .* in \([0-9.]*\) seconds.*/\1/p' "$WORK/$1.log" | head -1)" >>"$out"
  # Warm-up: the JIT compiles the serving paths first; every page twice, renderings and hits.
  for p in / /ita/2566 /ita/2566/oit /ita/2566/oit/o12 /ita/2566/measures; do
    lat 50 GET "$p?warm={i}" "$HOST" >/dev/null
    wrk -t2 -c8 -d2s -H "Host: $HOST:$PORT" "$BASE$p" >/dev/null
  done
  for p in / /ita/2566/oit /ita/2566/oit/o12; do echo "hit$p $(wrk_hits "$p")" >>"$out"; done
  for p in / /ita/2566/oit /ita/2566/oit/o12 /ita/2566/measures /ita/2565/oit; do
    echo "render$p $(lat "$COUNT" GET "$p?r={i}" "$HOST")" >>"$out"
  done
  # Staff: signed in as the agency's admin at its host.
  local jar=$WORK/$1.jar
  token=$(curl -s -c "$jar" -b "$jar" -H "Host: $HOST:$PORT" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" -H "Host: $HOST:$PORT" --data-urlencode "username=a00001.admin" \
    --data-urlencode "password=demo-admin-2566" --data-urlencode "_csrf=$token" "$BASE/login"
  cookie="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)"
  lat 30 GET /staff/2566 "$HOST" "$cookie" >/dev/null; lat 30 GET /staff/2566/oit "$HOST" "$cookie" >/dev/null
  echo "staff-dashboard $(lat "$COUNT" GET /staff/2566 "$HOST" "$cookie")" >>"$out"
  echo "staff-oit-list $(lat "$COUNT" GET /staff/2566/oit "$HOST" "$cookie")" >>"$out"
  lat 3 GET /staff/exports/2566.pdf "$HOST" "$cookie" >/dev/null; lat 3 GET /staff/exports/2566.xlsx "$HOST" "$cookie" >/dev/null
  echo "export-pdf $(lat "$HEAVY" GET /staff/exports/2566.pdf "$HOST" "$cookie")" >>"$out"
  echo "export-xlsx $(lat "$HEAVY" GET /staff/exports/2566.xlsx "$HOST" "$cookie")" >>"$out"
  # First renderings of other agencies' pages (kept: the page cache fills up to its bound).
  if [ "$2" -gt 1 ]; then
    local n=$(( FILL < $2 ? FILL : $2 ))
    echo "first-render-other-agencies $(lat "$n" GET /ita/2566/oit "a{i:05d}.bench.localhost")" >>"$out"
  else
    echo "first-render-other-agencies - - -" >>"$out"
  fi
  echo "page-cache-MB $(metric ita.page-cache.bytes | awk '{printf "%.1f", $1 / 1048576}')" >>"$out"
  echo "page-cache-pages $(metric ita.page-cache.pages)" >>"$out"
  echo "heap-used-MB $(metric jvm.memory.used area:heap | awk '{printf "%.0f", $1 / 1048576}')" >>"$out"
  # A publish of one item, HEAVY times (each empties the page cache: the generation is global).
  token=$(curl -s -b "$jar" -H "Host: $HOST:$PORT" "$BASE/staff/2566/oit/o12" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  lat 3 POST /staff/2566/oit/o12/publish "$HOST" "$cookie" "_csrf=$token" >/dev/null
  echo "publish-item $(lat "$HEAVY" POST /staff/2566/oit/o12/publish "$HOST" "$cookie" "_csrf=$token")" >>"$out"
  # Statements per request.
  for p in / /ita/2566 /ita/2566/oit /ita/2566/oit/o12 /ita/2566/measures; do
    echo "statements-render$p $(statements GET "$p?s=1")" >>"$out"
    statements GET "$p" >/dev/null
    echo "statements-hit$p $(statements GET "$p")" >>"$out"
  done
  echo "statements-staff-dashboard $(statements GET /staff/2566 "$cookie")" >>"$out"
  echo "statements-staff-oit-list $(statements GET /staff/2566/oit "$cookie")" >>"$out"
  echo "statements-publish-item $(statements POST /staff/2566/oit/o12/publish "$cookie" "_csrf=$token")" >>"$out"
  echo "statements-export-pdf $(statements GET /staff/exports/2566.pdf "$cookie")" >>"$out"
  echo "statements-export-xlsx $(statements GET /staff/exports/2566.xlsx "$cookie")" >>"$out"
  stop_portal
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "page cache bound: ${ITA_PAGE_CACHE_MAX_BYTES:-64MB}; heap -Xmx$HEAP; COUNT=$COUNT HEAVY=$HEAVY DURATION=$DURATION FILL=$FILL"
# ONE_RESULTS=file reuses the one-agency figures of an earlier run (its $WORK/ita_scale_1.txt).
if [ -n "${ONE_RESULTS:-}" ]; then cp "$ONE_RESULTS" "$WORK/ita_scale_1.txt"; else measure ita_scale_1 1; fi
measure "ita_scale_$AGENCIES" "$AGENCIES"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# Side by side. Latencies are p50 p95 p99 in ms; a per-request figure's target is at most 1.2x
# the one-agency figure, a statement count's is the same count.
printf '\n%-34s %22s %22s %18s %s\n' "" "1 agency" "$AGENCIES agencies" "ratio" "target"
join -a1 -a2 <(sort "$WORK/ita_scale_1.txt") <(sort "$WORK/ita_scale_$AGENCIES.txt") | awk '
  function key_kind(k) { if (k ~ /^statements/) return "same"; if (k ~ /^(hit|render|staff|export|publish)/) return "1.2x"; return "" }
  {
    k = $1; kind = key_kind(k)
    if (NF == 7 && $2 == "-") { printf "%-34s %22s %22s\n", k, "-", $5 " " $6 " " $7 }
    else if (NF == 7) { a = $2 " " $3 " " $4; b = $5 " " $6 " " $7; r = ""; ok = 1
      for (i = 2; i <= 4; i++) { x = ($(i) > 0) ? $(i + 3) / $(i) : 0; r = r sprintf("%.2f ", x); if (x > 1.2) ok = 0 }
      printf "%-34s %22s %22s %18s %s\n", k, a, b, r, (kind == "1.2x") ? (ok ? "met" : "NOT met") : "" }
    else if (NF == 3) { r = ($2 + 0 > 0) ? sprintf("%.2f", $3 / $2) : "-"
      t = (kind == "same") ? (($2 == $3) ? "met" : "NOT met") : ""
      printf "%-34s %22s %22s %18s %s\n", k, $2, $3, r, t }
    else { $1 = ""; printf "%-34s %s\n", k, $0 }
  }'

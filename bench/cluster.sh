#!/usr/bin/env bash
# Several instances: two portal instances behind nginx against one, on one PostgreSQL database.
# Starts instance A and B from the built jar on 127.0.0.1 (demo data, a database of this run's own,
# one shared evidence directory), and nginx (Debian's, as a plain process with its own config)
# twice: in front of A alone, and in front of A and B. For each public URL runs wrk (bounded:
# DURATION per URL and set-up) and reports requests/s and p99; then the same while a bounded writer
# publishes on A every PUBLISH_EVERY seconds (each publish makes both instances render afresh).
# A cache hit runs no SQL (asserted by the tests, not here: PublicPageValveTest, QueryBudgetTest).
# Ports: A, B, and nginx from BASE_PORT (18160, 18161, 18162, 18163). All traffic stays on
# 127.0.0.1; every loop is bounded; everything started is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_PORT=${BASE_PORT:-18160}; DURATION=${DURATION:-10s}; CONNS=${CONNS:-16}; THREADS=${THREADS:-2}
START_SECONDS=${START_SECONDS:-180}; PUBLISH_EVERY=${PUBLISH_EVERY:-1}
PORT_A=$BASE_PORT; PORT_B=$((BASE_PORT + 1)); LB_ONE=$((BASE_PORT + 2)); LB_TWO=$((BASE_PORT + 3))
DB=ita_cluster_bench_$$; WORK=$(mktemp -d /tmp/ita-cluster.XXXX)
need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk; need nginx nginx
PIDS=(); WRITER_PID=""
cleanup() {
  [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q package -DskipTests
JAR=$(ls target/ita-portal-*.jar | grep -v plain | head -1)
psql -h 127.0.0.1 -U postgres -qc "create database $DB" >/dev/null
start_app() { # $1 port
  ITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB ITA_BIND_ADDRESS=127.0.0.1 PORT=$1 ITA_STORAGE_DIR=$WORK/storage \
    ITA_TRUSTED_PROXIES=127.0.0.1 ITA_DB_POOL_SIZE=8 java -Xmx384m -jar "$JAR" >"$WORK/app-$1.log" 2>&1 &
  PIDS+=($!)
}
wait_ready() { # $1 port
  for _ in $(seq 1 "$START_SECONDS"); do curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0; sleep 1; done
  tail -30 "$WORK/app-$1.log"; exit 1
}
# Started together on the empty database: one migration run, one set of demo data.
start_app "$PORT_A"; start_app "$PORT_B"; wait_ready "$PORT_A"; wait_ready "$PORT_B"
lb() { # $1 port, $2.. upstream ports
  local port=$1; shift; local dir="$WORK/nginx-$port"; mkdir -p "$dir"
  { echo "worker_processes 1; pid $dir/nginx.pid; error_log $dir/error.log; daemon off;"
    echo "events { worker_connections 1024; }"
    echo "http { access_log off; upstream portal {"
    for p in "$@"; do echo "  server 127.0.0.1:$p max_fails=2 fail_timeout=5s;"; done
    echo "  keepalive 64; }"
    echo "  server { listen 127.0.0.1:$port; location / { proxy_pass http://portal; proxy_http_version 1.1;"
    echo "    proxy_set_header Connection \"\"; proxy_set_header Host \$host; } } }"; } >"$dir/nginx.conf"
  nginx -p "$dir" -c "$dir/nginx.conf" & PIDS+=($!)
}
lb "$LB_ONE" "$PORT_A"; lb "$LB_TWO" "$PORT_A" "$PORT_B"; sleep 1
URLS=(/ /ita/2566/oit /ita/2566/oit/o12 /ita/2566/measures)
for u in "${URLS[@]}"; do  # warm up both instances through the balancer
  for _ in 1 2 3 4; do curl -sf -o /dev/null "http://127.0.0.1:$LB_TWO$u"; done
  curl -sf -o /dev/null "http://127.0.0.1:$PORT_A$u"
done
measure() { # $1 label, $2 base
  for u in "${URLS[@]}"; do
    local out; out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$2$u")
    printf '%-22s %-22s %10s req/s  p99 %s\n' "$1" "$u" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
      "$(awk '$1 == "99%" {print $2}' <<<"$out")"
  done
}
JAR_COOKIES="$WORK/admin.jar"; A=http://127.0.0.1:$PORT_A
token() { curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$A$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
t=$(token /login)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode username=demo.admin \
  --data-urlencode password=demo-admin-2566 --data-urlencode "_csrf=$t" "$A/login"
writer() { # bounded: at most 600 publishes, one per PUBLISH_EVERY seconds
  for i in $(seq 1 600); do
    psql -h 127.0.0.1 -U postgres -d "$DB" -qc "update oit_disclosure set progress = '<p>bench $i</p>',
      version = version + 1 where id = (select min(id) from oit_disclosure)" >/dev/null
    local t; t=$(token /staff/2566)
    curl -s -o /dev/null -b "$JAR_COOKIES" --data "_csrf=$t" "$A/staff/2566/publish"
    sleep "$PUBLISH_EVERY"
  done
}
echo "# $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -c$CONNS -d$DURATION per URL"
measure "one instance" "$A"
measure "one behind nginx" "http://127.0.0.1:$LB_ONE"
measure "two behind nginx" "http://127.0.0.1:$LB_TWO"
writer & WRITER_PID=$!
measure "one, publishing" "$A"
measure "two, publishing" "http://127.0.0.1:$LB_TWO"
kill "$WRITER_PID" 2>/dev/null || true; WRITER_PID=""
echo "# publishes during the run: $(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select count(*) from audit_log where action = 'PUBLISH'" 2>/dev/null || echo '?')"

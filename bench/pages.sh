#!/usr/bin/env bash
# Load benchmark of the public pages: the portal against nginx serving the same bytes, same run.
# Builds the jar, starts it on 127.0.0.1 with the demo data and a database of its own, publishes a
# PDF evidence on o12, checks that nginx serves byte-identical copies of the portal's pages, warms
# up, then for each URL runs wrk (bounded: DURATION per URL; requests/s, p50/p95/p99) and a
# fixed-rate check (200 req/s for RATE_SECONDS, python3), then the same while a bounded writer edits
# and publishes items. xact/req is PostgreSQL's transaction count over the timed run per request
# (pg_stat_database); cpu/req the portal's processor time per request over its timed runs
# (/proc/<pid>/stat); the statements per request are counted afterwards by Hibernate in a second
# instance (count_statements). The published report (PDF and Word) is measured like the pages,
# plainly and conditionally. SAMPLE_YEAR=1 adds a second, differently shaped year (a test sample
# framework imported and published by the script; see below). Every loop is bounded and all
# traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}; NGINX_PORT=${NGINX_PORT:-18081}; DURATION=${DURATION:-10s}; CONNS=${CONNS:-16}
RATE_SECONDS=${RATE_SECONDS:-10}; ROUNDS=${ROUNDS:-3}; START_SECONDS=${START_SECONDS:-90}
DB=ita_bench_$$; WORK=$(mktemp -d /tmp/ita-bench.XXXX); BASE=http://127.0.0.1:$PORT
need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk; need nginx nginx
APP_PID=""; NGINX_PID=""; WRITER_PID=""; COUNT_PID=""
cleanup() {
  [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null || true
  [ -n "$COUNT_PID" ] && kill "$COUNT_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q package -DskipTests
JAR=$(ls target/ita-portal-*.jar | grep -v plain | head -1)
ITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB ITA_BIND_ADDRESS=127.0.0.1 PORT=$PORT ITA_STORAGE_DIR=$WORK/storage \
  java -Xmx512m -jar "$JAR" >"$WORK/app.log" 2>&1 & APP_PID=$!
for _ in $(seq 1 "$START_SECONDS"); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$BASE/actuator/health" >/dev/null || { tail -30 "$WORK/app.log"; exit 1; }

signin() { # $1 user $2 password $3 cookie jar
  local token; token=$(curl -s -c "$3" -b "$3" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$3" -b "$3" --data-urlencode "username=$1" --data-urlencode "password=$2" --data-urlencode "_csrf=$token" "$BASE/login"
}
csrf() { curl -s -b "$2" "$BASE$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
signin demo.admin demo-admin-2566 "$WORK/admin.jar"
printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n' >"$WORK/e.pdf"
t=$(csrf /staff/2566/oit/o12/evidence "$WORK/admin.jar")
curl -s -o /dev/null -b "$WORK/admin.jar" -F "_csrf=$t" -F "title=bench" -F "file=@$WORK/e.pdf;type=application/pdf" "$BASE/staff/2566/oit/o12/evidence/file"
t=$(csrf /staff/2566/oit/o12 "$WORK/admin.jar")
curl -s -o /dev/null -b "$WORK/admin.jar" --data "_csrf=$t" "$BASE/staff/2566/oit/o12/publish"
EVIDENCE=$(curl -s "$BASE/ita/2566/oit/o12" | grep -o '/ita/2566/oit/o12/evidence/[0-9]*' | head -1)
[ -n "$EVIDENCE" ] || { echo "no published evidence"; exit 1; }
# SAMPLE_YEAR=1: a second, differently shaped year as well. The script writes a TEST SAMPLE
# framework (not any year's real one: "ตัวอย่างทดสอบ (sample)", fiscal year 2564, 23 items O1–O23 in
# seven sub-indicators, other topics), imports it through the admin import endpoint, opens 2564 on
# it (preview skipped: confirm=true), publishes the whole year, and measures its pages too.
SAMPLE_URLS=()
if [ -n "${SAMPLE_YEAR:-}" ]; then
  python3 - "$WORK/sample.csv" <<'PY'
import sys
rows = ["indicator,indicator_name,tool,subindicator,subindicator_name,topic,item,item_title,component,depth",
        "1,ตัวอย่างทดสอบ (sample) IIT,IIT,,,,,,,", "3,ตัวอย่างทดสอบ (sample) EIT,EIT,,,,,,,"]
subs = [("9.1", 4), ("9.2", 3), ("9.3", 4), ("9.4", 3), ("10.1", 3), ("10.2", 3), ("10.3", 3)]
n = 0
for sub, size in subs:
    ind = sub.split(".")[0]
    for k in range(size):
        n += 1
        topic = "" if sub == "9.4" else "หัวข้อตัวอย่าง %s %s" % (sub, "ก" if k < 2 else "ข")
        comps = [] if n == 23 else ["องค์ประกอบตัวอย่าง %d.%d" % (n, c) for c in range(1, 2 + n % 3)]
        for c, comp in enumerate(comps or [""]):
            rows.append("%s,ตัวอย่างทดสอบ (sample) %s,OIT,%s,ตัวอย่างทดสอบ (sample) %s,%s,O%d,ข้อตัวอย่างที่ %d (sample),%s,%s"
                        % (ind, ind, sub, sub, topic, n, n, comp, ("1" if c == 1 else "0") if comp else ""))
open(sys.argv[1], "w", encoding="utf-8").write("\r\n".join(rows) + "\r\n")
PY
  t=$(csrf /staff/admin/frameworks "$WORK/admin.jar")
  curl -s -o /dev/null -b "$WORK/admin.jar" -F "_csrf=$t" -F "year=2564" -F "name=ตัวอย่างทดสอบ (sample)" \
    -F "file=@$WORK/sample.csv;type=text/csv" "$BASE/staff/admin/frameworks/import"
  SAMPLE_FW=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select id from framework where fiscal_year = 2564 and name = 'ตัวอย่างทดสอบ (sample)'")
  [ -n "$SAMPLE_FW" ] || { echo "the sample framework was not imported"; exit 1; }
  t=$(csrf /staff/admin/years "$WORK/admin.jar")
  curl -s -o /dev/null -b "$WORK/admin.jar" --data "_csrf=$t&year=2564&framework=$SAMPLE_FW&confirm=true" "$BASE/staff/admin/years"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/ita/2564/oit")" = 404 ] || { echo "2564 is public before it is published"; exit 1; }
  t=$(csrf /staff/2564 "$WORK/admin.jar")
  curl -s -o /dev/null -b "$WORK/admin.jar" --data "_csrf=$t" "$BASE/staff/2564/publish"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/ita/2564/oit/O12")" = 200 ] || { echo "2564 was not published"; exit 1; }
  SAMPLE_URLS=(/ita/2564 /ita/2564/oit /ita/2564/oit/O12 /ita/2564/measures 304:/ita/2564/oit /ita/2564/report.pdf)
fi
etag_of() { # $1 base address, $2 path: its current ETag there (it changes with every publish)
  curl -sI "$1$2" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p'
}
# The ETag each conditional (304:) row sends, by path.
declare -A ETAG=()
# Whether a conditional GET of path $2 with its ETAG answers 304 at base address $1.
answers_304() { [ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: ${ETAG[$2]}" "$1$2")" = 304 ]; }

# nginx serves saved copies of the same HTML bytes.
mkdir -p "$WORK/www" "$WORK/nginx"
declare -A FILE=( [/]=home.html [/ita/2566/oit]=oit.html [/ita/2566/oit/o12]=o12.html [/ita/2566/measures]=measures.html
  [/ita/2566/report.pdf]=report.pdf [/ita/2566/report.docx]=report.docx )
for u in "${!FILE[@]}"; do curl -s "$BASE$u" >"$WORK/www/${FILE[$u]}"; done
# ...and the portal's own gzip bytes of the OIT index, which nginx sends as they are (gzip_static).
curl -s -H 'Accept-Encoding: gzip' "$BASE/ita/2566/oit" >"$WORK/www/oit.html.gz"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 2; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log; daemon off;
events { worker_connections 1024; }
http { access_log off; default_type text/html; gzip_static on;
  types { text/html html; application/pdf pdf; application/vnd.openxmlformats-officedocument.wordprocessingml.document docx; }
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; } }
CONF
# mktemp -d makes a 0700 directory, and nginx's workers run as nobody: without this they answer
# 403 (a 153-byte error page), which is what earlier versions of this script measured as "nginx".
chmod -R a+rX "$WORK/www"; chmod a+x "$WORK"
nginx -c "$WORK/nginx/nginx.conf" & NGINX_PID=$!
sleep 1
# The ceiling must be the same bytes: each saved copy comes back from nginx with 200 and is
# byte-identical to what the portal sends (identity and gzip).
same_bytes() { # $1 portal path, $2 nginx file, $3 optional Accept-Encoding
  local code
  code=$(curl -s -o "$WORK/check.nginx" -w '%{http_code}' ${3:+-H "Accept-Encoding: $3"} "http://127.0.0.1:$NGINX_PORT/$2")
  curl -s -o "$WORK/check.portal" ${3:+-H "Accept-Encoding: $3"} "$BASE$1"
  [ "$code" = 200 ] && cmp -s "$WORK/check.nginx" "$WORK/check.portal" \
    || { echo "nginx does not serve the portal's bytes of $1 ($2, HTTP $code)"; exit 1; }
}
for u in "${!FILE[@]}"; do same_bytes "$u" "${FILE[$u]}"; done
same_bytes /ita/2566/oit oit.html gzip

xacts() { psql -h 127.0.0.1 -U postgres -Atc "select xact_commit + xact_rollback from pg_stat_database where datname = '$DB'"; }
# wrk: prints "rps p50 p95 p99" (ms), from bench/wrk-report.lua. A run in which any answer was not
# 2xx/3xx or failed (socket errors) stops the bench: it would be measuring something else.
run_wrk() { # $1 url, extra headers after
  local url=$1; shift
  wrk -t2 -c"$CONNS" -d"$DURATION" -s bench/wrk-report.lua "$@" "$url" >"$WORK/wrk.out"
  local r; r=$(sed -n 's/^RESULT //p' "$WORK/wrk.out")
  set -- $r
  if [ -z "$r" ] || [ "$5" != 0 ] || [ "$6" != 0 ]; then
    echo "bad answers from $url:" >&2; cat "$WORK/wrk.out" >&2; exit 1
  fi
  awk -v rps="$1" -v a="$2" -v b="$3" -v c="$4" 'BEGIN {printf "%s %.2f %.2f %.2f", rps, a/1000, b/1000, c/1000}'
}
# Fixed rate: 200 req/s for RATE_SECONDS over 4 keep-alive connections (python3, standard library),
# each request timed from its scheduled start; prints p50 p95 p99 in ms.
fixed_rate() { # $1 url, $2 optional "Name: value" header
  python3 - "$1" "$RATE_SECONDS" "${2:-}" <<'PY'
import http.client, sys, threading, time, urllib.parse
url, seconds = urllib.parse.urlsplit(sys.argv[1]), int(sys.argv[2])
headers = dict([sys.argv[3].split(": ", 1)]) if sys.argv[3] else {}
rate, workers = 200, 4
times, lock = [], threading.Lock()
start = time.perf_counter() + 0.2
def worker(k):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    path = url.path or "/"
    i = k
    while i < rate * seconds:
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        conn.request("GET", path, headers=headers)
        conn.getresponse().read()
        with lock:
            times.append((time.perf_counter() - due) * 1000)
        i += workers
threads = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
[t.start() for t in threads]
[t.join() for t in threads]
times.sort()
pick = lambda q: times[min(len(times) - 1, int(len(times) * q))]
print("%.1f %.1f %.1f" % (pick(0.5), pick(0.95), pick(0.99)), end="")
PY
}
URLS=(/ /ita/2566/oit /ita/2566/oit/o12 /ita/2566/measures gzip:/ita/2566/oit 304:/ita/2566/oit "$EVIDENCE"
  /ita/2566/report.pdf 304:/ita/2566/report.pdf /ita/2566/report.docx 304:/ita/2566/report.docx "${SAMPLE_URLS[@]}")
headers_of() { # $1 url as listed in URLS: the request headers its prefix stands for
  case $1 in 304:*) echo "If-None-Match: ${ETAG[${1#304:}]}";; gzip:*) echo "Accept-Encoding: gzip";; esac
}
for u in "${URLS[@]}"; do if [[ $u == 304:* ]]; then ETAG[${u#304:}]=$(etag_of "$BASE" "${u#304:}"); fi; done
# The portal's processor time so far, in clock ticks (user + system, /proc/<pid>/stat).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
TICK_MS=$(awk -v t="$(getconf CLK_TCK)" 'BEGIN{print 1000 / t}')
# Warm-up: the JIT compiles the serving path during the first seconds; two rounds over every URL,
# each with the request headers it is measured with (gzip, 304), so that no URL is measured
# half-compiled.
for _ in 1 2; do
  for u in "${URLS[@]}"; do
    header=$(headers_of "$u")
    wrk -t2 -c8 -d3s ${header:+-H "$header"} "$BASE${u#*:}" >/dev/null
  done
done
report() { # $1 label
  printf '\n%s (wrk -t2 -c%s -d%s, median of %s turns with nginx; fixed rate 200/s x %ss, python3 keep-alive; latencies in ms)\n' "$1" "$CONNS" "$DURATION" "$ROUNDS" "$RATE_SECONDS"
  printf '%-28s %9s %6s %6s %6s %9s %6s %8s %8s %18s\n' URL req/s p50 p95 p99 nginx ratio xact/req cpu/req fixed-p50/p95/p99
  for u in "${URLS[@]}"; do
    local path=${u#*:} header hdr=() before after r
    if [[ $u == 304:* ]]; then
      # While the writer publishes, the ETag changes twice a second, so no If-None-Match stays
      # current for a run: the row would measure full pages under a 304 label.
      [ -z "$WRITER_PID" ] || continue
      ETAG[$path]=$(etag_of "$BASE" "$path"); answers_304 "$BASE" "$path" || { echo "no 304 for the current ETag of $path" >&2; exit 1; }
    fi
    header=$(headers_of "$u"); [ -z "$header" ] || hdr=(-H "$header")
    # The portal and nginx take turns, ROUNDS times each, and the medians are compared: the two
    # cores are shared with other machines' work, and one pair of runs can differ by 20 % either way.
    local runs=() ngs=() ng="-" ratio="-" i ticks=0 t0
    before=$(xacts)
    for i in $(seq 1 "$ROUNDS"); do
      t0=$(cpu_ticks)
      runs+=("$(run_wrk "$BASE$path" "${hdr[@]}")")
      ticks=$(( ticks + $(cpu_ticks) - t0 ))
      if [ -n "${FILE[$path]:-}" ] && [[ $u != 304:* ]]; then
        r=$(run_wrk "http://127.0.0.1:$NGINX_PORT/${FILE[$path]}" "${hdr[@]}"); ngs+=("${r%% *}")
      fi
    done
    after=$(xacts)
    if [[ $u == 304:* ]] && ! answers_304 "$BASE" "$path"; then echo "the 304 row of $path stopped answering 304" >&2; exit 1; fi
    r=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p")
    set -- $r
    local rps=$1 p50=$2 p95=$3 p99=$4 total
    total=$(printf '%s\n' "${runs[@]}" | awk '{s += $1} END {print s}')
    local x; x=$(awk -v a="$after" -v b="$before" -v r="$total" -v d="${DURATION%s}" \
      'BEGIN{ n = r * d; if (n > 0) printf "%.2f", (a - b) / n; else print "-"}')
    local cpu; cpu=$(awk -v t="$ticks" -v ms="$TICK_MS" -v r="$total" -v d="${DURATION%s}" \
      'BEGIN{ n = r * d; if (n > 0) printf "%.3f", t * ms / n; else print "-"}')
    if [ "${#ngs[@]}" -gt 0 ]; then
      ng=$(printf '%s\n' "${ngs[@]}" | sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p")
      ratio=$(awk -v a="$rps" -v b="$ng" 'BEGIN{printf "%.0f%%", 100*a/b}'); ng=$(printf '%.0f' "$ng")
    fi
    local fr; fr=$(fixed_rate "$BASE$path" "$header")
    printf '%-28s %9.0f %6s %6s %6s %9s %6s %8s %8s %18s\n' "$u" "$rps" "$p50" "$p95" "$p99" "$ng" "$ratio" "$x" "$cpu" "$fr"
  done
}

# Statements per request, counted by Hibernate itself: a second instance on the same database with
# hibernate.generate_statistics on logs each session's statement count (org.hibernate.session.metrics).
# It runs apart from the timed runs, so that logging never slows what they measure. Per URL: the
# first request (for the first row of each page a miss of the page cache, which starts empty; the
# gzip and 304 rows of the OIT index find it kept) and the average over COUNT_REQUESTS requests on
# one keep-alive connection.
COUNT_PORT=$((PORT + 2)); COUNT_REQUESTS=${COUNT_REQUESTS:-100}
statements_since() { # $1 log line already read: statements the sessions logged after it
  sleep 0.5
  tail -n +"$(( $1 + 1 ))" "$WORK/count.log" | sed -n 's/.* ns preparing \([0-9]*\) JDBC statements.*/\1/p' \
    | awk '{s += $1} END {print s + 0}'
}
count_statements() {
  ITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB ITA_BIND_ADDRESS=127.0.0.1 PORT=$COUNT_PORT ITA_STORAGE_DIR=$WORK/storage \
    java -Xmx512m -jar "$JAR" --spring.jpa.properties.hibernate.generate_statistics=true \
    --logging.level.org.hibernate.session.metrics=DEBUG >"$WORK/count.log" 2>&1 & COUNT_PID=$!
  for _ in $(seq 1 "$START_SECONDS"); do curl -sf "http://127.0.0.1:$COUNT_PORT/actuator/health" >/dev/null && break; sleep 1; done
  curl -sf "http://127.0.0.1:$COUNT_PORT/actuator/health" >/dev/null || { tail -30 "$WORK/count.log"; exit 1; }
  local u
  printf '\nStatements per request (Hibernate statistics, a second instance; %s requests per URL)\n' "$COUNT_REQUESTS"
  printf '%-28s %12s %12s\n' URL first-request per-request
  for u in "${URLS[@]}"; do
    local path=${u#*:} header hdr=() mark first all urls=()
    if [[ $u == 304:* ]]; then
      # After its plain row, so that row's first request was the first of all.
      ETAG[$path]=$(etag_of "http://127.0.0.1:$COUNT_PORT" "$path")
      answers_304 "http://127.0.0.1:$COUNT_PORT" "$path" || { echo "no 304 for $path on the second instance" >&2; exit 1; }
    fi
    header=$(headers_of "$u"); [ -z "$header" ] || hdr=(-H "$header")
    mark=$(wc -l <"$WORK/count.log")
    curl -s -o /dev/null "${hdr[@]}" "http://127.0.0.1:$COUNT_PORT$path"
    first=$(statements_since "$mark")
    for _ in $(seq 2 "$COUNT_REQUESTS"); do urls+=("http://127.0.0.1:$COUNT_PORT$path"); done
    curl -s "${hdr[@]}" "${urls[@]}" >/dev/null
    all=$(statements_since "$mark")
    printf '%-28s %12s %12s\n' "$u" "$first" "$(awk -v a="$all" -v n="$COUNT_REQUESTS" 'BEGIN{printf "%.2f", a/n}')"
  done
  kill "$COUNT_PID"; wait "$COUNT_PID" 2>/dev/null || true; COUNT_PID=""
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
report "Reads alone"

writer() { # edits and publishes o1..o10 in turn, one every 0.5 s, bounded to 600 rounds
  signin demo.admin demo-admin-2566 "$WORK/writer.jar"
  for i in $(seq 1 600); do
    local code=o$(( (i % 10) + 1 )) page token version
    page=$(curl -s -b "$WORK/writer.jar" "$BASE/staff/2566/oit/$code")
    token=$(echo "$page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    version=$(echo "$page" | sed -n 's/.*name="version" value="\([^"]*\)".*/\1/p' | head -1)
    units=$(echo "$page" | grep -o '<input[^>]*name="unitIds"[^>]*checked[^>]*>' | grep -o 'value="[0-9]*"' | grep -o '[0-9]*' | sed 's/^/unitIds=/' | paste -sd'&')
    curl -s -o /dev/null -b "$WORK/writer.jar" --data "_csrf=$token&version=$version&status=DONE&$units" \
      --data-urlencode "progress=bench round $i" "$BASE/staff/2566/oit/$code"
    curl -s -o /dev/null -b "$WORK/writer.jar" --data "_csrf=$token" "$BASE/staff/2566/oit/$code/publish"
    sleep 0.5
  done
}
if [ -z "${READS_ONLY:-}" ]; then # READS_ONLY=1 skips the run with a writer
  writer & WRITER_PID=$!
  report "Reads while a writer edits and publishes an item every ~0.5 s"
  kill "$WRITER_PID" 2>/dev/null || true; wait "$WRITER_PID" 2>/dev/null || true; WRITER_PID=""
  echo; echo "writer published: $(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from oit_disclosure_pub where progress like '%bench round%'") items show a bench edit"
fi
count_statements

#!/usr/bin/env bash
# Load benchmark of the public pages: the portal against nginx serving the same bytes, same run.
# Builds the jar, starts it on 127.0.0.1 with the demo data and a database of its own, publishes a
# PDF evidence on o12, warms up, then runs wrk (bounded: DURATION per URL) and a fixed-rate check
# (200 req/s for RATE_SECONDS with curl, p99 from the recorded times), then again while a bounded
# writer edits and publishes items. Statements per request come from pg_stat_database's
# xact_commit delta (one read-only transaction per request that reaches the database) divided by
# requests, which counts transactions, not statements; the exact statement counts are the
# QueryBudgetTest budgets.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}; NGINX_PORT=${NGINX_PORT:-18081}; DURATION=${DURATION:-10s}; CONNS=${CONNS:-16}
RATE_SECONDS=${RATE_SECONDS:-10}
DB=ita_bench_$$; WORK=$(mktemp -d /tmp/ita-bench.XXXX); BASE=http://127.0.0.1:$PORT
need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk; need nginx nginx
APP_PID=""; NGINX_PID=""; WRITER_PID=""
cleanup() {
  [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q package -DskipTests
JAR=$(ls target/ita-portal-*.jar | grep -v plain | head -1)
ITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB ITA_BIND_ADDRESS=127.0.0.1 PORT=$PORT ITA_STORAGE_DIR=$WORK/storage \
  java -Xmx512m -jar "$JAR" >"$WORK/app.log" 2>&1 & APP_PID=$!
for _ in $(seq 1 90); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
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
ETAG=$(curl -sI "$BASE/ita/2566/oit" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')

# nginx serves saved copies of the same HTML bytes.
mkdir -p "$WORK/www" "$WORK/nginx"
declare -A FILE=( [/]=home.html [/ita/2566/oit]=oit.html [/ita/2566/oit/o12]=o12.html [/ita/2566/measures]=measures.html )
for u in "${!FILE[@]}"; do curl -s "$BASE$u" >"$WORK/www/${FILE[$u]}"; done
# ...and the portal's own gzip bytes of the OIT index, which nginx sends as they are (gzip_static).
curl -s -H 'Accept-Encoding: gzip' "$BASE/ita/2566/oit" >"$WORK/www/oit.html.gz"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 2; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log; daemon off;
events { worker_connections 1024; }
http { access_log off; types { text/html html; } default_type text/html; gzip_static on;
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

# Warm-up: the JIT compiles the serving path during the first seconds; two rounds over every URL so
# that the first URL measured is not measured half-compiled.
for _ in 1 2; do
  for u in / /ita/2566/oit /ita/2566/oit/o12 /ita/2566/measures "$EVIDENCE"; do wrk -t2 -c8 -d3s "$BASE$u" >/dev/null; done
done

xacts() { psql -h 127.0.0.1 -U postgres -Atc "select xact_commit + xact_rollback from pg_stat_database where datname = '$DB'"; }
# wrk: prints "rps p50 p99" (wrk reports 50/75/90/99; p95 is not in its default output). A run in
# which any answer was not 2xx/3xx (wrk's "Non-2xx" line) or failed (socket errors) stops the bench.
run_wrk() { # $1 url, extra headers after
  local url=$1; shift
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency "$@" "$url" >"$WORK/wrk.out"
  if grep -q -e 'Non-2xx' -e 'Socket errors' "$WORK/wrk.out"; then
    echo "bad answers from $url:" >&2; cat "$WORK/wrk.out" >&2; exit 1
  fi
  awk '
    /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s %s %s", rps, p50, p99}' "$WORK/wrk.out"
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
report() { # $1 label
  printf '\n%s (wrk -t2 -c%s -d%s; fixed rate 200/s x %ss, python3 keep-alive)\n' "$1" "$CONNS" "$DURATION" "$RATE_SECONDS"
  printf '%-28s %10s %8s %8s %10s %7s %8s %18s\n' URL req/s p50 p99 nginx-rps ratio xact/req fixed-p50/p95/p99ms
  for u in / /ita/2566/oit /ita/2566/oit/o12 /ita/2566/measures gzip:/ita/2566/oit 304:/ita/2566/oit "$EVIDENCE"; do
    local before after r n path=${u#*:} hdr=()
    case $u in 304:*) hdr=(-H "If-None-Match: $ETAG");; gzip:*) hdr=(-H "Accept-Encoding: gzip");; esac
    before=$(xacts); r=$(run_wrk "$BASE$path" "${hdr[@]}"); after=$(xacts)
    local rps=${r%% *}
    n=$(awk -v r="$rps" -v d="${DURATION%s}" 'BEGIN{printf "%d", r*d}')
    local x; x=$(awk -v a="$after" -v b="$before" -v n="$n" 'BEGIN{ if (n>0) printf "%.2f", (a-b)/n; else print "-"}')
    local ng="-" ratio="-"
    if [ -n "${FILE[$path]:-}" ] && [[ $u != 304:* ]]; then
      ng=$(run_wrk "http://127.0.0.1:$NGINX_PORT/${FILE[$path]}" "${hdr[@]}"); ng=${ng%% *}
      ratio=$(awk -v a="$rps" -v b="$ng" 'BEGIN{printf "%.0f%%", 100*a/b}')
    fi
    local fr; fr=$(fixed_rate "$BASE$path" "${hdr[1]:-}")
    printf '%-28s %10s %8s %8s %10s %7s %8s %18s\n' "$u" "$rps" "$(echo "$r" | cut -d' ' -f2)" "$(echo "$r" | cut -d' ' -f3)" "$ng" "$ratio" "$x" "$fr"
  done
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
writer & WRITER_PID=$!
report "Reads while a writer edits and publishes an item every ~0.5 s"
kill "$WRITER_PID" 2>/dev/null || true; wait "$WRITER_PID" 2>/dev/null || true; WRITER_PID=""
echo; echo "writer published: $(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from oit_disclosure_pub where progress like '%bench round%'") items show a bench edit"

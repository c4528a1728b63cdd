"""Times COUNT requests, one after another on one keep-alive connection (bench/scale.sh).

usage: latency.py PORT COUNT METHOD PATH [HOST] [COOKIE] [BODY]
PATH may hold {i}, replaced by the request's number (a distinct query string: the page cache
keeps no page with one, so every request is a rendering). HOST may hold {i} too: with
HOST=a{i:05d}.bench.localhost each request goes to another agency (a first rendering of its page).
Prints "p50 p95 p99" in ms. Any answer other than 2xx/3xx stops it with the status: a bench that
measures error pages measures something else.
"""
import http.client
import sys
import time

port, count, method, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
host = sys.argv[5] if len(sys.argv) > 5 and sys.argv[5] else None
cookie = sys.argv[6] if len(sys.argv) > 6 and sys.argv[6] else None
body = sys.argv[7] if len(sys.argv) > 7 and sys.argv[7] else None
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
times = []
for i in range(1, count + 1):
    headers = {}
    if host:
        headers["Host"] = host.format(i=i) + ":%d" % port
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    start = time.perf_counter()
    conn.request(method, path.format(i=i), body=body, headers=headers)
    answer = conn.getresponse()
    answer.read()
    times.append((time.perf_counter() - start) * 1000)
    if answer.status >= 400:
        sys.exit("HTTP %d from %s %s (host %s)" % (answer.status, method, path.format(i=i), headers.get("Host")))
    if answer.getheader("Connection", "").lower() == "close":
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
times.sort()
pick = lambda q: times[min(len(times) - 1, int(len(times) * q))]
print("%.1f %.1f %.1f" % (pick(0.5), pick(0.95), pick(0.99)))

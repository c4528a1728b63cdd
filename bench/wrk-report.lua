-- wrk script of bench/pages.sh: after a run, one line that the bench reads:
-- "RESULT <requests/s> <p50 µs> <p95 µs> <p99 µs> <non-2xx/3xx answers> <socket errors>".
-- wrk's own --latency output has 50/75/90/99 but no p95, which the benchmark reports.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.2f %d %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end

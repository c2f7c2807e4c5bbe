-- wrk script of bench/pages.sh: the cookie of the signed-in role, and at the end one line:
-- requests non2xx p50_ms p95_ms p99_ms req_per_s
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE") or ""

done = function(summary, latency, requests)
  local non2xx = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("RESULT %d %d %.1f %.1f %.1f %.1f\n", summary.requests, non2xx,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end

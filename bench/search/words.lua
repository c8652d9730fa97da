-- The search bench's wrk phase (SearchBench): search pages for the words given after `--` (URL-encoded) and a first
-- argument naming the run, in turn, each request with a visit of its own (the run's name, the thread, a count) so that
-- the page cache never answers it, as the bench's own client does: without the run's name a second run asked the
-- first run's pages again, which the page cache keeps from their second asking.
-- Prints one line with the percentiles the bench reports, p95 included (wrk's --latency has no p95).
local paths = {}
local run = ""
local count = 0
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  run = args[1]
  for i = 2, #args do
    paths[i - 1] = "/search?q=" .. args[i]
  end
end

function request()
  count = count + 1
  return wrk.format("GET", paths[(count % #paths) + 1] .. "&visit=" .. run .. "-" .. id .. "-" .. count)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
      "[wrk] %d searches, %.0f per second, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; errors: %d status, %d timeout, %d connect, %d read\n",
      summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      errors.status, errors.timeout, errors.connect, errors.read))
end

#!/usr/bin/env bash
# Measures how cheaply the portal serves published pages. Start the platform first (bin/run), then:
#   bench/portal.sh [base-url]
# Needs wrk (apt-get install wrk). Sends traffic to the given local address only, for 10 s per URL.
set -euo pipefail
base="${1:-http://localhost:8080}"
case "$base" in
  http://localhost*|http://127.*) ;;
  *) echo "refusing to load anything but a local address" >&2; exit 1 ;;
esac
article=$(curl -s "$base/" | grep -o '/articles/[0-9]*' | head -1)
for path in "/" "$article" "/columns/notices" "/search?q=%E4%BE%9B%E6%9A%96"; do
  curl -s -o /dev/null "$base$path"
  echo "== $path"
  wrk -t2 -c16 -d10s "$base$path" | grep -E "Requests/sec|Latency"
done

#!/usr/bin/env bash
# Portal pages against nginx serving the same bytes, side by side in one run (issue 15, goal 1).
#   bench/portal/run.sh                      # builds the runnable jar, then measures
#   BENCH_JAR=path/to.jar bench/portal/run.sh   # measures that jar instead (e.g. an older build)
#   BENCH_URL=http://127.0.0.1:8080 bench/portal/run.sh   # a platform already running on this machine
# Starts the platform from the jar with -Xmx512m on a fresh data folder in target/bench-portal (demo data), and nginx
# (Debian package, installed with apt-get when missing and run as root) on a copy of each page's bytes; then, per
# page (home, a column, an article, a service guide), wrk -t2 -c64 against each, one after the other, after a warm-up.
# Writes the table, the ratio and the load average into bench/README.md between the "portal-run" markers and prints it.
# Settings: BENCH_PORT (18180), BENCH_NGINX_PORT (18181), BENCH_DURATION (10s), BENCH_REPEAT (3), BENCH_WARMUP (5s),
# BENCH_CONNECTIONS (64),
# BENCH_HEAP (512m), BENCH_JFR=1 (a flight recording of the platform during the runs, its hot methods printed).
# Loads only the local addresses it started. Takes about eight minutes.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
PORT=${BENCH_PORT:-18180}
NGINX_PORT=${BENCH_NGINX_PORT:-18181}
DURATION=${BENCH_DURATION:-10s}
REPEAT=${BENCH_REPEAT:-3}
WARMUP=${BENCH_WARMUP:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
WORK="$PWD/target/bench-portal"

need_packages nginx:nginx-light wrk:wrk
NGINX=$(PATH="$PATH:/usr/sbin" command -v nginx)
if [ -n "${BENCH_URL:-}" ]; then
  case "$BENCH_URL" in http://127.*|http://localhost*) ;; *) echo "refusing to load anything but a local address" >&2; exit 1 ;; esac
else
  runnable_jar
fi

APP_PID="" NGINX_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && [ -z "${BENCH_URL:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT

mkdir -p "$WORK"; rm -rf "$WORK/www" "$WORK/nginx"; mkdir -p "$WORK/www" "$WORK/nginx"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -n "${BENCH_URL:-}" ]; then
  base="$BENCH_URL" healthy="(already running)" BENCH_HEAP="(as started)"
  APP_PID=$(ss -ltnpH "sport = :${BENCH_URL##*:}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
else
  start_platform "$PORT" "$WORK/platform"
fi

article=$(curl -fs "$base/" | grep -o '/articles/[0-9]*' | head -1)
guide=$(curl -fs "$base/services" | grep -o '/services/[0-9][0-9]*' | head -1)
pages=("/" "/columns/news" "$article" "$guide")

# nginx serves each page's bytes as a static file, with a precompressed .gz beside it (gzip_static), from memory.
for path in "${pages[@]}"; do
  file="$WORK/www/$(echo "$path" | tr '/' '_')index.html"
  curl -fs -o "$file" "$base$path"
  gzip -9 -k "$file"
done
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
$(nginx_preamble "$WORK/nginx")
http {
$(nginx_http_paths "$WORK/nginx")
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000;
  open_file_cache max=100;
  types { text/html html; }
  default_type text/html;
  gzip_static on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    charset utf-8;
$(for path in "${pages[@]}"; do echo "    location = $path { try_files /$(echo "$path" | tr '/' '_')index.html =404; }"; done)
  }
}
EOF
"$NGINX" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 0.5
nginx_base="http://127.0.0.1:$NGINX_PORT"

# wrk's requests/s and p99 (ms) in one line.
measure_once() {
  local url=$1 out; shift
  wrk -t2 -c"$CONNECTIONS" -d1s "$@" "$url" >/dev/null
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
  local rps p99
  rps=$(echo "$out" | awk '/Requests\/sec/ { printf "%d", $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }; printf "%.1f", v }')
  echo "$rps $p99"
}
# The platform and nginx measured in turn REPEAT times; the median run (by requests/s) of each is kept, so one
# disturbance of the shared machine does not decide the ratio.
median_of() {
  sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'
}

table="| page | bytes | platform req/s | p99 | nginx req/s | p99 | ratio |
|---|---|---|---|---|---|---|"
run() {
  local label=$1 path=$2; shift 2
  curl -fs -o /dev/null "$base$path"
  local i app_runs="" ng_runs=""
  for ((i = 0; i < REPEAT; i++)); do
    app_runs+="$(measure_once "$base$path" "$@")"$'\n'
    ng_runs+="$(measure_once "$nginx_base$path" "$@")"$'\n'
  done
  read -r app_rps app_p99 < <(printf '%s' "$app_runs" | median_of)
  read -r ng_rps ng_p99 < <(printf '%s' "$ng_runs" | median_of)
  local bytes ratio
  bytes=$(curl -fs "$@" "$base$path" | wc -c)
  ratio=$(awk "BEGIN { printf \"%.2f\", $app_rps / $ng_rps }")
  echo "[bench] $label $path: platform $app_rps req/s p99 $app_p99 ms, nginx $ng_rps req/s p99 $ng_p99 ms, ratio $ratio"
  table+=$'\n'"| $label \`$path\` | $bytes | $app_rps | $app_p99 ms | $ng_rps | $ng_p99 ms | **$ratio** |"
}
# A server runs for days: the JIT compiler gets WARMUP over every page before anything is measured.
for path in "${pages[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$base$path" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Accept-Encoding: gzip" "$base$path" >/dev/null
done
[ "${BENCH_JFR:-}" = 1 ] && "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.start name=bench settings=profile >/dev/null
run "home" "/"
run "column" "/columns/news"
run "article" "$article"
run "service guide" "$guide"
run "article, gzip" "$article" -H "Accept-Encoding: gzip"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

if [ "${BENCH_JFR:-}" = 1 ]; then
  "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.stop name=bench filename="$WORK/portal.jfr" >/dev/null
  "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$WORK/portal.jfr" | head -40
fi

result="Run $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/portal/run.sh\` (wrk -t2 -c$CONNECTIONS -d$DURATION, median of $REPEAT runs of each side taken in turn, after a
warm-up of $WARMUP per page and encoding and 1 s before each run; platform
\`java -Xmx${BENCH_HEAP:-512m} ${BENCH_GC:--XX:+UseParallelGC} -jar\`, healthy after $healthy s; load average $load_before before, $load_after after, on $(nproc) cores):

$table"
echo "$result"
readme=bench/README.md
if grep -q '<!-- portal-run:begin -->' "$readme"; then
  awk -v result="$result" '
    /<!-- portal-run:begin -->/ { print; print result; skip = 1; next }
    /<!-- portal-run:end -->/ { skip = 0 }
    !skip { print }' "$readme" >"$readme.new" && mv "$readme.new" "$readme"
fi

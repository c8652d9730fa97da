#!/usr/bin/env bash
# The platform behind nginx's proxy_cache exactly as docs/nginx/opencounty-cache.conf configures it (docs/deploy.md),
# checked the way visitors meet it (issue 15, goal 2):
#   1. an anonymous visitor's page is kept by the proxy (HIT), a request with a session cookie goes past it (BYPASS);
#   2. an article is published through the API (officer → leader → center), and the proxy serves the new column page
#      within the max-age the platform announces (BENCH_MAX_AGE, 5 s here; 60 s by default in production).
#   bench/proxy/run.sh                      # builds the runnable jar, starts it on a fresh demo database
#   BENCH_JAR=path/to.jar bench/proxy/run.sh
#   BENCH_URL=http://127.0.0.1:8080 bench/proxy/run.sh   # a platform already running here (its max-age is read off a page)
# Installs nginx (Debian package) when missing and running as root. Exits non-zero when a check fails.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
PORT=${BENCH_PORT:-18182}
PROXY_PORT=${BENCH_PROXY_PORT:-18183}
MAX_AGE=${BENCH_MAX_AGE:-5}
WORK="$PWD/target/bench-proxy"

need_packages nginx:nginx-light
NGINX=$(PATH="$PATH:/usr/sbin" command -v nginx)
APP_PID="" NGINX_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT
mkdir -p "$WORK"
if [ -n "${BENCH_URL:-}" ]; then
  case "$BENCH_URL" in http://127.*|http://localhost*) ;; *) echo "refusing anything but a local address" >&2; exit 1 ;; esac
  base="$BENCH_URL" PORT="${BENCH_URL##*:}"
  MAX_AGE=$(curl -fs -o /dev/null -D - "$base/" | tr -d '\r' | grep -io 'max-age=[0-9]*' | head -1 | cut -d= -f2)
else
  runnable_jar
  PLATFORM_ENV="OPENCOUNTY_PAGE_CACHE_CONTROL=public,max-age=$MAX_AGE,stale-while-revalidate=300" start_platform "$PORT" "$WORK/platform"
fi

rm -rf "$WORK/nginx"; mkdir -p "$WORK/nginx/cache"
{
  nginx_preamble "$WORK/nginx"
  echo "http {"
  echo "  access_log off;"
  nginx_http_paths "$WORK/nginx"
  sed -e "s#/var/cache/nginx/opencounty#$WORK/nginx/cache#" -e "s#server 127.0.0.1:8080;#server 127.0.0.1:$PORT;#" \
      -e "s#listen 80;#listen 127.0.0.1:$PROXY_PORT;#" docs/nginx/opencounty-cache.conf
  echo "}"
} >"$WORK/nginx/nginx.conf"
"$NGINX" -t -c "$WORK/nginx/nginx.conf" 2>/dev/null
"$NGINX" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 0.5
proxy="http://127.0.0.1:$PROXY_PORT"
failed=0
check() { if [ "$2" = "$3" ]; then echo "[bench] ok: $1 ($2)"; else echo "[bench] FAILED: $1: expected $3, got $2"; failed=1; fi; }
status_of() { curl -s -o /dev/null -D - "$@" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache-status" { print $2 }'; }

curl -fs -o /dev/null "$proxy/columns/news"
check "anonymous page kept by the proxy" "$(status_of "$proxy/columns/news")" HIT
status_of -H 'Accept-Encoding: gzip' "$proxy/columns/news" >/dev/null
check "gzip variant kept beside the plain one" "$(status_of -H 'Accept-Encoding: gzip' "$proxy/columns/news")" HIT
check "a session cookie goes past the proxy" "$(status_of -H 'Cookie: JSESSIONID=0123' "$proxy/columns/news")" BYPASS
status_of "$proxy/login" >/dev/null
check "a page that is not public is not kept" "$(status_of "$proxy/login")" MISS
# Search pages are public for an anonymous visitor from their second asking (docs/adr/0029-search-speed.md, 19): the
# first answer is not kept anywhere, the second is kept by the platform and the proxy, the third is the proxy's.
status_of "$proxy/search?q=x" >/dev/null
status_of "$proxy/search?q=x" >/dev/null
check "a search asked again is kept" "$(status_of "$proxy/search?q=x")" HIT

token() {
  curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo#2026\"}" "$base/api/v1/auth/token" \
    | grep -o '"token":"[^"]*"' | cut -d'"' -f4
}
act() { curl -fs -o /dev/null -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d '{}' "$base/api/v1/articles/$2/$3"; }
title="代理缓存测试：$(date +%s) 巴里坤镇冬季那达慕"
officer=$(token officer2) leader=$(token leader2) center=$(token center)
id=$(curl -fs -H "Authorization: Bearer $officer" -H 'Content-Type: application/json' \
  -d "{\"category\":\"news\",\"title\":\"$title\",\"body\":\"<p>活动内容。</p>\"}" "$base/api/v1/articles" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
act "$officer" "$id" submit
act "$leader" "$id" approve
act "$center" "$id" approve
published=$(date +%s.%N)
seen=""
while awk "BEGIN { exit !($(date +%s.%N) - $published < $MAX_AGE + 10) }"; do
  if curl -fs "$proxy/columns/news" | grep -q "$title"; then seen=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $published }"); break; fi
  sleep 0.25
done
if [ -n "$seen" ] && awk "BEGIN { exit !($seen <= $MAX_AGE + 1) }"; then
  echo "[bench] ok: the proxy served the new page $seen s after publication (max-age $MAX_AGE s)"
else
  echo "[bench] FAILED: the new page was ${seen:+seen only after $seen s}${seen:-not seen} (max-age $MAX_AGE s)"; failed=1
fi
exit $failed

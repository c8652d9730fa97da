#!/usr/bin/env bash
# Two platform nodes on distributed parts, on this machine (docs/deploy.md, "Two or more nodes"). Optional: not needed
# by the README's two commands. What it installs or downloads, and where (it says so when it does):
#   - Debian packages when missing (apt-get install -y): nginx (the round-robin balancer on 18200), wrk (throughput),
#     postgresql-client (psql, to read the sweep's lock row and the outbox), unzip, and openjdk-17-jre-headless
#     (OpenSearch's launcher fails on JDK 25);
#   - from Maven Central, through the Maven wrapper: the project's dependencies, and OpenSearch 2.19.6
#     (org.opensearch.distribution.integ-test-zip:opensearch:2.19.6 zip) with its analysis-common module
#     (org.opensearch.plugin:analysis-common:2.19.6), unpacked under target/cluster/ and run as the system user
#     "opencounty-search" it creates (OpenSearch refuses root), HTTP on 18220, transport on 18230;
#   - PostgreSQL: the platform's embedded binaries started as an external server on 18210.
# Then node A (18201) and node B (18202), both on that PostgreSQL and OpenSearch with the settings for several nodes,
# uploads in one shared folder (or one S3Proxy bucket, below), nginx round robin over both, and checks, each printed
# PASS or FAIL:
#   (1) a session signed in on A goes on on B;
#   (2) an article published on A is on B's page and in B's search within 2 s;
#   (3) an attachment uploaded on A is downloaded from B, same bytes;
#   (4) the supervision sweep (every 2 minutes here) runs once per schedule across both nodes, counted from the
#       database (ShedLock's row of the job, sampled every second) and from the nodes' logs;
#   (5) OpenSearch stopped: /search answers 503 暂不可用, the rest answers; started again: an article published
#       meanwhile is found.
# and measures throughput (wrk -t2; 64 connections for the cached article page, 8 for /search with one common word),
# through nginx over both nodes and on node A alone, printing a table for bench/README.md with the load average.
# Exits 1 when a check fails. Everything it started is stopped on exit, and its data folders (target/cluster/{postgres,
# a,b,shared-files,s3-data,search-data}) removed; the logs stay in target/cluster/logs. Takes 6-10 minutes on 2 cores.
#   bench/cluster/run.sh                  # all of it
#   CLUSTER_KEEP=1 bench/cluster/run.sh   # leave everything running afterwards (stop with bench/cluster/run.sh stop)
#   CLUSTER_WRK_SECONDS=10 bench/cluster/run.sh   # the length of each throughput run (default 10 s)
#   BENCH_STORAGE=s3 bench/cluster/run.sh  # uploads in one bucket of S3Proxy (bench/cluster/s3proxy.sh, on 18290, a
#                                          # real S3-compatible server; its jar from Maven Central) instead of the shared
#                                          # folder: (3) then also finds the uploaded bytes under files/ in the bucket
set -uo pipefail
began=$(date +%s)
. "$(dirname "$0")/../lib.sh"   # cd to the project, JAVA_HOME, need_packages, mvn_quiet, nginx paths
ROOT=$PWD
DIR=$ROOT/target/cluster
LOGS=$DIR/logs
PG_PORT=18210 OS_PORT=18220 LB_PORT=18200 A_PORT=18201 B_PORT=18202 S3_PORT=18290
STORAGE=${BENCH_STORAGE:-directory} S3_BUCKET=opencounty-files
case $STORAGE in directory|s3) ;; *) echo "BENCH_STORAGE is directory or s3, not $STORAGE" >&2; exit 64 ;; esac
WRK_SECONDS=${CLUSTER_WRK_SECONDS:-10}
export OS_PORT
say() { echo "[cluster] $*"; }
fail() { say "FAILED: $*"; exit 1; }
failures=0
check() { # name, then a command: PASS when it succeeds
  local name=$1; shift
  if "$@"; then say "PASS $name"; else say "FAIL $name"; failures=$((failures + 1)); fi
}

stop_all() {
  local pidfile pid
  [ -f "$DIR/sampler.pid" ] && kill "$(cat "$DIR/sampler.pid")" 2>/dev/null
  [ -f "$DIR/nginx.conf" ] && [ -f "$DIR/nginx/nginx.pid" ] && nginx -c "$DIR/nginx.conf" -s stop 2>/dev/null
  for pidfile in "$DIR/b.pid" "$DIR/a.pid" "$DIR/postgres.pid" "$DIR/sampler.pid"; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile"); kill "$pid" 2>/dev/null
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null
    rm -f "$pidfile"
  done
  bench/cluster/opensearch.sh stop
  S3_PORT=$S3_PORT bench/cluster/s3proxy.sh stop
  mkdir -p "$LOGS"
  cp "$DIR"/search-logs/*.log "$LOGS/" 2>/dev/null
  # The data of this run: the database, the nodes' folders, the shared uploads, OpenSearch's index.
  rm -rf "$DIR/postgres" "$DIR/a" "$DIR/b" "$DIR/shared-files" "$DIR/s3-data" "$DIR/search-data" "$DIR/search-logs" "$DIR/nginx" \
    "$DIR"/*.html "$DIR"/*.pdf "$DIR"/*.ms "$DIR/cookies.txt"
  return 0
}
if [ "${1:-}" = stop ]; then stop_all; exit 0; fi
trap 'exit 130' INT TERM
[ -n "${CLUSTER_KEEP:-}" ] || trap stop_all EXIT
for port in $PG_PORT $OS_PORT $LB_PORT $A_PORT $B_PORT $([ "$STORAGE" = s3 ] && echo $S3_PORT); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && fail "port $port is taken (a previous run? bench/cluster/run.sh stop)"
done
rm -rf "$LOGS"; mkdir -p "$DIR" "$LOGS"

# --- what this needs ----------------------------------------------------------------------------------------------
need_packages nginx:nginx wrk:wrk psql:postgresql-client unzip:unzip
if ! ls -d /usr/lib/jvm/java-17-openjdk-* >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || fail "needs OpenJDK 17 for OpenSearch: sudo apt-get install openjdk-17-jre-headless"
  say "installing openjdk-17-jre-headless (Debian package, for OpenSearch)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q openjdk-17-jre-headless >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q openjdk-17-jre-headless >/dev/null; } \
    || fail "apt-get could not install openjdk-17-jre-headless"
fi
say "building (compile, test-compile, classpaths)"
mvn_quiet test-compile || fail "the build failed"
mvn_quiet dependency:build-classpath -Dmdep.outputFile="$DIR/test-classpath.txt" -Dmdep.includeScope=test || fail "no test classpath"
mvn_quiet dependency:build-classpath -Dmdep.outputFile="$DIR/classpath.txt" -Dmdep.includeScope=runtime || fail "no classpath"
say "built after $(( $(date +%s) - began )) s"

# --- OpenSearch (in the background: it takes the longest) and PostgreSQL ---------------------------------------------
bench/cluster/opensearch.sh prepare || fail "OpenSearch cannot be prepared"
rm -rf "$DIR/search-data"
bench/cluster/opensearch.sh start >"$LOGS/opensearch-start.log" 2>&1 & search_starting=$!
rm -rf "$DIR/postgres"
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$DIR/test-classpath.txt")" org.opencounty.bench.BenchDatabase \
  "$DIR/postgres" $PG_PORT >"$LOGS/postgres.log" 2>&1 & echo $! >"$DIR/postgres.pid"
for _ in $(seq 120); do grep -q "PostgreSQL at" "$LOGS/postgres.log" && break; sleep 1; done
grep -q "PostgreSQL at" "$LOGS/postgres.log" || fail "PostgreSQL did not start (see $LOGS/postgres.log)"
say "PostgreSQL on $PG_PORT"
sql() { PGPASSWORD=postgres psql -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -Atc "$1" 2>/dev/null; }
wait $search_starting || fail "OpenSearch did not start: $(cat "$LOGS/opensearch-start.log")"
say "OpenSearch $(curl -s "http://127.0.0.1:$OS_PORT" | grep -o '"number" : "[^"]*"' | cut -d'"' -f4) on $OS_PORT after \
$(( $(date +%s) - began )) s; cjk analyzer: $(curl -s -H 'Content-Type: application/json' "http://127.0.0.1:$OS_PORT/_analyze" \
  -d '{"analyzer":"cjk","text":"供暖补贴"}' | grep -o '"token":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' ')"

# --- uploads: one shared folder, or one bucket of S3Proxy ------------------------------------------------------------
rm -rf "$DIR/shared-files" "$DIR/s3-data" "$DIR/a" "$DIR/b"; mkdir -p "$DIR/a" "$DIR/b"
if [ "$STORAGE" = s3 ]; then
  S3_PORT=$S3_PORT S3_DATA="$DIR/s3-data" S3_BUCKET=$S3_BUCKET bench/cluster/s3proxy.sh start || fail "S3Proxy did not start"
  say "S3Proxy on $S3_PORT, bucket $S3_BUCKET (objects in $DIR/s3-data)"
  storage=(OPENCOUNTY_STORAGE_KIND=s3 OPENCOUNTY_STORAGE_S3_ENDPOINT="http://127.0.0.1:$S3_PORT" OPENCOUNTY_STORAGE_S3_BUCKET=$S3_BUCKET
    OPENCOUNTY_STORAGE_S3_ACCESS_KEY=opencounty-bench OPENCOUNTY_STORAGE_S3_SECRET_KEY=made-up-secret-for-the-bench)
else
  mkdir -p "$DIR/shared-files"
  storage=(OPENCOUNTY_STORAGE_KIND=directory OPENCOUNTY_STORAGE_DIR="$DIR/shared-files")
fi

# --- two nodes and the balancer --------------------------------------------------------------------------------------
start_node() { # name port rebuild-at-start
  local started; started=$(date +%s)
  env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD=postgres PORT=$2 OPENCOUNTY_DATA_DIR="$DIR/$1" \
    "${storage[@]}" \
    OPENCOUNTY_SESSIONS_STORE=jdbc OPENCOUNTY_CLUSTER_PAGE_CACHE_NOTIFY=true \
    OPENCOUNTY_SEARCH_BACKEND=elasticsearch OPENCOUNTY_SEARCH_COORDINATION=outbox-polling OPENCOUNTY_SEARCH_SYNCHRONIZATION= \
    OPENCOUNTY_SEARCH_ANALYSIS=class:org.opencounty.search.internal.ChineseOpenSearchAnalysis \
    SPRING_JPA_PROPERTIES_HIBERNATE_SEARCH_BACKEND_HOSTS=127.0.0.1:$OS_PORT OPENCOUNTY_SEARCH_REBUILD_AT_START="$3" \
    OPENCOUNTY_SUPERVISION_CRON="0 */2 * * * *" LOGGING_LEVEL_ORG_OPENCOUNTY_SUPERVISION=DEBUG \
    "$JAVA_HOME/bin/java" -Xmx512m ${BENCH_GC:--XX:+UseParallelGC} -cp "target/classes:$(cat "$DIR/classpath.txt")" org.opencounty.OpenCountyApplication \
    >"$LOGS/$1.log" 2>&1 & echo $! >"$DIR/$1.pid"
  for _ in $(seq 400); do
    curl -fs -o /dev/null "http://127.0.0.1:$2/actuator/health" && { say "node $1 on $2, healthy after $(( $(date +%s) - started )) s"; return 0; }
    kill -0 "$(cat "$DIR/$1.pid")" 2>/dev/null || break
    sleep 1
  done
  fail "node $1 did not start (see $LOGS/$1.log)"
}
start_node a $A_PORT true
start_node b $B_PORT false
mkdir -p "$DIR/nginx"
{ nginx_preamble "$DIR/nginx"; cat <<EOF
worker_processes 2;
http {
$(nginx_http_paths "$DIR/nginx")
  access_log off;
  upstream platform { server 127.0.0.1:$A_PORT; server 127.0.0.1:$B_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / { proxy_pass http://platform; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; }
  }
}
EOF
} >"$DIR/nginx.conf"
nginx -c "$DIR/nginx.conf" || fail "nginx did not start"
say "nginx round robin on $LB_PORT over A and B"

A=http://127.0.0.1:$A_PORT B=http://127.0.0.1:$B_PORT LB=http://127.0.0.1:$LB_PORT
millis() { date +%s%3N; }
json_field() { grep -o "\"$1\":\"\\?[^\",}]*" | head -1 | sed 's/.*:"\?//'; }
token() { curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"Demo#2026\"}" "$1/api/v1/auth/token" | json_field token; }
api() { # token method path [curl args]: prints the body; on an HTTP error says which and fails
  local t=$1 m=$2 p=$3 out code; shift 3
  out=$(curl -s -w '\n%{http_code}' -X "$m" -H "Authorization: Bearer $t" "$@" "$A$p")
  code=${out##*$'\n'} out=${out%$'\n'*}
  [[ $code == 2* ]] && { printf '%s' "$out"; return 0; }
  say "$m $p: HTTP $code $out" >&2; return 1
}
# Through review (officer submits, leader approves, center publishes), warnings and the unreadable test PDF acknowledged.
submit() { api "$officer" POST "/api/v1/articles/$1/submit" -H 'Content-Type: application/json' -d '{"acknowledgeWarnings":true}' >/dev/null; }
approve() { api "$1" POST "/api/v1/articles/$2/approve" -H 'Content-Type: application/json' -d '{"acknowledgeUnreadable":true}' >/dev/null; }
searches() { curl -s -G --data-urlencode "q=$2" "$1/search" | grep -q "/articles/$3\""; }

# The sweep: ShedLock's row sampled every second from now on, and the nodes' log lines counted from here.
sweep_from=$(date +%s)
a_lines=$(grep -c 'Supervision sweep for' "$LOGS/a.log") b_lines=$(grep -c 'Supervision sweep for' "$LOGS/b.log")
( while :; do sql "select locked_by || '|' || floor(extract(epoch from locked_at) * 1000) from shedlock where name = 'supervision-sweep'"; sleep 1; done ) \
  >"$LOGS/shedlock-samples.txt" & echo $! >"$DIR/sampler.pid"

# (1) A session started on A goes on on B.
jar=$DIR/cookies.txt; rm -f "$jar"
csrf=$(curl -fs -c "$jar" -b "$jar" "$A/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=officer1" --data-urlencode "password=Demo#2026" \
  --data-urlencode "_csrf=$csrf" "$A/login"
code=$(curl -s -o "$DIR/b-admin.html" -w '%{http_code}' -b "$jar" "$B/admin")
session_on_b() { [ "$code" = 200 ] && grep -q '古丽娜尔' "$DIR/b-admin.html"; }
check "(1) session signed in on A (officer1), back office served by B: HTTP $code" session_on_b

# (2) Published on A: on B's page and in B's search within 2 s; (3) an attachment uploaded on A downloaded from B.
officer=$(token "$A" officer1) leader=$(token "$A" leader1) center=$(token "$A" center)
[ -n "$officer" ] && [ -n "$leader" ] && [ -n "$center" ] || fail "no API token for officer1, leader1 or center"
publish() { # word: officer1 writes an article about it on A; prints its id
  local id
  id=$(api "$officer" POST /api/v1/articles -H 'Content-Type: application/json' \
    -d "{\"category\":\"notices\",\"title\":\"关于$1的通知\",\"body\":\"<p>两个节点的$1。</p>\"}" | json_field id)
  [ -n "$id" ] || return 1
  echo "$id"
}
word="集群验证$(date +%s)"
id=$(publish "$word") || fail "the article could not be created through the API on A"
printf '%%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%%%EOF\n' >"$DIR/upload.pdf"
attachment=$(api "$officer" POST "/api/v1/articles/$id/attachments" -F "file=@$DIR/upload.pdf;type=application/pdf" | json_field id)
submit "$id" && approve "$leader" "$id" || fail "the article could not be submitted or approved by the leader"
curl -s -o /dev/null "$B/articles/$id"; searches "$B" "$word" "$id"   # B has looked (and cached) before
published=$(millis)
approve "$center" "$id" || fail "the center could not publish the article"
# Two pollers at once, each timing its own look (a loop doing both would add one's latency to the other's figure).
poll() { # file, then the command that succeeds once the article is there
  local file=$1; shift
  until "$@"; do [ $(( $(millis) - published )) -gt 10000 ] && return; sleep 0.05; done
  echo $(( $(millis) - published )) >"$file"
}
on_page() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$B/articles/$id")" = 200 ]; }
rm -f "$DIR/page.ms" "$DIR/found.ms"
poll "$DIR/page.ms" on_page & pollers=$!
poll "$DIR/found.ms" searches "$B" "$word" "$id" & wait $pollers $!
page=$(cat "$DIR/page.ms" 2>/dev/null) found=$(cat "$DIR/found.ms" 2>/dev/null)
within_2s() { [ -n "$page" ] && [ -n "$found" ] && [ "$page" -le 2000 ] && [ "$found" -le 2000 ]; }
check "(2) article $id published on A: on B's page after ${page:-never} ms, in B's search after ${found:-never} ms (goal ≤ 2000 ms)" within_2s
code=; [ -n "$attachment" ] && code=$(curl -s -o "$DIR/downloaded.pdf" -w '%{http_code}' "$B/articles/$id/attachments/$attachment")
same_bytes() { [ "$code" = 200 ] && cmp -s "$DIR/upload.pdf" "$DIR/downloaded.pdf"; }
check "(3) attachment ${attachment:-(upload refused)} uploaded on A, downloaded from B: HTTP ${code:-none}, same bytes" same_bytes
if [ "$STORAGE" = s3 ]; then
  # S3Proxy's filesystem provider keeps an object as a file: the upload's bytes published under files/, none pending.
  in_bucket() {
    local object
    for object in "$DIR/s3-data/$S3_BUCKET"/files/*; do cmp -s "$DIR/upload.pdf" "$object" && return 0; done
    return 1
  }
  pending=$(find "$DIR/s3-data/$S3_BUCKET/pending" -type f 2>/dev/null | wc -l)
  published_in_bucket() { in_bucket && [ "$pending" = 0 ]; }
  check "(3) on S3Proxy: the same bytes under files/ in bucket $S3_BUCKET, $pending object(s) left under pending/" published_in_bucket
fi

# Throughput: the cached article page at 64 connections, and /search for one common word at 8 (the search goal's
# clients: 64 at once only queue for the connection pool), through nginx over A and B, and on A alone.
common=通知
common_q=$(printf %s "$common" | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')
article=/articles/$id
table="| target | page | connections | requests/s | p99 | non-2xx | load average (1 min) before → after |
|---|---|---|---|---|---|---|"
for target in "nginx→A+B $LB" "A alone $A"; do
  for page in "$article 64" "/search?q=$common_q 8"; do
    url=${target##* }${page% *} name=${target% *} connections=${page##* }
    wrk -t2 -c"$connections" -d3s "$url" >/dev/null   # warm-up: both nodes' caches and JIT
    before=$(cut -d' ' -f1 /proc/loadavg)
    out=$(wrk -t2 -c"$connections" -d"${WRK_SECONDS}s" --latency "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out") p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    label=${page% *}; [ "$label" = "$article" ] || label="/search?q=$common"
    table+="
| $name | $label | $connections | $rps | $p99 | ${non2xx:-0} | $before → $(cut -d' ' -f1 /proc/loadavg) |"
    say "throughput $name $label, $connections connections: $rps req/s, p99 $p99, non-2xx ${non2xx:-0}"
  done
done

# (5) OpenSearch down: search says so, the rest goes on; back up: the outbox catches up.
bench/cluster/opensearch.sh stop
search_code=$(curl -s -o "$DIR/down.html" -w '%{http_code}' -G --data-urlencode "q=$word" "$B/search")
home_code=$(curl -s -o /dev/null -w '%{http_code}' "$B/") article_code=$(curl -s -o /dev/null -w '%{http_code}' "$A/articles/$id")
later="停机补录$(date +%s)"
id2=$(publish "$later") && submit "$id2" && approve "$leader" "$id2" && approve "$center" "$id2" && published_down=yes || published_down=no
outbox=$(sql 'select count(*) from hsearch_outbox_event')
down_ok() { [ "$search_code" = 503 ] && grep -q '暂不可用' "$DIR/down.html" && [ "$home_code" = 200 ] && [ "$article_code" = 200 ] \
  && [ "$published_down" = yes ]; }
check "(5) OpenSearch stopped: /search $search_code $(grep -o '站内搜索暂不可用' "$DIR/down.html" | head -1), home $home_code, article $article_code, \
article ${id2:-?} published meanwhile: $published_down (outbox holds ${outbox:-?} events)" down_ok
back=$(millis)
bench/cluster/opensearch.sh start >"$LOGS/opensearch-restart.log" 2>&1 || fail "OpenSearch did not start again: $(cat "$LOGS/opensearch-restart.log")"
up=$(( $(millis) - back )) caught=
while [ $(( $(millis) - back )) -lt 180000 ]; do
  searches "$B" "$later" "$id2" && { caught=$(( $(millis) - back )); break; }
  sleep 0.5
done
check "(5) OpenSearch started again (answering after $up ms): article $id2 found on B after ${caught:-never (3 min)} ms" [ -n "$caught" ]

# (4) The sweep once per schedule: every even minute while both nodes ran, one run, on one node.
marks() { echo $(( $2 / 120 - $1 / 120 )); }
while [ "$(marks "$sweep_from" "$(( $(date +%s) - 15 ))")" -lt 1 ]; do sleep 1; done   # one schedule at least, and 15 s to run it
sweep_to=$(date +%s)
expected=$(marks "$sweep_from" "$(( sweep_to - 15 ))")
kill "$(cat "$DIR/sampler.pid")" 2>/dev/null; rm -f "$DIR/sampler.pid"
locks=$(grep '|' "$LOGS/shedlock-samples.txt" | sort -u | awk -F'|' -v from="${sweep_from}000" '$2 > from')
a_runs=$(( $(grep -c 'Supervision sweep for' "$LOGS/a.log") - a_lines )) b_runs=$(( $(grep -c 'Supervision sweep for' "$LOGS/b.log") - b_lines ))
db_runs=$(grep -c . <<<"$locks")
once() { [ "$db_runs" = "$expected" ] && [ $(( a_runs + b_runs )) = "$expected" ]; }
check "(4) sweep every 2 minutes, $expected schedule(s) in $(( sweep_to - sweep_from )) s with both nodes up: taken $db_runs time(s) in the database \
(ShedLock's row), runs logged: A $a_runs, B $b_runs" once

say "total time $(( $(date +%s) - began )) s; $failures check(s) failed; logs in $LOGS"
echo
echo "Two nodes (nginx round robin) against one node, $(nproc) cores, wrk -t2 -d${WRK_SECONDS}s after 3 s of warm-up, $(date -u '+%Y-%m-%d %H:%M UTC'):"
echo
echo "$table"
[ "$failures" = 0 ]

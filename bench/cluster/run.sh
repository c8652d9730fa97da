#!/usr/bin/env bash
# Two platform nodes on distributed parts, on this machine (docs/deploy.md, "Two or more nodes"). Optional: not needed
# by the README's two commands. What it installs or downloads, and where:
#   - nginx (Debian package, apt-get install -y nginx) if missing: the round-robin balancer on port 18200;
#   - OpenSearch 2.19.6 (org.opensearch.distribution.integ-test-zip:opensearch:2.19.6 zip from Maven Central) and its
#     analysis-common module (org.opensearch.plugin:analysis-common:2.19.6) under target/cluster/, run with the
#     machine's OpenJDK 17 (/usr/lib/jvm/java-17-openjdk-*; apt-get install -y openjdk-17-jre-headless if missing) as
#     the system user "opencounty-search" it creates (OpenSearch refuses root), HTTP on 18220, transport on 18230;
#   - PostgreSQL: the platform's embedded binaries started as an external server on 18210 (target/cluster/postgres).
# Then node A (18201) and node B (18202), both on that PostgreSQL and OpenSearch with the settings for several nodes,
# uploads in one shared folder, and proves: a session started on A goes on on B; an article published on A is on B's
# page and in B's search within 2 s; an attachment uploaded on A is downloaded from B; the supervision sweep runs once
# per schedule across both; search answers 暂不可用 while OpenSearch is down, the rest goes on, and the outbox
# catches up when it is back; portal throughput through nginx with two nodes against one node.
# Prints lines starting with [cluster]; everything is stopped at the end (or on failure). Takes 5-10 minutes.
#   bench/cluster/run.sh            # all of it
#   CLUSTER_KEEP=1 bench/cluster/run.sh   # leave everything running afterwards (stop with bench/cluster/run.sh stop)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
DIR=$ROOT/target/cluster
PG_PORT=18210 OS_PORT=18220 LB_PORT=18200 A_PORT=18201 B_PORT=18202
JAVA_HOME="$(bin/java-home)"; export JAVA_HOME
say() { echo "[cluster] $*"; }
fail() { say "FAILED: $*"; exit 1; }

stop_all() {
  bench/cluster/opensearch.sh stop || true
  for pidfile in "$DIR"/*.pid; do
    [ -f "$pidfile" ] || continue
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
  [ -f "$DIR/nginx.conf" ] && nginx -c "$DIR/nginx.conf" -s stop 2>/dev/null || true
}
if [ "${1:-}" = stop ]; then stop_all; exit 0; fi
[ -n "${CLUSTER_KEEP:-}" ] || trap stop_all EXIT
mkdir -p "$DIR"

# --- what this needs ----------------------------------------------------------------------------------------------
command -v nginx >/dev/null || { say "installing nginx (Debian)"; apt-get install -y nginx >/dev/null; }
ls -d /usr/lib/jvm/java-17-openjdk-* >/dev/null 2>&1 || { say "installing OpenJDK 17 (Debian)"; apt-get install -y openjdk-17-jre-headless >/dev/null; }
offline=-o; [ -d "$HOME/.m2/repository/org/apache/maven/plugins/maven-dependency-plugin" ] || offline=
./mvnw -B -q $offline compile
./mvnw -B -q $offline dependency:build-classpath -Dmdep.outputFile="$DIR/classpath.txt" -Dmdep.includeScope=test >/dev/null

# --- PostgreSQL -------------------------------------------------------------------------------------------------------
./mvnw -B -q $offline test-compile
nohup "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$DIR/classpath.txt")" org.opencounty.bench.BenchDatabase \
  "$DIR/postgres" $PG_PORT >"$DIR/postgres.log" 2>&1 & echo $! >"$DIR/postgres.pid"
for _ in $(seq 120); do grep -q "PostgreSQL at" "$DIR/postgres.log" && break; sleep 1; done
grep -q "PostgreSQL at" "$DIR/postgres.log" || fail "PostgreSQL did not start (see $DIR/postgres.log)"
say "PostgreSQL on $PG_PORT"

# --- OpenSearch -------------------------------------------------------------------------------------------------------
start_opensearch() { bench/cluster/opensearch.sh start || fail "OpenSearch did not start"; }
start_opensearch
say "OpenSearch $(curl -s "http://127.0.0.1:$OS_PORT" | grep -o '"number" : "[^"]*"') on $OS_PORT, cjk: $(curl -s -H 'Content-Type: application/json' \
  "http://127.0.0.1:$OS_PORT/_analyze" -d '{"analyzer":"cjk","text":"供暖补贴"}' | grep -o '"token":"[^"]*"' | tr '\n' ' ')"

# --- two nodes and the balancer --------------------------------------------------------------------------------------
mkdir -p "$DIR/shared-files" "$DIR/a" "$DIR/b"
start_node() { # name port rebuild-at-start
  env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    PORT=$2 OPENCOUNTY_DATA_DIR="$DIR/$1" OPENCOUNTY_STORAGE_DIR="$DIR/shared-files" \
    OPENCOUNTY_SESSIONS_STORE=jdbc OPENCOUNTY_CLUSTER_PAGE_CACHE_NOTIFY=true \
    OPENCOUNTY_SEARCH_BACKEND=elasticsearch OPENCOUNTY_SEARCH_COORDINATION=outbox-polling OPENCOUNTY_SEARCH_SYNCHRONIZATION= \
    OPENCOUNTY_SEARCH_ANALYSIS=class:org.opencounty.search.internal.ChineseOpenSearchAnalysis \
    SPRING_JPA_PROPERTIES_HIBERNATE_SEARCH_BACKEND_HOSTS=127.0.0.1:$OS_PORT OPENCOUNTY_SEARCH_REBUILD_AT_START="$3" \
    OPENCOUNTY_SUPERVISION_CRON="0 * * * * *" LOGGING_LEVEL_ORG_OPENCOUNTY_SUPERVISION=DEBUG \
    nohup "$JAVA_HOME/bin/java" -Xmx512m -cp "target/classes:$(cat "$DIR/classpath.txt")" org.opencounty.OpenCountyApplication \
    >"$DIR/$1.log" 2>&1 & echo $! >"$DIR/$1.pid"
  for _ in $(seq 300); do curl -fs "http://127.0.0.1:$2/actuator/health" >/dev/null 2>&1 && return 0; sleep 1; done
  fail "node $1 did not start (see $DIR/$1.log)"
}
started=$(date +%s); start_node a $A_PORT true; say "node A on $A_PORT in $(( $(date +%s) - started )) s (demo data, index built)"
started=$(date +%s); start_node b $B_PORT false; say "node B on $B_PORT in $(( $(date +%s) - started )) s"
cat >"$DIR/nginx.conf" <<EOF
pid $DIR/nginx.pid;
error_log $DIR/nginx-error.log;
worker_processes 2;
events { worker_connections 1024; }
http {
  access_log off;
  upstream platform { server 127.0.0.1:$A_PORT; server 127.0.0.1:$B_PORT; keepalive 64; }
  server {
    listen $LB_PORT;
    location / { proxy_pass http://platform; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; }
  }
}
EOF
nginx -c "$DIR/nginx.conf"
say "nginx round robin on $LB_PORT"

A=http://127.0.0.1:$A_PORT B=http://127.0.0.1:$B_PORT LB=http://127.0.0.1:$LB_PORT
token() { curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"Demo#2026\"}" "$1/api/v1/auth/token" | grep -o '"token":"[^"]*"' | cut -d'"' -f4; }
millis() { date +%s%3N; }

# 1. A session started on A goes on on B.
jar=$DIR/cookies.txt; rm -f "$jar"
csrf=$(curl -fs -c "$jar" -b "$jar" "$A/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=officer1" --data-urlencode "password=Demo#2026" --data-urlencode "_csrf=$csrf" "$A/login"
code=$(curl -s -o "$DIR/b-admin.html" -w '%{http_code}' -b "$jar" "$B/admin")
[ "$code" = 200 ] && grep -q '古丽娜尔' "$DIR/b-admin.html" || fail "session from A not on B ($code)"
say "(1) session signed in on A, back-office page served by B: $code, signed in as officer1"

# 2. Published on A: on B's page and in B's search within 2 s (and an attachment uploaded on A downloaded from B).
officer=$(token "$A" officer1) leader=$(token "$A" leader1) center=$(token "$A" center)
word="集群验证$(date +%s)"
id=$(curl -fs -H "Authorization: Bearer $officer" -H 'Content-Type: application/json' "$A/api/v1/articles" \
  -d "{\"category\":\"notices\",\"title\":\"关于${word}的通知\",\"body\":\"<p>两个节点的${word}。</p>\"}" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
printf '%%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%%%EOF\n' >"$DIR/upload.pdf"
attachment=$(curl -fs -H "Authorization: Bearer $officer" -F "file=@$DIR/upload.pdf;type=application/pdf" "$A/api/v1/articles/$id/attachments" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $officer" "$A/api/v1/articles/$id/submit"
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $leader" "$A/api/v1/articles/$id/approve"
curl -s -o /dev/null "$B/articles/$id"; curl -s -o /dev/null "$B/search?q=$word"   # B has looked (and cached) before
published=$(millis)
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $center" "$A/api/v1/articles/$id/approve"
page=; found=
while [ $(( $(millis) - published )) -lt 10000 ]; do
  [ -z "$page" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$B/articles/$id")" = 200 ] && page=$(( $(millis) - published ))
  [ -z "$found" ] && curl -s "$B/search?q=$word" | grep -q "/articles/$id\"" && found=$(( $(millis) - published ))
  [ -n "$page" ] && [ -n "$found" ] && break
  sleep 0.05
done
say "(2) article $id published on A: on B's page after ${page:-never} ms, in B's search after ${found:-never} ms (goal 2000 ms)"
if [ -n "$attachment" ]; then
  code=$(curl -s -o "$DIR/downloaded.pdf" -w '%{http_code}' "$B/articles/$id/attachments/$attachment")
  cmp -s "$DIR/upload.pdf" "$DIR/downloaded.pdf" && say "(3) attachment uploaded on A downloaded from B: $code, same bytes" || say "(3) attachment from B: $code, NOT the same bytes"
else
  say "(3) attachment upload refused by the API (see $DIR/a.log)"
fi

# 4. The supervision sweep once per schedule (every minute here) across both nodes.
sleep 130
a_sweeps=$(grep -c 'Supervision sweep for' "$DIR/a.log" || true) b_sweeps=$(grep -c 'Supervision sweep for' "$DIR/b.log" || true)
say "(4) sweeps logged in about two minutes of a one-minute schedule (plus one after each start): A $a_sweeps, B $b_sweeps; shedlock: $(PGPASSWORD= psql -h 127.0.0.1 -p $PG_PORT -U postgres -Atc "select locked_by || ' ' || locked_at from shedlock" 2>/dev/null || echo '(psql not installed)')"

# 5. Throughput: an article page through nginx to two nodes, and one node directly.
article=$(curl -s "$A/columns/notices" | grep -o '/articles/[0-9]*' | head -1)
if command -v wrk >/dev/null; then
  for target in "$LB$article two nodes behind nginx" "$A$article one node"; do
    set -- $target
    curl -s -o /dev/null "$1"
    say "(5) $2 $3 $4 $5: $(wrk -t2 -c64 -d10s --latency "$1" | grep -E 'Requests/sec|99%' | tr -s ' ' | tr '\n' ' ')"
  done
fi

# 6. OpenSearch down: search says so, the rest goes on, the outbox catches up.
bench/cluster/opensearch.sh stop
say "(6) OpenSearch stopped: search $(curl -s -o "$DIR/down.html" -w '%{http_code}' "$B/search?q=$word") $(grep -o '站内搜索暂不可用' "$DIR/down.html" | head -1), home $(curl -s -o /dev/null -w '%{http_code}' "$B/"), article $(curl -s -o /dev/null -w '%{http_code}' "$B/articles/$id")"
later="停机补录$(date +%s)"
id2=$(curl -fs -H "Authorization: Bearer $officer" -H 'Content-Type: application/json' "$A/api/v1/articles" \
  -d "{\"category\":\"notices\",\"title\":\"关于${later}的通知\",\"body\":\"<p>${later}。</p>\"}" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $officer" "$A/api/v1/articles/$id2/submit"
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $leader" "$A/api/v1/articles/$id2/approve"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $center" "$A/api/v1/articles/$id2/approve")
say "    published while down: $code, outbox holds $(PGPASSWORD= psql -h 127.0.0.1 -p $PG_PORT -U postgres -Atc 'select count(*) from hsearch_outbox_event' 2>/dev/null || echo '?') events"
start_opensearch; back=$(millis)
until curl -s "$B/search?q=$later" | grep -q "/articles/$id2\""; do
  [ $(( $(millis) - back )) -gt 120000 ] && fail "the outbox did not catch up within 2 minutes"
  sleep 0.2
done
say "(6) OpenSearch back: the article published while it was down found on B after $(( $(millis) - back )) ms"
say "done; logs in $DIR"

#!/usr/bin/env bash
# Crash harness (issue 16): starts the platform (compiled classes, as bin/run does) on a fresh data folder, streams citizen writes (start an
# application, upload a material) over loopback, records every acknowledged write, then
#   round 1: kill -9 the embedded PostgreSQL mid-stream (the platform's supervisor must restart it),
#   round 2: kill -9 the application mid-stream (its PostgreSQL is left running; the next start must stop it),
# and after each round checks that every acknowledged write is in the database and every acknowledged file on disk.
# Prints writes acknowledged / found / restart time. Bounded: about two minutes. Usage: bench/crash/run.sh [seconds-per-phase]
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
PHASE=${1:-15}
PORT=${CRASH_PORT:-18480}
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/opencounty-crash-XXXXXX")"
DATA="$WORK/data"
ACKS="$WORK/acks"
bench_classpath target/crash-classpath.txt runtime
CLASSPATH_FILE=target/crash-classpath.txt
APP_PID=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  if [[ -f "$DATA/postgres/postmaster.pid" ]]; then kill -INT "$(head -1 "$DATA/postgres/postmaster.pid")" 2>/dev/null || true; fi
}
trap cleanup EXIT
now() { date +%s.%N; }
since() { awk "BEGIN { printf \"%.1f\", $(now) - $1 }"; }

start_app() {
  OPENCOUNTY_DATA_DIR="$DATA" PORT="$PORT" "$JAVA_HOME/bin/java" -Xmx768m -cp "target/classes:$(cat "$CLASSPATH_FILE")" org.opencounty.OpenCountyApplication \
      --opencounty.supervision.cron=- --logging.level.root=WARN >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
}
wait_up() {
  local started=$1
  until curl -fs -o /dev/null "$BASE/actuator/health"; do
    sleep 0.2
    kill -0 "$APP_PID" 2>/dev/null || { echo "application exited; see $WORK/app.log"; tail -30 "$WORK/app.log"; exit 1; }
  done
  since "$started"
}
postmaster() { head -1 "$DATA/postgres/postmaster.pid"; }
# One writer: start an application, upload a material; an id is written down only once the platform said 201.
writer() {
  local n=$1 token=$2 item=$3 material=$4 stop=$5
  printf '%%PDF-1.4 crash harness material %s\n' "$n" > "$WORK/m$n.pdf"
  while [[ ! -f "$stop" ]]; do
    local body id upload
    body=$(curl -s -m 10 -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"serviceItemId\":$item,\"applicant\":{\"name\":\"测试$n\",\"phone\":\"13999000001\"}}" "$BASE/api/v1/applications" || true)
    [[ "${body##*$'\n'}" == 201 ]] || { sleep 0.2; continue; }
    id=$(jq -r .id <<< "${body%$'\n'*}")
    echo "application $id" >> "$ACKS.$n"
    body=$(curl -s -m 10 -w '\n%{http_code}' -H "Authorization: Bearer $token" -F "materialId=$material" \
        -F "file=@$WORK/m$n.pdf;type=application/pdf" "$BASE/api/v1/applications/$id/materials" || true)
    [[ "${body##*$'\n'}" == 201 ]] && echo "material $id $(jq -r .id <<< "${body%$'\n'*}") $n" >> "$ACKS.$n"
  done
}
stream() {
  local seconds=$1 killer=$2 stop="$WORK/stop"
  rm -f "$stop"
  for n in 1 2 3; do writer "$n" "$TOKEN" "$ITEM" "$MATERIAL" "$stop" & done
  sleep "$((seconds / 2))"
  $killer
  sleep "$((seconds - seconds / 2))"
  touch "$stop"; wait $(jobs -p | grep -v "^$APP_PID$") 2>/dev/null || true
}
# Reads every acknowledged write back through the API: the application, and each material's bytes as uploaded.
check() {
  cat "$ACKS".* > "$ACKS" 2>/dev/null || true
  local apps=0 found_apps=0 materials=0 found_materials=0 kind id upload n
  while read -r kind id upload n; do
    if [[ "$kind" == application ]]; then
      apps=$((apps + 1))
      [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/applications/$id")" == 200 ]] \
          && found_apps=$((found_apps + 1))
    else
      materials=$((materials + 1))
      curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/applications/$id/materials/$upload" | cmp -s - "$WORK/m$n.pdf" \
          && found_materials=$((found_materials + 1))
    fi
  done < "$ACKS"
  echo "$1: applications acknowledged $apps, found $found_apps; uploads acknowledged $materials, found with their bytes $found_materials"
  [[ "$apps" == "$found_apps" && "$materials" == "$found_materials" ]] || LOST=1
}

LOST=0
echo "data in $WORK"
t=$(now); start_app; echo "first start (initdb, migrations, demo data): $(wait_up "$t") s"
TOKEN=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"citizen1","password":"Demo#2026"}' "$BASE/api/v1/auth/token" | jq -r .token)
ITEM=$(curl -fs "$BASE/api/v1/service-items?online=true&unit=market" | jq -r '.items[0].id')
MATERIAL=$(curl -fs "$BASE/api/v1/service-items/$ITEM" | jq -r '[.materials[] | select(.required)][0].id')
ARTICLE="$BASE/"
curl -fs -o /dev/null "$ARTICLE"   # the home page, into the page cache (anonymous visitors are served from it)

kill_postgres() {
  local pid; pid=$(postmaster); KILLED=$(now)
  kill -9 "$pid"
  echo "round 1: kill -9 of PostgreSQL (pid $pid)"
  local health cached
  sleep 0.5
  cached=$(curl -s -m 5 -o /dev/null -w '%{http_code} in %{time_total}s' "$ARTICLE")
  health=$(curl -s -m 10 -w ' in %{time_total}s' "$BASE/actuator/health")
  echo "  cached home page while the server is down: $cached; health: $health"
  until [[ -f "$DATA/postgres/postmaster.pid" && "$(postmaster)" != "$pid" ]] && curl -fs -o /dev/null "$BASE/actuator/health"; do
    sleep 0.1
  done
  echo "  PostgreSQL restarted by the supervisor, health UP after $(since "$KILLED") s"
}
stream "$PHASE" kill_postgres
check "round 1"

kill_application() {
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  echo "round 2: kill -9 of the application (pid $APP_PID); its PostgreSQL pid $(postmaster) left running: $(kill -0 "$(postmaster)" 2>/dev/null && echo yes || echo no)"
  local t; t=$(now); start_app
  echo "  restart (leftover server stopped, recovery, start): $(wait_up "$t") s"
}
stream "$PHASE" kill_application
check "round 2"
[[ "$LOST" == 0 ]] && echo "every acknowledged write was found" || { echo "ACKNOWLEDGED WRITES LOST"; exit 1; }

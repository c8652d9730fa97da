#!/usr/bin/env bash
# Start to healthy, from the runnable jar with -Xmx512m (issue 15, goal 4):
#   1. the first start on a fresh data folder (initdb, migrations, demo data);
#   2. the next start on the same data;
#   3. the same with the JDK's AOT cache (JEP 483/514: classes loaded and linked ahead of time), made by a training
#      run of the extracted jar (java -Djarmode=tools -jar … extract; -XX:AOTCacheOutput) and used with -XX:AOTCache;
#   4. the same with a cache from a training run that also answered a few requests before it was stopped;
#      … and the same with the JIT's thresholds scaled up (-XX:CompileThresholdScaling=4), alternated with it;
#   5. Spring's build-time AOT (the jar built with -Paot, run with -Dspring.aot.enabled=true), without and with a JDK
#      AOT cache from a training run in that mode (docs/adr/0030-start.md).
# Prints wall-clock seconds and the JVM's CPU seconds until /actuator/health answers (the CPU time says more on a
# machine others are using), the phases from the log, and the jar's size.
#   bench/start/run.sh            BENCH_JAR=path/to.jar bench/start/run.sh
#   BENCH_DATA=path/to/data bench/start/run.sh   # the data folder of an earlier start: skips the first start
#   BENCH_START_ONLY=aot bench/start/run.sh      # only the AOT cache and the Spring AOT variants, alternated
#   BENCH_START_OPTS="-XX:TieredStopAtLevel=1" bench/start/run.sh   # JVM options for every start and training run
#   BENCH_GC=-XX:+UseSerialGC bench/start/run.sh   # another collector than the recommended -XX:+UseParallelGC
#   BENCH_START_VARIANT="-XX:Tier4InvocationThreshold=20000" BENCH_START_ROUNDS=3 BENCH_START_ONLY=aot bench/start/run.sh
#       # JVM options of the variant alternated with the plain cache (default -XX:CompileThresholdScaling=4), on the
#       # same cache, and how many rounds (default 2)
#   BENCH_START_SPRING_AOT=false …              # leaves out the Spring AOT variants (and their training run)
# A jar given in BENCH_JAR must have been built with -Paot for the Spring AOT variants (they are skipped otherwise).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
PORT=${BENCH_PORT:-18184}
# The collector docs/deploy.md recommends (BENCH_GC=-XX:+UseG1GC for the JVM's default), then BENCH_START_OPTS.
EXTRA="${BENCH_GC:--XX:+UseParallelGC} ${BENCH_START_OPTS:-}"
WORK="$PWD/target/bench-start"
DATA=${BENCH_DATA:-$WORK/data}
if [ -z "${BENCH_JAR:-}" ]; then
  # Built with Spring's AOT processing: the same jar runs as before unless -Dspring.aot.enabled=true is given.
  echo "[bench] building the runnable jar with -Paot"
  mvn_quiet package -DskipTests -Paot
  BENCH_JAR=$(ls target/opencounty-*.jar | grep -v -- '-plain\|original' | head -1)
fi
runnable_jar
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT
ticks=$(getconf CLK_TCK)

# Runs the platform from the given jar with the given JVM options on $WORK/data until healthy; prints the figures.
timed_start() {
  local label=$1 jar=$2; shift 2
  local started cpu wall
  started=$(date +%s.%N)
  (cd "$WORK" && exec env OPENCOUNTY_DATA_DIR="$DATA" PORT="$PORT" "$JAVA_HOME/bin/java" -Xmx512m $EXTRA "$@" -jar "$jar" >"$WORK/$label.log" 2>&1) &
  APP_PID=$!
  # Health answers 503 from the moment Tomcat listens until the started and ready listeners are done (readiness):
  # the first answer tells how long those listeners take.
  local code answered=""
  until code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health"); [ "$code" = 200 ]; do
    if [ "$code" != 000 ] && [ -z "$answered" ]; then
      answered="; first answer $code after $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $started }") s"
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "[bench] $label did not start: $WORK/$label.log" >&2; exit 1; }
    sleep 0.1
  done
  wall=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $started }")
  cpu=$(awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$APP_PID/stat")
  echo "[bench] $label: healthy after $wall s (JVM CPU $cpu s; load average $(cut -d' ' -f1-3 /proc/loadavg)$answered)"
  # The CPU by thread (numbers stripped from the names): main ("java"), the JIT's compilers, the virtual threads'
  # carriers (the JPA bootstrap runs on one), the GC.
  echo "[bench]     CPU by thread: $(for t in /proc/"$APP_PID"/task/*; do
      s=($(sed 's/.*) //' "$t/stat" 2>/dev/null)) && echo "$(tr ' ' '_' <"$t/comm") ${s[11]:-0} ${s[12]:-0}"; done 2>/dev/null |
    awk -v tk="$ticks" '{ n = $1; sub(/[0-9#]+$/, "", n); c[n] += ($2 + $3) / tk }
      END { for (k in c) if (c[k] >= 0.2) printf "%.1f %s\n", c[k], k }' | sort -rn | head -6 | awk '{ printf "%s %s s; ", $2, $1 }')"
  grep -oE "Started OpenCountyApplication in [0-9.]+ seconds|Started embedded PostgreSQL|initialization completed in [0-9]+ ms|Successfully applied [0-9]+ migrations|Loaded demo data" \
    "$WORK/$label.log" | sed 's/^/[bench]     /' || true
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

rm -rf "$WORK"; mkdir -p "$WORK"
echo "[bench] jar $(du -m "$JAR" | cut -f1) MB: $(unzip -l "$JAR" | grep -c 'BOOT-INF/lib/') libraries, PostgreSQL binaries: $(unzip -l "$JAR" | grep -o 'embedded-postgres-binaries-[a-z0-9-]*' | sort -u | tr '\n' ' ')"
[ -n "${BENCH_DATA:-}" ] || timed_start first "$JAR"
only=${BENCH_START_ONLY:-all}
[ "$only" = aot ] || timed_start again "$JAR"

"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
extracted="$WORK/extracted/$(basename "$JAR")"
# A training run: the context starts and closes after its refresh, and the JVM writes the cache as it exits.
train() {
  local cache=$1; shift
  (cd "$WORK" && OPENCOUNTY_DATA_DIR="$DATA" PORT="$PORT" "$JAVA_HOME/bin/java" -Xmx512m $EXTRA -XX:AOTCacheOutput="$WORK/$cache" \
    "$@" -Dspring.context.exit=onRefresh -jar "$extracted" >"$WORK/training-${cache%.aot}.log" 2>&1) || true
  [ -f "$WORK/$cache" ] || { echo "[bench] no AOT cache was written: $WORK/training-${cache%.aot}.log" >&2; exit 1; }
  echo "[bench] AOT cache $cache $(du -m "$WORK/$cache" | cut -f1) MB"
}
train opencounty.aot
spring_aot=false
if [ "${BENCH_START_SPRING_AOT:-true}" = false ]; then
  echo "[bench] no Spring AOT variants (BENCH_START_SPRING_AOT=false)"
elif unzip -l "$JAR" 'BOOT-INF/classes/org/opencounty/OpenCountyApplication__ApplicationContextInitializer.class' >/dev/null 2>&1; then
  spring_aot=true
  train opencounty-spring-aot.aot -Dspring.aot.enabled=true
else
  echo "[bench] the jar was not built with -Paot: no Spring AOT variants"
fi
[ "$only" = aot ] || timed_start extracted "$extracted"
# Alternated, so that both see the same machine (its load shows in the wall-clock time, less in the CPU time).
variant=${BENCH_START_VARIANT:--XX:CompileThresholdScaling=4}
echo "[bench] variant alternated with the plain cache (aot-cache-variant): $variant"
for round in $(seq 1 "${BENCH_START_ROUNDS:-2}"); do
  timed_start "aot-cache-$round" "$extracted" -XX:AOTCache="$WORK/opencounty.aot"
  # By default the JIT compiles later (at 4x the invocation counts): C1 and C2 took a third of a start's CPU on the
  # two cores (docs/adr/0030-start.md, second amendment); the same code is compiled in the end, a little later.
  # shellcheck disable=SC2086
  timed_start "aot-cache-variant-$round" "$extracted" -XX:AOTCache="$WORK/opencounty.aot" $variant
  if $spring_aot; then
    timed_start "spring-aot-cache-$round" "$extracted" -XX:AOTCache="$WORK/opencounty-spring-aot.aot" -Dspring.aot.enabled=true
  fi
done
if $spring_aot; then
  timed_start spring-aot "$extracted" -Dspring.aot.enabled=true
fi
[ "$only" = aot ] && exit 0

# A training run that also answers requests: the classes of the first requests (Tomcat's request handling, the
# security chain, the actuator, the templates) go into the cache too; the JVM writes it when stopped.
(cd "$WORK" && exec env OPENCOUNTY_DATA_DIR="$DATA" PORT="$PORT" "$JAVA_HOME/bin/java" -Xmx512m $EXTRA \
  -XX:AOTCacheOutput="$WORK/opencounty-served.aot" -jar "$extracted" >"$WORK/training-served.log" 2>&1) &
APP_PID=$!
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "[bench] the served training run did not start: $WORK/training-served.log" >&2; exit 1; }
  sleep 0.2
done
for path in / /columns/news /services /units /login "/search?q=%E6%97%85%E6%B8%B8" /api/v1/fees /actuator/health; do
  curl -s -o /dev/null "http://127.0.0.1:$PORT$path"
done
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
if [ -f "$WORK/opencounty-served.aot" ]; then
  echo "[bench] AOT cache from a training run that answered requests $(du -m "$WORK/opencounty-served.aot" | cut -f1) MB"
  timed_start aot-cache-served "$extracted" -XX:AOTCache="$WORK/opencounty-served.aot"
else
  echo "[bench] the served training run wrote no AOT cache: $WORK/training-served.log" >&2
fi

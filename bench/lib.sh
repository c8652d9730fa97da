# Shared by the bench scripts (sourced, not run). A fresh clone has an empty ~/.m2, and a machine that built the
# project may still lack the plugins the benchmarks use (dependency, spring-boot repackage): Maven runs offline
# when everything is there, and online otherwise.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAVA_HOME="$(bin/java-home)"; export JAVA_HOME

mvn_quiet() {
  ./mvnw -B -q -o "$@" >/dev/null 2>&1 || ./mvnw -B -q "$@"
}

# Writes target/bench-classpath.txt (or the file given) with the test classpath, compiling first.
bench_classpath() {
  local out="${1:-target/bench-classpath.txt}" scope="${2:-test}"
  if [ "$scope" = test ]; then mvn_quiet test-compile; else mvn_quiet compile; fi
  mvn_quiet dependency:build-classpath -Dmdep.outputFile="$out" -Dmdep.includeScope="$scope"
}

# Installs the Debian packages given (command:package) that are missing, when running as root with apt-get.
need_packages() {
  local tool
  for tool in "$@"; do
    PATH="$PATH:/usr/sbin" command -v "${tool%%:*}" >/dev/null && continue
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "[bench] installing ${tool#*:} (Debian package)"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${tool#*:}" >/dev/null
    else
      echo "[bench] needs ${tool%%:*}: sudo apt-get install ${tool#*:}" >&2; exit 1
    fi
  done
}

# The runnable jar: BENCH_JAR when given, else built now (tests skipped). Sets JAR.
runnable_jar() {
  JAR=${BENCH_JAR:-}
  if [ -z "$JAR" ]; then
    echo "[bench] building the runnable jar"
    mvn_quiet package -DskipTests
    JAR=$(ls target/opencounty-*.jar | grep -v -- '-plain\|original' | head -1)
  fi
  JAR=$(readlink -f "$JAR")
}

# Starts the platform from $JAR on port $1 with a fresh data folder $2 (demo data) and waits until it is healthy.
# Extra environment for it in PLATFORM_ENV (VAR=value ...). Sets APP_PID, base and healthy (seconds).
start_platform() {
  local port=$1 dir=$2 started
  rm -rf "$dir"; mkdir -p "$dir/data"
  started=$(date +%s.%N)
  # shellcheck disable=SC2086
  (cd "$dir" && exec env OPENCOUNTY_DATA_DIR="$dir/data" PORT="$port" ${PLATFORM_ENV:-} "$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-512m}" \
    ${BENCH_GC:--XX:+UseParallelGC} ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$dir/platform.log" 2>&1) &
  APP_PID=$!
  base="http://127.0.0.1:$port"
  until curl -fs -o /dev/null "$base/actuator/health"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "[bench] the platform did not start: $dir/platform.log" >&2; exit 1; }
    sleep 0.2
  done
  healthy=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $started }")
  echo "[bench] platform healthy after $healthy s (jar $(du -m "$JAR" | cut -f1) MB, -Xmx${BENCH_HEAP:-512m})"
}

# nginx's temporary folders and logs inside $1 (it runs as root here, with its own configuration only).
nginx_preamble() {
  printf 'pid %s/nginx.pid;\nerror_log %s/error.log;\nevents { worker_connections 1024; }\n' "$1" "$1"
}
nginx_http_paths() {
  local p
  for p in client_body proxy fastcgi uwsgi scgi; do echo "  ${p}_temp_path $1/$p;"; done
}

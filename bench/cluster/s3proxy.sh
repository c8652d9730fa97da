#!/usr/bin/env bash
# S3Proxy 2.7.0, a real S3-compatible server, for S3ProxyStorageTest and the cluster benchmark with BENCH_STORAGE=s3:
#   bench/cluster/s3proxy.sh prepare|start|stop
# Runs in a process of its own (docs/adr/0028-object-storage.md: on the test classpath its Jetty, jclouds and
# jackson-dataformat-xml would enter every test's Spring MVC). Downloads org.gaul:s3proxy:2.7.0 (jar-with-dependencies)
# from Maven Central through the Maven wrapper into target/cluster/dist, and runs it with the project's JDK on
# 127.0.0.1:$S3_PORT (18290), objects in the folder $S3_DATA (target/cluster/s3-data; jclouds' filesystem-nio2
# provider: a bucket is a folder, an object a file), signatures checked (AWS v2 or v4) for the key pair
# $S3_ACCESS_KEY/$S3_SECRET_KEY, path-style only. $S3_BUCKET, when set, is created at start.
# Exits 2 with the reason on stderr when it cannot start here (offline without the jar, no Java, port taken).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$PWD/target/cluster
JAR=$DIR/dist/s3proxy-2.7.0-jar-with-dependencies.jar
S3_PORT=${S3_PORT:-18290}
S3_DATA=${S3_DATA:-$DIR/s3-data}
S3_ACCESS_KEY=${S3_ACCESS_KEY:-opencounty-bench}
S3_SECRET_KEY=${S3_SECRET_KEY:-made-up-secret-for-the-bench}
PID=$DIR/s3proxy-$S3_PORT.pid
LOG=$DIR/s3proxy-$S3_PORT.log
cannot() { echo "S3Proxy cannot start here: $*" >&2; exit 2; }
mkdir -p "$DIR"

prepare() {
  JAVA_HOME=${JAVA_HOME:-$(bin/java-home)}
  [ -x "$JAVA_HOME/bin/java" ] || cannot "no java in $JAVA_HOME"
  if [ ! -f "$JAR" ]; then
    JAVA_HOME="$JAVA_HOME" ./mvnw -B -q dependency:copy -Dartifact=org.gaul:s3proxy:2.7.0:jar:jar-with-dependencies \
      -DoutputDirectory="$DIR/dist" >/dev/null 2>&1 || cannot "org.gaul:s3proxy:2.7.0 could not be had from Maven Central"
  fi
}

answers() { curl -s -o /dev/null "http://127.0.0.1:$S3_PORT/"; }

case "${1:-start}" in
  prepare) prepare ;;
  start)
    prepare
    answers && cannot "something already answers on 127.0.0.1:$S3_PORT (set S3_PORT to a free port)"
    mkdir -p "$S3_DATA"
    [ -z "${S3_BUCKET:-}" ] || mkdir -p "$S3_DATA/$S3_BUCKET"
    cat >"$DIR/s3proxy-$S3_PORT.properties" <<EOF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_ACCESS_KEY
s3proxy.credential=$S3_SECRET_KEY
jclouds.provider=filesystem-nio2
jclouds.filesystem.basedir=$S3_DATA
jclouds.identity=unused
jclouds.credential=unused
EOF
    LOG_LEVEL=warn JETTY_LOG_LEVEL=warn nohup "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -jar "$JAR" \
      --properties "$DIR/s3proxy-$S3_PORT.properties" >"$LOG" 2>&1 &
    echo $! >"$PID"
    for _ in $(seq 240); do
      answers && exit 0
      kill -0 "$(cat "$PID")" 2>/dev/null || { rm -f "$PID"; cannot "it stopped at start: $(tail -5 "$LOG")"; }
      sleep 0.5
    done
    cannot "it did not answer within 2 minutes (see $LOG)" ;;
  stop)
    if [ -f "$PID" ]; then
      pid=$(cat "$PID"); kill "$pid" 2>/dev/null || true
      for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$PID"
    fi
    rm -f "$DIR/s3proxy-$S3_PORT.properties" "$LOG" ;;
  *) echo "usage: $0 prepare|start|stop" >&2; exit 64 ;;
esac

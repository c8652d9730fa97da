#!/usr/bin/env bash
# Recomputing open clocks after a calendar change: bench/clocks/run.sh [-Dbench.cases=600000]
# Scratch embedded PostgreSQL in target/bench-clocks; prints lines starting with [bench].
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/java-home)"; export JAVA_HOME
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx2g "$@" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.opencounty.bench.ClockRecomputeBench

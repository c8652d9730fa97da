#!/usr/bin/env bash
# Recomputing open clocks after a calendar change: bench/clocks/run.sh [-Dbench.cases=600000]
# Scratch embedded PostgreSQL in target/bench-clocks; prints lines starting with [bench].
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_classpath target/bench-classpath.txt test
exec "$JAVA_HOME/bin/java" -Xmx2g "$@" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.opencounty.bench.ClockRecomputeBench

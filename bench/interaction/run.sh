#!/usr/bin/env bash
# Interaction benchmark: 100,000 messages and 20,000 disclosure requests; the staff lists' latency (p95 < 200 ms)
# and the annual report's table 三 (< 2 s).
#   bench/interaction/run.sh                 # scratch embedded PostgreSQL in target/bench-interaction
#   BENCH_DB_URL=jdbc:postgresql://localhost/scratch bench/interaction/run.sh   # an empty database of yours
# Prints lines starting with [bench].
set -euo pipefail
# lib.sh: to the project's root, JAVA_HOME, and Maven offline when it has every plugin (dependency), online otherwise.
source "$(dirname "$0")/../lib.sh"
bench_classpath target/bench-classpath.txt test
exec "$JAVA_HOME/bin/java" -Xmx1g -Dbench.dir=target/bench-interaction -Dbench.script=bench/interaction/generate.sql \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.opencounty.bench.InteractionBench "$@"

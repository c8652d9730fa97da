#!/usr/bin/env bash
# Interaction benchmark: 100,000 messages and 20,000 disclosure requests; the staff lists' latency (p95 < 200 ms)
# and the annual report's table 三 (< 2 s).
#   bench/interaction/run.sh                 # scratch embedded PostgreSQL in target/bench-interaction
#   BENCH_DB_URL=jdbc:postgresql://localhost/scratch bench/interaction/run.sh   # an empty database of yours
# Prints lines starting with [bench].
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/java-home)"; export JAVA_HOME
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx1g -Dbench.dir=target/bench-interaction -Dbench.script=bench/interaction/generate.sql \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.opencounty.bench.InteractionBench "$@"

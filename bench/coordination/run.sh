#!/usr/bin/env bash
# Coordination benchmark: 300 units, 200 tasks, a year of supervision signals over a million applications; times
# recomputing every unit's assessment score and the matrix page.
#   bench/coordination/run.sh                 # scratch embedded PostgreSQL in target/bench-coordination
#   BENCH_FULL=true bench/coordination/run.sh  # the supervision benchmark's million applications and a sweep first
#   BENCH_DB_URL=jdbc:postgresql://localhost/scratch bench/coordination/run.sh   # an empty database of yours
# The database given is filled with bench-* units, accounts, items and tasks: never point it at real data.
# Prints lines starting with [bench].
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/java-home)"; export JAVA_HOME
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx2g -Dbench.dir=target/bench-coordination -Dbench.pg="${BENCH_PG:-}" -Dbench.full="${BENCH_FULL:-false}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.opencounty.bench.CoordinationBench "$@"

#!/usr/bin/env bash
# Supervision benchmark: a million applications, the sweep, two sweeps at once, the board's latency.
#   bench/supervision/run.sh                 # scratch embedded PostgreSQL in target/bench-supervision
#   BENCH_PG="shared_buffers=1GB,work_mem=32MB" bench/supervision/run.sh   # the same with server settings
#   BENCH_DB_URL=jdbc:postgresql://localhost/scratch bench/supervision/run.sh   # an empty database of yours
#   BENCH_XMX=2g bench/supervision/run.sh    # another heap (default 512m: the platform, the generator and the client in one JVM)
# The database given is filled with bench-* units, accounts and items: never point it at real data.
# Takes about five minutes on 2 cores; prints lines starting with [bench].
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_classpath target/bench-classpath.txt test
exec "$JAVA_HOME/bin/java" -Xmx"${BENCH_XMX:-512m}" -Dbench.dir=target/bench-supervision -Dbench.script=bench/supervision/generate.sql -Dbench.pg="${BENCH_PG:-}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.opencounty.bench.SupervisionBench "$@"

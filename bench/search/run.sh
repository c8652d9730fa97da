#!/usr/bin/env bash
# Search benchmark: a million published articles, the initial indexing, searches with highlighting at 8 clients.
#   bench/search/run.sh                                # 1,000,000 articles, one site of 300 units
#   BENCH_ARTICLES=100000 bench/search/run.sh          # a smaller run (the figures in bench/README.md say which)
#   BENCH_SITES=100 bench/search/run.sh                # a province: 100 sites of 300 units, the articles spread over them
#   BENCH_DB_URL=jdbc:postgresql://localhost/scratch bench/search/run.sh   # an empty database of yours
#   BENCH_XMX=512m (default) the platform's heap; BENCH_INDEX_THREADS=2 loaders for the mass indexer
#   BENCH_GC=-XX:+UseParallelGC (default, the collector docs/deploy.md recommends; -XX:+UseG1GC for the JVM's default)
#   BENCH_QUERY_CACHE=off (default): Lucene's query cache keeps nothing, so that the words' filter is computed for each
#     search as for words nobody asked before (each timed search is a page of its own, the same words come again on
#     other pages); =lucene keeps Lucene's default cache, as the platform does
#   BENCH_WARMUP=30000 (default) most warm-up searches before the timed phases; they stop once the JIT's CPU in two
#     rounds of 400 in a row is under 0.5 ms a search (-Dbench.warmupJitMs=… in BENCH_JAVA_OPTS to change it)
#   BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=target/search.jfr" extra JVM options (a profile of the run)
#   -Dbench.loadRounds=5 (default, in BENCH_JAVA_OPTS) rounds of the timed 8-client phases, one word and two in turn;
#     the bench prints each round and then the p95s' median and range, the figure judged against the goal
#   -Dbench.wrkRounds=3 (default) rounds of the same phases with wrk, a load generator outside the JVM, when wrk is
#     installed (-Dbench.wrkSeconds=10 each); 0 leaves them out
#   -Dbench.holdSeconds=N keeps the platform running N s after the phases, its address printed, for experiments by hand
# The database given is filled with bench-* sites, units and articles: never point it at real data.
# Prints lines starting with [bench]. A million articles take about 2 GB in PostgreSQL and 1-2 GB of index.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/java-home)"; export JAVA_HOME
# Online the first time, so that a fresh clone gets the dependency plugin too; offline once it is there.
offline=-o; [ -d "$HOME/.m2/repository/org/apache/maven/plugins/maven-dependency-plugin" ] || offline=
./mvnw -B -q $offline test-compile
./mvnw -B -q $offline dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
# shellcheck disable=SC2086 # the options are words
query_cache=-Dspring.jpa.properties.hibernate.search.backend.query.caching.configurer=class:org.opencounty.bench.NoQueryCache
[ "${BENCH_QUERY_CACHE:-off}" = lucene ] && query_cache=
# shellcheck disable=SC2086 # the options are words
exec "$JAVA_HOME/bin/java" -Xmx"${BENCH_XMX:-512m}" ${BENCH_GC:--XX:+UseParallelGC} $query_cache -Dbench.dir=target/bench-search ${BENCH_JAVA_OPTS:-} \
  -Dbench.articles="${BENCH_ARTICLES:-1000000}" -Dbench.sites="${BENCH_SITES:-1}" -Dbench.units="${BENCH_UNITS:-300}" \
  -Dbench.clients="${BENCH_CLIENTS:-8}" -Dbench.warmup="${BENCH_WARMUP:-30000}" -Dbench.indexThreads="${BENCH_INDEX_THREADS:-2}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.opencounty.bench.SearchBench "$@"

#!/usr/bin/env bash
# OpenSearch 2.19.6 for the cluster benchmark and the OpenSearch tests: bench/cluster/opensearch.sh start|stop|prepare
# Downloads the integ-test zip and the analysis-common module from Maven Central (through the Maven wrapper) into
# target/cluster/dist, adds the module with its descriptor (for the cjk analyzer; its painless extension left out),
# creates the system user "opencounty-search" (OpenSearch refuses root) and runs it with the machine's OpenJDK 17,
# single node, HTTP on $OS_PORT (18220), transport on $OS_TRANSPORT (18230), data and logs under target/cluster.
# Exits 2 with the reason on stderr when it cannot start here (not root, no OpenJDK 17, offline without the zip).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$PWD/target/cluster
OS=$DIR/opensearch-2.19.6
OS_PORT=${OS_PORT:-18220} OS_TRANSPORT=${OS_TRANSPORT:-18230}
cannot() { echo "OpenSearch cannot start here: $*" >&2; exit 2; }
mkdir -p "$DIR"

prepare() {
  [ "$(id -u)" = 0 ] || cannot "creating its user and handing it the data folder needs root"
  JAVA17=$(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -1 || true)
  [ -n "$JAVA17" ] || cannot "no OpenJDK 17 in /usr/lib/jvm (apt-get install openjdk-17-jre-headless); JDK 25 fails in its launcher"
  if [ ! -f "$DIR/dist/opensearch-2.19.6.zip" ] || [ ! -f "$DIR/dist/analysis-common-2.19.6.jar" ]; then
    JAVA_HOME="$(bin/java-home)" ./mvnw -B -q dependency:copy -Dartifact=org.opensearch.distribution.integ-test-zip:opensearch:2.19.6:zip \
      -DoutputDirectory="$DIR/dist" >/dev/null 2>&1 || cannot "the zip could not be downloaded from Maven Central"
    JAVA_HOME="$(bin/java-home)" ./mvnw -B -q dependency:copy -Dartifact=org.opensearch.plugin:analysis-common:2.19.6:jar \
      -DoutputDirectory="$DIR/dist" >/dev/null 2>&1 || cannot "analysis-common could not be downloaded from Maven Central"
  fi
  if [ ! -f "$OS/modules/analysis-common/plugin-descriptor.properties" ]; then
    rm -rf "$OS"
    unzip -q "$DIR/dist/opensearch-2.19.6.zip" -d "$DIR"
    mkdir -p "$OS/modules/analysis-common"
    cp "$DIR/dist/analysis-common-2.19.6.jar" "$OS/modules/analysis-common/"
    cat >"$OS/modules/analysis-common/plugin-descriptor.properties" <<EOF
description=Adds "built in" analyzers to OpenSearch.
version=2.19.6
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=2.19.6
custom.foldername=analysis-common
has.native.controller=false
EOF
  fi
  id opencounty-search >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin opencounty-search
  mkdir -p "$DIR/search-data" "$DIR/search-logs"
  chown -R opencounty-search "$OS" "$DIR/search-data" "$DIR/search-logs"
  # A project folder below one closed to other users (a clone in /root, say) is out of that user's reach.
  su -s /bin/sh opencounty-search -c "test -x '$OS/bin/opensearch' && test -w '$DIR/search-data'" \
    || cannot "the user opencounty-search cannot reach $DIR (a parent folder closed to other users?)"
}

case "${1:-start}" in
  prepare) prepare ;;
  start)
    prepare
    curl -fs "http://127.0.0.1:$OS_PORT/_cluster/health" >/dev/null 2>&1 && exit 0
    su -s /bin/bash opencounty-search -c "OPENSEARCH_JAVA_HOME=$JAVA17 OPENSEARCH_JAVA_OPTS='-Xms512m -Xmx512m' nohup $OS/bin/opensearch \
      -Ediscovery.type=single-node -Epath.data=$DIR/search-data -Epath.logs=$DIR/search-logs -Ehttp.port=$OS_PORT \
      -Etransport.port=$OS_TRANSPORT -Enetwork.host=127.0.0.1 >$DIR/search-logs/stdout.log 2>&1 & echo \$! >$DIR/search-logs/pid"
    cp "$DIR/search-logs/pid" "$DIR/opensearch.pid"
    for _ in $(seq 300); do curl -fs "http://127.0.0.1:$OS_PORT/_cluster/health" >/dev/null 2>&1 && exit 0; sleep 1; done
    cannot "it did not answer within 5 minutes (see $DIR/search-logs)" ;;
  stop)
    if [ -f "$DIR/opensearch.pid" ]; then
      pid=$(cat "$DIR/opensearch.pid"); kill "$pid" 2>/dev/null || true
      for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      rm -f "$DIR/opensearch.pid"
    fi ;;
esac

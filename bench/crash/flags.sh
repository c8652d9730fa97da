#!/usr/bin/env bash
# What the durable flags cost: committed single-row inserts per second, fast (tests) vs durable (platform), 1 and 4 writers.
# Usage: bench/crash/flags.sh [seconds-per-measurement]; prints lines starting with [bench].
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/java-home)"; export JAVA_HOME
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.opencounty.DurabilityBench "$@"

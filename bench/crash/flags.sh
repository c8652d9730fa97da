#!/usr/bin/env bash
# What the durable flags cost: committed single-row inserts per second, fast (tests) vs durable (platform), 1 and 4 writers.
# Usage: bench/crash/flags.sh [seconds-per-measurement]; prints lines starting with [bench].
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_classpath target/bench-classpath.txt test
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.opencounty.DurabilityBench "$@"

#!/usr/bin/env bash
# Sustained accepted submissions/s and latency of `bulletin collect` with fsync on.
# Usage: bench/collect-bench.sh [client-threads=64] [seconds=20] [data-dir=fresh temp dir]
# Put data-dir on the disk the collector will use in production: fsync cost depends on it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -pl generator -am test-compile -DskipTests >/dev/null
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -q -o -pl generator dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -cp "generator/target/test-classes:generator/target/classes:$(cat "$cp_file")" \
  org.bulletin.collect.CollectBenchmark "$@"

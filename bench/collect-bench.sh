#!/usr/bin/env bash
# Sustained accepted submissions/s and latency of `bulletin collect`, fsync on (group commit).
# Usage: bench/collect-bench.sh [client-threads=64] [seconds=20] [data-dir=fresh temp dir]
#   BENCH_NODELAY=false  runs without -Dsun.net.httpserver.nodelay=true (the collector then closes
#                        the connection after every reply); BENCH_CONNECTION=close makes the clients
#                        open a new connection per request (like nginx's default upstream).
# Put data-dir on the disk the collector will use in production: fsync cost depends on it.
# The clients run in the same JVM as the collector, so both share the machine's cores.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -pl collect -am install -DskipTests >/dev/null
mvn -q -o -pl collect test-compile >/dev/null
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -q -o -pl collect dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -Dsun.net.httpserver.nodelay="${BENCH_NODELAY:-true}" \
  -cp "collect/target/test-classes:collect/target/classes:$(cat "$cp_file")" \
  org.bulletin.collect.CollectBenchmark "$@"

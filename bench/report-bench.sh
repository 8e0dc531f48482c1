#!/usr/bin/env bash
# Benchmark of `bulletin report` over generated access logs: time and peak RSS at two log sizes, to
# show the time is linear and memory stays flat. Rerunnable; needs python3 and GNU time (/usr/bin/time).
# Usage: bench/report-bench.sh [LINES] (default 1000000; a run at LINES/5 is made too)
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-1000000}
WORK=${BENCH_DIR:-target/report-bench}
mkdir -p "$WORK"
[ -f cli/target/bulletin.jar ] || mvn -q -o -pl cli -am package -DskipTests
for n in $((LINES / 5)) "$LINES"; do
  log="$WORK/access-$n.log"
  [ -f "$log" ] || python3 bench/generate-access-log.py "$n" "$log"
  gzip -kf "$log"
  for file in "$log" "$log.gz"; do
    /usr/bin/time -f "%e s elapsed, %M KB peak RSS" -o "$WORK/time.txt" \
      java -jar cli/target/bulletin.jar report site-template --access-log "$file" -o "$WORK/report-$n" >"$WORK/out.txt"
    echo "$(basename "$file") ($n lines): $(cat "$WORK/time.txt") | $(grep -E '^Read the inputs' "$WORK/out.txt") | $(grep -E '^Article reads' "$WORK/out.txt")"
  done
done

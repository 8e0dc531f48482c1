#!/bin/sh
# Measures `bulletin check` on the sample site: total time, Nu HTML Checker setup and seconds per page,
# axe-core per page. Rerunnable: ./scripts/bench-check.sh [RUNS]   (needs: mvn package -DskipTests first)
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=cli/target/bulletin.jar
[ -f "$JAR" ] || { echo "build first: mvn -q -o -pl cli -am package -DskipTests" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
java -jar "$JAR" build site-template -o "$OUT/site" -q
echo "load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
i=1
while [ "$i" -le "$RUNS" ]; do
  echo "run $i:"
  java -jar "$JAR" check "$OUT/site" --site site-template -v 2>&1 \
    | grep -E "Nu HTML Checker|html:|axe|Chromium started|Checked" | sed 's/^/  /'
  i=$((i + 1))
done

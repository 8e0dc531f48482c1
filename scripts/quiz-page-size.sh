#!/usr/bin/env bash
# Measures the transfer size (gzip -9) of the sample quiz page and everything it loads except images.
# Usage: scripts/quiz-page-size.sh [built-site-folder]   (default: builds site-template to a temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-}"
if [ -z "$site" ]; then
  site="$(mktemp -d)/site"
  [ -f cli/target/bulletin.jar ] || mvn -q -o -pl cli -am package -DskipTests
  java -jar cli/target/bulletin.jar build site-template -o "$site" >/dev/null
fi
page="$site/quiz/social-work-quiz.html"
total=0
for f in "$page" $(grep -o '\(href\|src\)="[^"]*\.\(css\|js\)"' "$page" | sed 's/.*="\(.*\)"/\1/' | sort -u); do
  [ "$f" = "$page" ] && path="$f" || path="$(dirname "$page")/$f"
  raw=$(wc -c <"$path"); gz=$(gzip -9c "$path" | wc -c); total=$((total + gz))
  printf '%-28s %7d bytes raw %7d bytes gzipped\n' "${path#$site/}" "$raw" "$gz"
done
printf 'total gzipped: %d bytes (%.1f KiB; budget 40 KiB)\n' "$total" "$(echo "$total/1024" | bc -l)"

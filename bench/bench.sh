#!/bin/bash
# Bulletin's speed benchmark: Bulletin against the AsciidoctorJ-alone floor, JBake 2.7.0 and (when `hugo`
# and `asciidoctor` are installed) Hugo, in turns, on the same generated corpus. Prints medians (wall,
# CPU = user+sys, peak RSS), ratios, and each target of issue 6 with "met" or "MISSED".
#
# Usage: bench/bench.sh [RUNS]                      (RUNS per case, default 3)
# Env:   BENCH_SHARED  the peer scripts (default: ../shared/bench beside the repository)
#        BENCH_WORK    corpora, outputs and results (default /tmp/bulletin-bench)
#        BENCH_CACHE   class paths of the peers (default ~/.cache/bulletin-bench)
#        SIZES         article counts (default "100 1000 5000")
#        JBAKE_MAX     largest N JBake is run on (default 1000; JBake is quadratic)
#        HUGO_MAX      largest N Hugo is run on (default 1000; 0 or no `hugo` on PATH: skipped)
#        SERVE_N       corpus for the serve measurement (default 1000; empty: skip)
#        JAVA_OPTS     passed to every JVM
# Needs java 17, mvn, python3 and /usr/bin/time. Builds cli/target/bulletin.jar when missing.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${BENCH_SHARED:-$REPO/../shared/bench}"
SHARED="$(cd "$SHARED" && pwd)"
W="${BENCH_WORK:-/tmp/bulletin-bench}"
RUNS="${1:-3}"
SIZES="${SIZES:-100 1000 5000}"
JBAKE_MAX="${JBAKE_MAX:-1000}"
HUGO_MAX="${HUGO_MAX:-1000}"
command -v hugo >/dev/null && command -v asciidoctor >/dev/null || HUGO_MAX=0
SERVE_N="${SERVE_N-1000}"
JAR="$REPO/cli/target/bulletin.jar"
R="$W/results"; mkdir -p "$R"
[ -f "$JAR" ] || (cd "$REPO" && mvn -q -o -pl cli -am package -DskipTests)

# shellcheck source=bench/common.sh
. "$REPO/bench/common.sh"   # corpus, stats
# t NAME CMD...: RUNS timed runs with /usr/bin/time -v (the command's output goes to NAME.log)
t() {
  local name=$1; shift; : > "$R/$name.time"; : > "$R/$name.log"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v -a -o "$R/$name.time" "$@" >>"$R/$name.log" 2>&1 || { echo "$name failed, see $R/$name.log" >&2; return 1; }
  done
}
# the same, with a preparation step before each run that is not timed
tp() {
  local name=$1 prep=$2; shift 2; : > "$R/$name.time"; : > "$R/$name.log"
  for _ in $(seq "$RUNS"); do
    eval "$prep"
    /usr/bin/time -v -a -o "$R/$name.time" "$@" >>"$R/$name.log" 2>&1 || { echo "$name failed, see $R/$name.log" >&2; return 1; }
  done
}
# the floor runs the AsciidoctorJ version Bulletin ships; JBake 2.7.0 only works with 2.5.x
floor=(env ASCIIDOCTORJ=3.0.1 "$SHARED/run-asciidoctor-only.sh")
jbake=(env ASCIIDOCTORJ=2.5.13 "$SHARED/run-jbake.sh")
# Bulletin through its launcher bin/bulletin (the JVM options it ships with); BULLETIN_JAVA_OPTS adds more.
# BULLETIN_LAUNCHER=jar measures plain `java -jar` instead.
if [ "${BULLETIN_LAUNCHER:-bin}" = jar ]; then
  # shellcheck disable=SC2206
  bul=(java ${JAVA_OPTS:-} -Dbulletin.launcher=none -jar "$JAR" build -q)
else
  bul=("$REPO/bin/bulletin" build -q)
fi
# shellcheck disable=SC2206
bul_jar=(java ${JAVA_OPTS:-} -Dbulletin.launcher=none -jar "$JAR" build -q)  # the JVM defaults: no second JVM (cli Launcher)

echo "# warming up the peers' class paths (not timed)"
"${floor[@]}" startup >/dev/null 2>&1
"${jbake[@]}" "$(corpus 100)/content" "$W/out/jbake-warmup" >/dev/null 2>&1

echo "# start-up: sample site (6 documents) vs the floor converting one tiny document"
SAMPLE="$REPO/site-template"
t startup-floor "${floor[@]}" startup
tp startup-bulletin "rm -rf '$W/out/sample' '$W/out/.sample.bulletin-cache'" "${bul[@]}" "$SAMPLE" -o "$W/out/sample"
tp startup-bulletin-jar "rm -rf '$W/out/sample' '$W/out/.sample.bulletin-cache'" "${bul_jar[@]}" "$SAMPLE" -o "$W/out/sample"

for N in $SIZES; do
  C="$(corpus "$N")"
  echo "# N=$N"
  t "floor-$N" "${floor[@]}" 1 "$C/content" "$W/out/floor-$N"
  if [ "$N" -le "$JBAKE_MAX" ]; then t "jbake-$N" "${jbake[@]}" "$C/content" "$W/out/jbake-$N"; fi
  if [ "$N" -le "$HUGO_MAX" ]; then
    [ -d "$W/hugo-site-$N" ] || "$SHARED/prepare-hugo.py" "$C/content" "$W/hugo-site-$N" >/dev/null
    t "hugo-$N" "$SHARED/run-hugo.sh" "$W/hugo-site-$N" "$W/out/hugo-$N"
  fi
  tp "cold-$N" "rm -rf '$W/out/b-$N' '$W/out/.b-$N.bulletin-cache'" "${bul[@]}" "$C" -o "$W/out/b-$N"
  t "warm-$N" "${bul[@]}" "$C" -o "$W/out/b-$N"
done

if [ -n "$SERVE_N" ]; then
  echo "# serve: edit one article of the $SERVE_N-article site, time until the reload event"
  S="$W/serve-site"; rm -rf "$S" "$W/out/serve"; cp -r "$(corpus "$SERVE_N")" "$S"
  python3 "$REPO/bench/serve-rebuild.py" "$REPO/bin/bulletin" "$S" "$W/out/serve" "$((RUNS + 2))" > "$R/serve.ms"
fi

echo
echo "## Results (medians of $RUNS runs; CPU = user+sys; $(nproc) cores; $(date -u +%Y-%m-%d))"
read -r SW SC SM _ < <(stats startup-floor); read -r BW BC BM _ < <(stats startup-bulletin)
printf 'start-up: floor (JVM+JRuby+Asciidoctor, one tiny doc) %.1f s (CPU %.1f s); Bulletin sample site cold %.1f s (CPU %.1f s): %.2f x the floor (CPU %.2f x)\n' \
  "$SW" "$SC" "$BW" "$BC" "$(echo "$BW / $SW" | bc -l)" "$(echo "$BC / $SC" | bc -l)"
read -r JW JC JM _ < <(stats startup-bulletin-jar)
printf '          plain java -jar (no launcher options) %.1f s (CPU %.1f s): %.2f x the floor (CPU %.2f x)\n' \
  "$JW" "$JC" "$(echo "$JW / $SW" | bc -l)" "$(echo "$JC / $SC" | bc -l)"
echo
SERVE_MS=""
[ -s "$R/serve.ms" ] && SERVE_MS=$(sort -n "$R/serve.ms" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "| N articles | floor: AsciidoctorJ alone, 1 thread | JBake 2.7.0 | Hugo + asciidoctor | Bulletin cold | cold / floor | JBake / cold | Bulletin warm | cold / warm | serve rebuild | peak RSS cold |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
r() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
TARGETS=()
PREV_N=""; for N in $SIZES; do
  read -r FW FC FM _ < <(stats "floor-$N"); read -r CW CC CM _ < <(stats "cold-$N"); read -r WW WC WM _ < <(stats "warm-$N")
  J="–"; JR="–"; H="–"; S="–"
  if [ -f "$R/jbake-$N.time" ] && [ "$N" -le "$JBAKE_MAX" ]; then
    read -r JW JC JM _ < <(stats "jbake-$N"); J="$JW s ($JC s), $JM MiB"; JR="$(r "$JW" "$CW")"
    [ "$N" = 1000 ] && TARGETS+=("N=$N: JBake / cold = $JR (target ≥ 3): $( (( $(echo "$JW / $CW >= 3" | bc -l) )) && echo met || echo MISSED)")
  fi
  if [ -f "$R/hugo-$N.time" ] && [ "$N" -le "$HUGO_MAX" ]; then
    read -r HW HC HM _ < <(stats "hugo-$N"); H="$HW s ($HC s), $HM MiB"
  fi
  if [ "$N" = "$SERVE_N" ] && [ -n "$SERVE_MS" ]; then
    S="$SERVE_MS ms"
    TARGETS+=("N=$N: serve edit → reload $SERVE_MS ms (target ≤ 500 ms): $( [ "$SERVE_MS" -le 500 ] && echo met || echo MISSED)")
  fi
  printf '| %s | %s s (%s s) | %s | %s | %s s (%s s) | %s | %s | %s s (%s s) | %s | %s | %s MiB |\n' "$N" "$FW" "$FC" \
    "$J" "$H" "$CW" "$CC" "$(r "$CW" "$FW")" "$JR" "$WW" "$WC" "$(r "$CW" "$WW")" "$S" "$CM"
  if [ "$N" = 1000 ]; then
    TARGETS+=("N=$N: cold / floor = $(r "$CW" "$FW") (target ≤ 1.1): $( (( $(echo "$CW / $FW <= 1.1" | bc -l) )) && echo met || echo MISSED)")
    TARGETS+=("N=$N: cold / warm = $(r "$CW" "$WW") (target ≥ 10): $( (( $(echo "$CW / $WW >= 10" | bc -l) )) && echo met || echo MISSED)")
    TARGETS+=("N=$N: peak RSS cold $CM MiB (target ≤ 512): $( (( $(echo "$CM <= 512" | bc -l) )) && echo met || echo MISSED)")
  fi
  if [ -n "$PREV_N" ]; then
    COST=$(echo "($CW - $PCW) * 1000 / ($N - $PREV_N)" | bc -l)
    printf '  cost of one more article (%s→%s): Bulletin %.1f ms, floor %.1f ms; N=%s / N=%s build time %.2f\n' "$PREV_N" "$N" \
      "$COST" "$(echo "($FW - $PFW) * 1000 / ($N - $PREV_N)" | bc -l)" "$N" "$PREV_N" "$(echo "$CW / $PCW" | bc -l)"
    [ "$N" -ge 1000 ] && TARGETS+=("$PREV_N→$N: one more article costs $(printf '%.1f' "$COST") ms (target ≤ 12): $( (( $(echo "$COST <= 12" | bc -l) )) && echo met || echo MISSED)")
    if [ "$PREV_N" = 1000 ] && [ "$N" = 5000 ]; then
      TARGETS+=("5000 / 1000 build time $(r "$CW" "$PCW") (target ≤ 5.5): $( (( $(echo "$CW / $PCW <= 5.5" | bc -l) )) && echo met || echo MISSED)")
    fi
  fi
  PREV_N=$N; PCW=$CW; PFW=$FW
done
echo "(cells: median wall seconds, CPU seconds in brackets; ratios of wall medians)"
if [ -s "$R/serve.ms" ]; then
  echo "serve, edit → reload event at N=$SERVE_N (ms, each run): $(tr '\n' ' ' < "$R/serve.ms")"
fi
TARGETS+=("start-up: sample site / floor start-up = $(r "$BW" "$SW") (target < 1): $( (( $(echo "$BW < $SW" | bc -l) )) && echo met || echo MISSED)")
echo
echo "## Targets of issue 6 (at N=1000, and from 1000 to 5000 articles)"
printf -- '- %s\n' "${TARGETS[@]}"
echo "raw /usr/bin/time output: $R"

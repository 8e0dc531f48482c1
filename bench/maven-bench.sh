#!/bin/bash
# The Maven plugin against the command line on the same corpus: `bulletin:build` runs inside Maven's
# JVM, so it gets Maven's JVM options (its defaults, or `.mvn/jvm.config`), not the launcher's.
# Measures in turns (one round = every case once; RUNS rounds), under /usr/bin/time -v:
#   CLI  bin/bulletin build SITE -o OUT -q         cold (output and .OUT.bulletin-cache deleted), warm
#   CLI  java -jar bulletin.jar (JVM defaults)      cold, warm
#   mvn -o -q bulletin:build  on a Maven project around the corpus, once with Maven's JVM defaults and
#        once with .mvn/jvm.config holding the launcher's options:
#        Maven start-up (mvn -o -q validate), the same plus loading the plugin (mvn -o -q bulletin:help),
#        cold (target/ deleted), warm (nothing changed: the fingerprint skip), warm without the
#        fingerprint file (conversion cache and page reuse, as the CLI's warm build), and after
#        `mvn clean` with the cache outside target/ (-Dbulletin.cacheDirectory=PROJECT/.bulletin-cache)
# and prints medians (wall, CPU = user+sys, peak RSS) and ratios.
#
# Usage: bench/maven-bench.sh [RUNS]              (RUNS rounds, default 3)
# Env:   N             articles in the corpus (default 1000)
#        BENCH_SHARED  the peer scripts with make-corpus.py (default: ../shared/bench beside the repository)
#        BENCH_WORK    corpora, projects, outputs and results (default /tmp/bulletin-bench)
#        BENCH_M2      the local Maven repository of the runs (default $BENCH_WORK/m2): a copy of
#                      ~/.m2/repository made on first use, because ~/.m2 is shared: another build
#                      installing its own bulletin SNAPSHOT there between two runs changes the
#                      fingerprint and turns a warm build into a cold one
#        INSTALL       1 (default): `mvn -o -q install -DskipTests -pl maven-plugin -am` from the
#                      repository root into BENCH_M2 first; 0: use what BENCH_M2 holds
# MAVEN_OPTS is cleared for every run (Maven's defaults are measured as such).
# Needs java 17, mvn (offline, dependencies in ~/.m2), python3 and /usr/bin/time.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${BENCH_SHARED:-$REPO/../shared/bench}"
SHARED="$(cd "$SHARED" && pwd)"
W="${BENCH_WORK:-/tmp/bulletin-bench}"
RUNS="${1:-3}"
N="${N:-1000}"
R="$W/results/maven-$N"; mkdir -p "$R" "$W/out"
unset MAVEN_OPTS

VERSION="$(python3 -c 'import sys, xml.etree.ElementTree as E
print(E.parse(sys.argv[1]).getroot().find("{http://maven.apache.org/POM/4.0.0}version").text)' "$REPO/pom.xml")"
M2="${BENCH_M2:-$W/m2}"
if [ ! -d "$M2/org/apache/maven" ]; then
  echo "# copying ~/.m2/repository to $M2 (once)"
  rm -rf "$M2"; cp -r "$HOME/.m2/repository" "$M2"; rm -rf "$M2/org/bulletin"
fi
PLUGIN_JAR="$M2/org/bulletin/bulletin-maven-plugin/$VERSION/bulletin-maven-plugin-$VERSION.jar"
GENERATOR_JAR="$M2/org/bulletin/bulletin-generator/$VERSION/bulletin-generator-$VERSION.jar"
if [ "${INSTALL:-1}" = 1 ]; then
  echo "# mvn -o -q install -DskipTests -pl maven-plugin -am (plugin $VERSION into $M2)"
  (cd "$REPO" && mvn -o -q -B install -DskipTests -pl maven-plugin -am -Dmaven.repo.local="$M2" >"$R/install.log" 2>&1) \
    || { echo "install failed, see $R/install.log" >&2; exit 1; }
fi
[ -f "$REPO/cli/target/bulletin.jar" ] || (cd "$REPO" && mvn -q -o -pl cli -am package -DskipTests)
# note what was installed, to warn when it changed during the runs
installed() { sha256sum "$PLUGIN_JAR" "$GENERATOR_JAR" | cut -c1-16 | tr '\n' ' '; }
INSTALLED="$(installed)"
# the launcher's JVM options, as bin/bulletin passes them to java
# (the fixed ones; of the launcher's variables, the huge-pages option where the kernel offers them,
# as docs/content/site-builders/maven.md suggests for Linux; the AppCDS archive is the command line's own)
LAUNCHER_OPTS="$(sed -n 's/^exec "${JAVA:-java}" \(.*\) ${BULLETIN_JAVA_OPTS.*/\1/p' "$REPO/bin/bulletin" \
  | sed 's/\$[A-Z_]*//g' | tr -s ' ' | sed 's/ *$//')"
[ -n "$LAUNCHER_OPTS" ] || { echo "cannot read the JVM options from bin/bulletin" >&2; exit 3; }
case "$(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null)" in
  *"[always]"*|*"[madvise]"*) LAUNCHER_OPTS="$LAUNCHER_OPTS -XX:+UseTransparentHugePages" ;;
esac

# shellcheck source=bench/common.sh
. "$REPO/bench/common.sh"   # corpus, stats
# project DIR JVM_CONFIG: a Maven project (packaging pom) with the corpus in src/main/bulletin
project() {
  local p=$1
  rm -rf "$p"; mkdir -p "$p/src/main"
  cp -r "$(corpus "$N")" "$p/src/main/bulletin"
  cat > "$p/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.bulletin.bench</groupId>
  <artifactId>maven-bench</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.bulletin</groupId>
        <artifactId>bulletin-maven-plugin</artifactId>
        <version>$VERSION</version>
      </plugin>
    </plugins>
  </build>
</project>
EOF
  if [ -n "$2" ]; then mkdir -p "$p/.mvn"; printf '%s\n' "$2" > "$p/.mvn/jvm.config"; fi
}
# run NAME PREP CMD...: one timed run (appended to NAME.time; output to NAME.log) after an untimed PREP
run() {
  local name=$1 prep=$2; shift 2
  eval "$prep"
  /usr/bin/time -v -a -o "$R/$name.time" "$@" >>"$R/$name.log" 2>&1 || { echo "$name failed, see $R/$name.log" >&2; exit 1; }
}

SITE="$(corpus "$N")"
OUT="$W/out/cli-$N"; OUTJ="$W/out/jar-$N"
PD="$W/maven-$N-default"; PF="$W/maven-$N-fast"
project "$PD" ""; project "$PF" "$LAUNCHER_OPTS"
CLI=("$REPO/bin/bulletin" build "$SITE" -o "$OUT" -q)
JAR=(java -Dbulletin.launcher=none -jar "$REPO/cli/target/bulletin.jar" build "$SITE" -o "$OUTJ" -q)
MVN=(mvn -o -q -B -Dmaven.repo.local="$M2")
for f in "$R"/*.time "$R"/*.log; do [ -e "$f" ] && : > "$f"; done

echo "# untimed first runs (file caches, Maven's plugin resolution)"
(cd "$PD" && "${MVN[@]}" validate) >/dev/null 2>&1
(cd "$PF" && "${MVN[@]}" bulletin:help) >/dev/null 2>&1
echo "# N=$N, $RUNS rounds; launcher options: $LAUNCHER_OPTS"
for i in $(seq "$RUNS"); do
  echo "# round $i/$RUNS $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)"
  run cli-cold "rm -rf '$OUT' '$W/out/.cli-$N.bulletin-cache'" "${CLI[@]}"
  run cli-warm ":" "${CLI[@]}"
  run jar-cold "rm -rf '$OUTJ' '$W/out/.jar-$N.bulletin-cache'" "${JAR[@]}"
  run jar-warm ":" "${JAR[@]}"
  for v in default fast; do
    p="$W/maven-$N-$v"
    run "mvn-$v-start" "cd '$p'" "${MVN[@]}" validate
    run "mvn-$v-plugin" "cd '$p'" "${MVN[@]}" bulletin:help
    run "mvn-$v-cold" "cd '$p'; rm -rf target" "${MVN[@]}" bulletin:build
    run "mvn-$v-warm" "cd '$p'" "${MVN[@]}" bulletin:build
    run "mvn-$v-nofp" "cd '$p'; rm -f target/*.fingerprint" "${MVN[@]}" bulletin:build
    # the cache outside target/: filled untimed, then a build after deleting target/ (mvn clean)
    run "mvn-$v-clean" "cd '$p'; rm -rf target; [ -d .bulletin-cache ] || ${MVN[*]} bulletin:build -Dbulletin.cacheDirectory='$p/.bulletin-cache' >/dev/null 2>&1; rm -rf target" \
      "${MVN[@]}" bulletin:build -Dbulletin.cacheDirectory="$p/.bulletin-cache"
  done
  cd "$W"
done

# what the warm Maven build did (not timed; the timed runs are quiet)
WARM_LOG="$(cd "$PF" && mvn -o -B -Dmaven.repo.local="$M2" bulletin:build 2>&1 | grep -E 'up to date|Built ' | sed 's/^\[INFO\] //' | head -1 || true)"
# the Maven build and the CLI build must publish the same bytes
if diff -rq "$OUT" "$PF/target/bulletin-site" >/dev/null && diff -rq "$OUT" "$PD/target/bulletin-site" >/dev/null; then
  SAME="identical to the CLI's output"
else
  SAME="DIFFERENT from the CLI's output (diff -r $OUT $PF/target/bulletin-site)"
fi

echo
echo "## bulletin:build in Maven vs the CLI, N=$N ($(find "$SITE/content" -name '*.adoc' | wc -l) documents)"
echo "medians of $RUNS runs in turns; $(nproc) cores; $(date -u +%Y-%m-%d); $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'); java $(java -version 2>&1 | head -1 | cut -d'"' -f2)"
echo "each cell: wall s (CPU s, peak RSS MiB) [wall of each run]"
echo
cell() { read -r a b c d < <(stats "$1"); printf '%s s (%s s, %s MiB) [%s]' "$a" "$b" "$c" "$d"; }
wall() { stats "$1" | cut -d' ' -f1; }
echo "| case | CLI bin/bulletin (launcher options) | CLI java -jar (JVM defaults) | mvn, Maven's JVM defaults | mvn, .mvn/jvm.config = launcher options |"
echo "|---|---|---|---|---|"
echo "| Maven start-up (mvn -o -q validate) | – | – | $(cell mvn-default-start) | $(cell mvn-fast-start) |"
echo "| Maven start-up + loading the plugin (mvn -o -q bulletin:help) | – | – | $(cell mvn-default-plugin) | $(cell mvn-fast-plugin) |"
echo "| cold | $(cell cli-cold) | $(cell jar-cold) | $(cell mvn-default-cold) | $(cell mvn-fast-cold) |"
echo "| warm, nothing changed (Maven: fingerprint skip) | $(cell cli-warm) | $(cell jar-warm) | $(cell mvn-default-warm) | $(cell mvn-fast-warm) |"
echo "| warm, fingerprint file deleted (conversion cache, pages reused) | – | – | $(cell mvn-default-nofp) | $(cell mvn-fast-nofp) |"
echo "| after mvn clean, cacheDirectory outside target/ (conversion cache, every page rendered) | – | – | $(cell mvn-default-clean) | $(cell mvn-fast-clean) |"
echo
r() { printf '%.2f' "$(echo "$(wall "$1") / $(wall "$2")" | bc -l)"; }
echo "ratios (wall): cold mvn+jvm.config / CLI $(r mvn-fast-cold cli-cold); cold mvn defaults / CLI $(r mvn-default-cold cli-cold);" \
  "cold mvn defaults / mvn+jvm.config $(r mvn-default-cold mvn-fast-cold); cold java -jar / CLI $(r jar-cold cli-cold);" \
  "warm (no fingerprint) mvn+jvm.config / CLI warm $(r mvn-fast-nofp cli-warm)"
echo "warm Maven build, not quiet: $WARM_LOG"
echo "Maven output: $SAME"
[ "$(installed)" = "$INSTALLED" ] || echo "WARNING: the plugin or generator in $M2 changed during the runs; rerun"
echo "raw /usr/bin/time output: $R"

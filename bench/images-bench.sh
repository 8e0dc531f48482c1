#!/usr/bin/env bash
# Image pipeline benchmark: encode time per 4000x3000 photo (1 and 2 threads), cached rebuild,
# and the weight of a ten-photo gallery page on a 375 px phone at DPR 2.
# Usage: bench/images-bench.sh [photo-count]   (run from the repository root; uses ~/.m2 offline)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -pl generator -am install -DskipTests
mvn -q -o -pl generator test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
java -Xmx2g -cp "generator/target/classes:generator/target/test-classes:$(cat generator/target/bench-classpath.txt)" \
    org.bulletin.images.ImagesBench "${1:-10}"

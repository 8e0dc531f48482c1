#!/usr/bin/env python3
"""Medians of the runs in one `/usr/bin/time -v -a` output file (bench.sh, maven-bench.sh).

Usage: stats.py FILE  ->  "MEDIAN_WALL_S MEDIAN_CPU_S MEDIAN_PEAK_RSS_MIB WALL/WALL/..."
(CPU = user + sys; the last field lists each run's wall seconds).
"""
import re
import statistics
import sys

runs = open(sys.argv[1]).read().split("Command being timed")[1:]


def wall(s):
    v = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", s).group(1).split(":")
    return sum(float(x) * 60 ** i for i, x in enumerate(reversed(v)))


w = [wall(r) for r in runs]
c = [float(re.search(r"User time \(seconds\): (\S+)", r).group(1))
     + float(re.search(r"System time \(seconds\): (\S+)", r).group(1)) for r in runs]
m = [int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r).group(1)) / 1024 for r in runs]
print("%.2f %.2f %.0f %s" % (statistics.median(w), statistics.median(c), statistics.median(m),
                             "/".join("%.1f" % x for x in w)))

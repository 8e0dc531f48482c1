#!/usr/bin/env python3
"""Measures `bulletin serve`: time from saving an edited article to the browser's reload event.

Usage: serve-rebuild.py LAUNCHER SITE_DIR OUT_DIR RUNS
Starts `LAUNCHER serve SITE_DIR -o OUT_DIR --port 0` (LAUNCHER: bin/bulletin, or a .jar run with java -jar), listens to the live-reload event stream
like an open page does, then RUNS times appends a paragraph to one article and waits for `reload`.
Prints one line per run (milliseconds) and checks the served page contains the new text.
"""
import glob
import os
import re
import subprocess
import sys
import time
import urllib.request

jar, site, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
java = os.environ.get("JAVA", "java")
command = ([java] + os.environ.get("JAVA_OPTS", "").split() + ["-jar", jar]) if jar.endswith(".jar") else [jar]
proc = subprocess.Popen(command + ["serve", site, "-o", out, "--port", "0"],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    port = None
    for line in proc.stdout:
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
            break
    if port is None:
        sys.exit("serve did not start")
    events = urllib.request.urlopen("http://127.0.0.1:%d/__bulletin/events" % port, timeout=60)
    events.readline()  # ": connected"
    articles = sorted(glob.glob(os.path.join(site, "content", "blog", "*", "*.adoc")))
    target = articles[len(articles) // 2]
    rel = os.path.relpath(target, os.path.join(site, "content"))
    page = os.path.join(out, rel[:-5] + ".html")
    for i in range(runs):
        marker = "Edited paragraph %d %d." % (os.getpid(), i)
        t0 = time.monotonic()
        with open(target, "a", encoding="utf-8") as f:
            f.write("\n\n" + marker + "\n")
        while True:
            line = events.readline().decode("utf-8")
            if not line:
                sys.exit("event stream closed")
            if line.startswith("event: reload"):
                break
            if line.startswith("event: problems"):
                sys.exit("rebuild failed: " + events.readline().decode("utf-8"))
        ms = (time.monotonic() - t0) * 1000
        with open(page, encoding="utf-8") as f:
            if marker not in f.read():
                sys.exit("the page was not rewritten: " + page)
        print("%.0f" % ms, flush=True)
        time.sleep(0.5)
finally:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()

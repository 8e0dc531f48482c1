#!/usr/bin/env python3
"""Writes a combined-format access log for the report benchmark: LINES lines over a week, ~4,000
visitors, a mix of article pages, assets, bots, 304/404 answers and a few broken lines.
Usage: generate-access-log.py LINES OUT [SEED]"""
import random, sys, datetime

lines, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
pages = ["/meiting/", "/meiting/articles/world-social-work-day.html", "/meiting/articles/what-social-workers-do.html",
         "/meiting/articles/service-hours.html", "/meiting/articles/annual-review.html", "/meiting/about.html",
         "/meiting/messages.html", "/meiting/archive.html"]
assets = ["/meiting/css/site.css", "/meiting/js/site.js", "/meiting/favicon.ico", "/meiting/images/social-work-day.svg"]
agents = ["Mozilla/5.0 (Linux; Android 12; V2048A) AppleWebKit/537.36 Chrome/86.0 Mobile MicroMessenger/8.0.%d" % i for i in range(40)]
bots = ["Mozilla/5.0 (compatible; Baiduspider/2.0)", "Mozilla/5.0 (compatible; Googlebot/2.1)"]
visitors = [("10.%d.%d.%d" % (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)), rnd.choice(agents)) for _ in range(4000)]
start = datetime.datetime(2022, 3, 14, 0, 0, 0)
t = 0.0
step = 7 * 24 * 3600 / lines
with open(out, "w", encoding="utf-8") as f:
    for i in range(lines):
        t += step
        when = (start + datetime.timedelta(seconds=t)).strftime("%d/%b/%Y:%H:%M:%S +0800")
        r = rnd.random()
        ip, ua = rnd.choice(visitors)
        if r < 0.001:
            f.write("garbage line %d\n" % i)
            continue
        path = rnd.choice(assets) if r < 0.45 else rnd.choice(pages)
        if r > 0.97:
            ua = rnd.choice(bots)
        status = 200 if rnd.random() < 0.9 else rnd.choice([304, 404])
        f.write('%s - - [%s] "GET %s HTTP/1.1" %d %d "https://mp.weixin.qq.com/" "%s"\n'
                % (ip, when, path, status, rnd.randrange(200, 40000), ua))

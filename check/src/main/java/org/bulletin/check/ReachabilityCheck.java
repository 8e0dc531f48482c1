package org.bulletin.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bulletin.problem.Severity;
import org.bulletin.problem.Text;
import org.jsoup.nodes.Element;

/**
 * Every page can be reached from the home page by following links. The 404 page is exempt (hosts
 * show it for missing addresses), and so are pages marked {@code <meta name="robots" content="noindex">}
 * (the organisers' printables: posters, answer sheets), which are not meant to be found by residents;
 * the sitemap, robots.txt and the feed are not pages.
 */
final class ReachabilityCheck implements Check {

    static final String ERROR_PAGE = "404.html";

    @Override
    public String name() {
        return "reachability";
    }

    @Override
    public void run(OutputSite site, Findings findings) {
        Map<String, CheckedPage> pages = new HashMap<>();
        site.pages().forEach(p -> pages.put(p.path(), p));
        CheckedPage home = pages.get(OutputSite.INDEX);
        if (home == null) {
            findings.add(org.bulletin.problem.Problem.error(OutputSite.INDEX, 0, Text.of("check.no-home")));
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(home.path());
        reached.add(home.path());
        while (!queue.isEmpty()) {
            CheckedPage page = pages.get(queue.poll());
            for (Element a : page.doc().select("a[href], area[href]")) {
                String href = a.attr("href");
                if (!OutputSite.isInternal(href)) {
                    continue;
                }
                String target = site.resolve(page.path(), href).path();
                if (target != null && pages.containsKey(target) && reached.add(target)) {
                    queue.add(target);
                }
            }
        }
        for (CheckedPage page : site.pages()) {
            if (!reached.contains(page.path()) && !page.path().equals(ERROR_PAGE) && !notForResidents(page)) {
                findings.add(page, 0, page.source() != null, Severity.ERROR, Text.of("check.unreachable"), null);
            }
        }
    }

    private static boolean notForResidents(CheckedPage page) {
        return page.doc().select("meta[name=robots]").stream()
                .anyMatch(m -> m.attr("content").toLowerCase(java.util.Locale.ROOT).contains("noindex"));
    }
}

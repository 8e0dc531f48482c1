package org.bulletin.check;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bulletin.generator.BuildListener;
import org.bulletin.problem.Severity;
import org.bulletin.problem.Text;
import org.bulletin.serve.StaticSiteServer;
import org.jsoup.nodes.Element;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (Deque's accessibility engine, bundled with its Selenium binding) in a real headless Chromium,
 * on one page of each page type, served from 127.0.0.1 with the strict Content-Security-Policy. axe is
 * injected through WebDriver, which the policy does not block. Critical and serious violations are
 * errors, moderate and minor ones warnings.
 */
final class AxeCheck implements Check {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    /** Rules another check reports already, with a source line: heading skips ({@link AccessibilityCheck}). */
    static final List<String> DISABLED = List.of("heading-order");

    private final Browser browser;
    private final BuildListener listener;
    private int checked;

    AxeCheck(Browser browser, BuildListener listener) {
        this.browser = browser;
        this.listener = listener;
    }

    @Override
    public String name() {
        return "axe";
    }

    int checked() {
        return checked;
    }

    /**
     * One page of each type: every page at the root (home, archive, about …) and the first page of each
     * folder; not the 404 page of a site published under a path.
     */
    static List<CheckedPage> samples(OutputSite site) {
        Map<String, CheckedPage> byType = new TreeMap<>();
        for (CheckedPage p : site.pages()) {
            if (p.path().equals(ReachabilityCheck.ERROR_PAGE) && !site.basePath().equals("/")) {
                continue; // links from the site's path on its host: its styles do not load from 127.0.0.1
            }
            String type = p.folder().isEmpty() ? p.path() : p.folder();
            byType.putIfAbsent(type, p);
        }
        return List.copyOf(byType.values());
    }

    @Override
    public void run(OutputSite site, Findings findings) throws IOException {
        List<CheckedPage> samples = samples(site);
        Path profile = Files.createTempDirectory("bulletin-axe-");
        try (StaticSiteServer server = new StaticSiteServer("127.0.0.1", 0, site::root, StaticSiteServer.CSP, false)) {
            long t0 = System.nanoTime();
            ChromeDriver driver = browser.start(profile);
            listener.debug("  Chromium started in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            try {
                String base = "http://127.0.0.1:" + server.port() + "/";
                for (CheckedPage page : samples) {
                    long t1 = System.nanoTime();
                    driver.get(base + page.path());
                    long t2 = System.nanoTime();
                    Results results = new AxeBuilder().withTags(TAGS).disableRules(DISABLED).analyze(driver);
                    listener.debug("  axe " + page.path() + ": load " + (t2 - t1) / 1_000_000 + " ms, axe "
                            + (System.nanoTime() - t2) / 1_000_000 + " ms");
                    if (results.isErrored()) {
                        throw new IOException(Text.of("check.axe-failed", page.path(), results.getErrorMessage())
                                .in(site.language()));
                    }
                    report(page, results.getViolations(), findings);
                    listener.progress("axe", ++checked, samples.size());
                }
            } finally {
                driver.quit();
            }
        } finally {
            deleteTree(profile);
        }
    }

    private static void report(CheckedPage page, List<Rule> violations, Findings findings) {
        for (Rule rule : violations) {
            boolean serious = "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact());
            for (CheckedNode node : rule.getNodes()) {
                String target = target(node.getTarget());
                Element e = locate(page, target);
                findings.add(page, e, serious ? Severity.ERROR : Severity.WARNING,
                        Text.of("check.axe", rule.getId(), rule.getImpact(), rule.getHelp(), target),
                        e == null ? null : e.ownText().strip());
            }
        }
    }

    private static String target(Object target) {
        if (target instanceof List<?> list && !list.isEmpty()) {
            return String.valueOf(list.get(list.size() - 1));
        }
        return String.valueOf(target);
    }

    private static Element locate(CheckedPage page, String selector) {
        try {
            return page.doc().selectFirst(selector);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Removes the browser profile; files Chromium still holds are left to the system's temp cleaner. */
    private static void deleteTree(Path dir) {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(all::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            return;
        }
        all.sort(Comparator.reverseOrder());
        for (Path p : all) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // still in use
            }
        }
    }
}

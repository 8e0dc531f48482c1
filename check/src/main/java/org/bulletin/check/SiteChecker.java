package org.bulletin.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.generator.BuildListener;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.serve.StaticSiteServer;

/**
 * The quality gate over a generated site ({@code bulletin check OUT}, the {@code bulletin:check} goal):
 * links, anchors and images resolve; every page is reachable; HTML is valid (Nu HTML Checker);
 * accessibility (alt text, labels, headings, lang, colour contrast, axe-core in Chromium); nothing from
 * third-party hosts; nothing the Content-Security-Policy blocks; page weight within the budget.
 *
 * <p>Findings, notes and the report are in the site's language: the request's, else {@code site.locale} of
 * the site folder when one is given, else the {@code <html lang>} of the checked home page, else English.
 */
public final class SiteChecker {

    /** How many of the heaviest pages the result lists. */
    public static final int LARGEST = 5;

    private SiteChecker() {
    }

    public static CheckResult check(CheckRequest request) throws IOException {
        long start = System.nanoTime();
        BuildListener listener = request.listener();
        SiteConfig config = request.siteDir() == null ? null
                : ConfigLoader.load(request.siteDir(), Map.of(), new Problems());
        Locale language = request.language() != null ? request.language()
                : config != null ? config.language()
                : OutputSite.pagesLanguage(request.outputDir());
        int budget = budget(request, config, language);
        SourceMap sources = request.siteDir() == null ? SourceMap.none()
                : SourceMap.load(request.siteDir(), request.outputDir(), listener);
        OutputSite site = OutputSite.read(request.outputDir(), sources, language);
        listener.info(Text.of("check.checking", site.pages().size(), request.outputDir()).in(language));

        Findings findings = new Findings();
        HtmlValidityCheck validity = new HtmlValidityCheck(listener);
        PageWeightCheck weight = new PageWeightCheck(budget);
        List<Check> checks = new ArrayList<>(List.of(new LinkCheck(), new ReachabilityCheck(), new AccessibilityCheck(),
                new ContrastCheck(), new ThirdPartyCheck(), new CspCheck(StaticSiteServer.CSP), new SvgCheck(), new PlaceholderHostCheck(),
                weight, validity));
        AxeCheck axe = null;
        if (request.browser()) {
            Optional<Browser> browser = Browser.find();
            if (browser.isPresent()) {
                axe = new AxeCheck(browser.get(), listener);
                checks.add(axe);
            } else {
                listener.info(Text.of("check.no-chromium").in(language));
            }
        }
        for (Check check : checks) {
            long t = System.nanoTime();
            check.run(site, findings);
            listener.debug("  " + check.name() + ": " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
        List<Problem> problems = findings.sorted();
        List<PageWeight> weights = weight.weights();
        CheckResult result = new CheckResult(problems, site.pages().size(),
                weights.subList(0, Math.min(LARGEST, weights.size())), budget, axe == null ? 0 : axe.checked(),
                validity.millis(), (System.nanoTime() - start) / 1_000_000, language);
        if (request.junitXml() != null) {
            JUnitReport.write(request.junitXml(), result, site.pages().stream().map(CheckedPage::path).toList());
        }
        return result;
    }

    /** The explicit budget, else the site's {@code check.page-budget-kb}, else the default. */
    private static int budget(CheckRequest request, SiteConfig config, Locale language) {
        if (request.budgetKb() != null) {
            return request.budgetKb();
        }
        if (config == null) {
            return CheckRequest.DEFAULT_BUDGET_KB;
        }
        String value = config.get(CheckRequest.BUDGET_KEY, String.valueOf(CheckRequest.DEFAULT_BUDGET_KB));
        try {
            int kb = Integer.parseInt(value);
            if (kb > 0) {
                return kb;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Text.of("check.budget-invalid", ConfigLoader.FILE, CheckRequest.BUDGET_KEY,
                value).in(language));
    }
}

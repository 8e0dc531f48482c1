package org.bulletin.check;

import java.nio.file.Path;
import java.util.Locale;
import org.bulletin.generator.BuildListener;

/**
 * What to check: the same value object for the CLI ({@code bulletin check}), the Maven plugin
 * ({@code bulletin:check}) and tests.
 *
 * @param outputDir the generated site to check
 * @param siteDir   the site folder it was built from, or null; when given, problems in content are
 *                  traced back to the AsciiDoc file and line, and {@code check.page-budget-kb} is read
 *                  from its {@code jbake.properties}
 * @param budgetKb  page weight budget in KB (HTML + CSS + JS, gzipped), or null for the site's
 *                  {@code check.page-budget-kb}, else {@value #DEFAULT_BUDGET_KB}
 * @param browser   run axe-core in Chromium (skipped, with a note, when Chromium is not installed)
 * @param junitXml  where to write a JUnit XML report for CI, or null
 * @param listener  progress and notes (the CLI prints them, the Maven plugin logs them)
 * @param language  the language of the findings and the report, or null for the site's: {@code site.locale}
 *                  of {@code siteDir} when given, else the {@code <html lang>} of the home page, else English
 */
public record CheckRequest(Path outputDir, Path siteDir, Integer budgetKb, boolean browser, Path junitXml,
                           BuildListener listener, Locale language) {

    public static final int DEFAULT_BUDGET_KB = 100;
    /** The {@code jbake.properties} key for the page weight budget. */
    public static final String BUDGET_KEY = "check.page-budget-kb";

    public CheckRequest {
        outputDir = outputDir.toAbsolutePath().normalize();
        siteDir = siteDir == null ? null : siteDir.toAbsolutePath().normalize();
        junitXml = junitXml == null ? null : junitXml.toAbsolutePath().normalize();
        listener = listener == null ? BuildListener.SILENT : listener;
        if (budgetKb != null && budgetKb <= 0) {
            throw new IllegalArgumentException("the page budget must be a positive number of KB, not " + budgetKb);
        }
    }

    /** Checks {@code outputDir} with defaults: no source mapping, browser on, no JUnit report. */
    public static CheckRequest of(Path outputDir) {
        return new CheckRequest(outputDir, null, null, true, null, BuildListener.SILENT);
    }

    /** A request in the site's language. */
    public CheckRequest(Path outputDir, Path siteDir, Integer budgetKb, boolean browser, Path junitXml,
                        BuildListener listener) {
        this(outputDir, siteDir, budgetKb, browser, junitXml, listener, null);
    }

    /** Findings and report in {@code locale} (null: the site's language). */
    public CheckRequest withLanguage(Locale locale) {
        return new CheckRequest(outputDir, siteDir, budgetKb, browser, junitXml, listener, locale);
    }

    public CheckRequest withSite(Path site) {
        return new CheckRequest(outputDir, site, budgetKb, browser, junitXml, listener, language);
    }

    public CheckRequest withBrowser(boolean run) {
        return new CheckRequest(outputDir, siteDir, budgetKb, run, junitXml, listener, language);
    }

    public CheckRequest withBudgetKb(Integer kb) {
        return new CheckRequest(outputDir, siteDir, kb, browser, junitXml, listener, language);
    }

    public CheckRequest withJunitXml(Path file) {
        return new CheckRequest(outputDir, siteDir, budgetKb, browser, file, listener, language);
    }

    public CheckRequest withListener(BuildListener l) {
        return new CheckRequest(outputDir, siteDir, budgetKb, browser, junitXml, l, language);
    }
}

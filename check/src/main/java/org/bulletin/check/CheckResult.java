package org.bulletin.check;

import java.util.List;
import java.util.Locale;
import org.bulletin.problem.Problem;

/**
 * What {@link SiteChecker#check} found.
 *
 * @param problems      every error and warning, sorted by page (or stylesheet) and line; each is
 *                      {@code page:line: message}, with {@code (source: content/x.adoc:12)} when it comes
 *                      from content
 * @param pagesChecked  HTML pages checked
 * @param largestPages  the heaviest pages, heaviest first (at most {@value SiteChecker#LARGEST})
 * @param budgetKb      the page weight budget applied
 * @param browserPages  pages checked with axe-core in Chromium (0 when the browser part did not run)
 * @param validatorMillis time spent in the Nu HTML Checker
 * @param millis        wall time of the whole check
 * @param language      the language its findings are shown in ({@link TextReport}, the JUnit report)
 */
public record CheckResult(List<Problem> problems, int pagesChecked, List<PageWeight> largestPages, int budgetKb,
                          int browserPages, long validatorMillis, long millis, Locale language) {

    public CheckResult {
        problems = List.copyOf(problems);
        largestPages = List.copyOf(largestPages);
        language = language == null ? Locale.ENGLISH : language;
    }

    /** A result in English. */
    public CheckResult(List<Problem> problems, int pagesChecked, List<PageWeight> largestPages, int budgetKb,
                       int browserPages, long validatorMillis, long millis) {
        this(problems, pagesChecked, largestPages, budgetKb, browserPages, validatorMillis, millis, Locale.ENGLISH);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** True when there are no errors (warnings allowed): exit code 0. */
    public boolean passed() {
        return problems.stream().noneMatch(Problem::isError);
    }
}

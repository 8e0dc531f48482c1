package org.bulletin.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;

/**
 * The result as text for people: problems grouped by page, then the heaviest pages and a summary, in the
 * result's language ({@link CheckResult#language()}).
 */
public final class TextReport {

    private TextReport() {
    }

    /** Problems by page (or stylesheet), every checked page present, in path order. */
    static Map<String, List<Problem>> byFile(List<Problem> problems, List<String> pages) {
        Map<String, List<Problem>> map = new TreeMap<>();
        pages.forEach(p -> map.put(p, new ArrayList<>()));
        for (Problem p : problems) {
            map.computeIfAbsent(p.file().isEmpty() ? "(site)" : p.file(), k -> new ArrayList<>()).add(p);
        }
        return map;
    }

    /** The whole report; ends with a one-line summary. */
    public static String format(CheckResult result) {
        Locale language = result.language();
        StringBuilder b = new StringBuilder();
        Map<String, List<Problem>> byFile = byFile(result.problems(), List.of());
        for (Map.Entry<String, List<Problem>> e : byFile.entrySet()) {
            b.append(e.getKey()).append('\n');
            for (Problem p : e.getValue()) {
                Text message = Text.of(p.isError() ? "problem.error" : "problem.warning", p.text());
                b.append("  ").append((p.line() > 0 ? Text.of("check.report.line", p.line(), message)
                        : Text.of("check.report.page", message)).in(language)).append('\n');
            }
        }
        if (!result.largestPages().isEmpty()) {
            b.append(Text.of("check.report.heaviest", result.budgetKb()).in(language)).append('\n');
            for (PageWeight w : result.largestPages()) {
                b.append("  ").append(w.page()).append("  ").append(w.describe()).append('\n');
            }
        }
        b.append(summary(result)).append('\n');
        return b.toString();
    }

    /** {@code Checked 14 pages (7 in Chromium) in 9.8 s: 0 errors, 0 warnings.} */
    public static String summary(CheckResult result) {
        String seconds = String.format(Locale.ROOT, "%.1f", result.millis() / 1000.0);
        Text errors = errors(result.errors().size());
        Text warnings = result.warnings().size() == 1 ? Text.of("check.warnings-one", 1)
                : Text.of("check.warnings", result.warnings().size());
        Text summary = result.browserPages() > 0
                ? Text.of("check.summary-browser", result.pagesChecked(), result.browserPages(), seconds, errors, warnings)
                : Text.of("check.summary", result.pagesChecked(), seconds, errors, warnings);
        return summary.in(result.language());
    }

    /** {@code 1 error}, {@code 2 errors}. */
    static Text errors(int n) {
        return n == 1 ? Text.of("check.errors-one", 1) : Text.of("check.errors", n);
    }
}

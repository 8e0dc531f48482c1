package org.bulletin.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.problem.Problem;

/** The result as text for people: problems grouped by page, then the heaviest pages and a summary. */
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
        StringBuilder b = new StringBuilder();
        Map<String, List<Problem>> byFile = byFile(result.problems(), List.of());
        for (Map.Entry<String, List<Problem>> e : byFile.entrySet()) {
            b.append(e.getKey()).append('\n');
            for (Problem p : e.getValue()) {
                b.append("  ").append(p.line() > 0 ? "line " + p.line() : "page").append(": ")
                        .append(p.isError() ? "error: " : "warning: ").append(p.message()).append('\n');
            }
        }
        if (!result.largestPages().isEmpty()) {
            b.append("Heaviest pages (HTML + CSS + JS, gzipped; budget ").append(result.budgetKb()).append(" KB):\n");
            for (PageWeight w : result.largestPages()) {
                b.append("  ").append(w.page()).append("  ").append(w.describe()).append('\n');
            }
        }
        b.append(summary(result)).append('\n');
        return b.toString();
    }

    /** {@code Checked 14 pages (7 in Chromium) in 9.8 s: 0 errors, 0 warnings.} */
    public static String summary(CheckResult result) {
        return String.format(java.util.Locale.ROOT, "Checked %d pages%s in %.1f s: %s, %s.", result.pagesChecked(),
                result.browserPages() > 0 ? " (" + result.browserPages() + " with axe-core in Chromium)" : "",
                result.millis() / 1000.0, count(result.errors().size(), "error"), count(result.warnings().size(), "warning"));
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

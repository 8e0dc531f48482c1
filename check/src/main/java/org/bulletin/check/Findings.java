package org.bulletin.check;

import java.util.ArrayList;
import java.util.List;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Severity;
import org.bulletin.problem.Text;
import org.bulletin.text.SourceLines;
import org.jsoup.nodes.Element;

/**
 * Where checks report. A problem names the page and the line in it; when the element comes from an
 * editor's content the message ends with {@code (source: content/x.adoc:LINE)}.
 */
final class Findings {

    private final List<Problem> list = new ArrayList<>();

    synchronized void add(Problem p) {
        list.add(p);
    }

    void error(CheckedPage page, Element e, Text message, String needle) {
        add(page, e, Severity.ERROR, message, needle);
    }

    void warning(CheckedPage page, Element e, Text message, String needle) {
        add(page, e, Severity.WARNING, message, needle);
    }

    /** A problem on a page at a line; {@code e} (may be null) and {@code needle} find the source line. */
    void add(CheckedPage page, Element e, Severity severity, Text message, String needle) {
        int line = e == null ? 0 : CheckedPage.line(e);
        add(page, line, e != null && page.fromContent(e), severity, message, needle);
    }

    void add(CheckedPage page, int line, boolean content, Severity severity, Text message, String needle) {
        Text text = message;
        if (content && page.source() != null) {
            int at = needle == null || needle.isBlank() ? 0 : SourceLines.lineOf(page.sourceText(), needle);
            text = Text.of("check.source", message, page.source() + (at > 0 ? ":" + at : ""));
        }
        add(new Problem(severity, page.path(), line, text));
    }

    synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.ORDER).toList();
    }
}

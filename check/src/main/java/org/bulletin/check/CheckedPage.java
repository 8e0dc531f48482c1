package org.bulletin.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One HTML page of the output, parsed with source positions.
 *
 * @param path   output path relative to the site root, {@code /} separators
 * @param html   the page's text as published
 * @param doc    the parsed page (jsoup, positions tracked)
 * @param source the content file it was converted from ({@code content/articles/x.adoc}), or null
 * @param sourceText that file's text, or empty
 */
record CheckedPage(String path, String html, Document doc, String source, String sourceText) {

    /** Elements inside these come from an editor's content rather than from the theme. */
    static final String CONTENT = ".article-body, .quiz-intro, .quiz-question";

    /** 1-based line of the element's start tag in the published page, or 0. */
    static int line(Element e) {
        int line = e.sourceRange().start().lineNumber();
        return Math.max(line, 0);
    }

    boolean fromContent(Element e) {
        return source != null && e.closest(CONTENT) != null;
    }

    /** The folder of the page with a trailing {@code /}, or empty at the root. */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }
}

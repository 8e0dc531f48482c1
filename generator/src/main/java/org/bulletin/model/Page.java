package org.bulletin.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An article or page converted from AsciiDoc.
 *
 * @param source  source file relative to the site folder
 * @param type    {@code post} (articles: listed, tagged, in the feed) or {@code page}
 * @param title   plain-text title
 * @param date    {@code :jbake-date:}, or null (sorts last)
 * @param tags    tags in source order, without duplicates
 * @param html    converted body HTML
 * @param summary plain-text summary for lists and the meta description
 * @param uri     output path relative to the site root, e.g. {@code articles/x.html}
 * @param line    line of the title, for messages
 * @param lang    the document's own {@code :lang:} when it differs from the site's, else empty
 */
public record Page(String source, String type, String title, LocalDate date, List<String> tags, String html,
                   String summary, String uri, int line, String lang) implements Document {

    public static final String POST = "post";
    public static final String PAGE = "page";

    public Page {
        tags = List.copyOf(tags);
        lang = lang == null ? "" : lang;
    }

    /** A page in the site's language. */
    public Page(String source, String type, String title, LocalDate date, List<String> tags, String html,
                String summary, String uri, int line) {
        this(source, type, title, date, tags, html, summary, uri, line, "");
    }

    public boolean isPost() {
        return POST.equals(type);
    }

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.page(this);
    }
}

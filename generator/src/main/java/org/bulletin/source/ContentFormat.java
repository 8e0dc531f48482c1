package org.bulletin.source;

import java.util.Locale;
import java.util.Set;

/**
 * The markup of a content document, by file name ending, as in JBake: AsciiDoc ({@code .adoc},
 * {@code .asciidoc}, {@code .ad}), Markdown ({@code .md}, {@code .markdown}) and HTML ({@code .html},
 * {@code .htm}; a document only when it starts with a JBake header, else a file published as it is).
 */
public enum ContentFormat {
    ASCIIDOC(Set.of("adoc", "asciidoc", "ad")),
    MARKDOWN(Set.of("md", "markdown")),
    HTML(Set.of("html", "htm"));

    private final Set<String> endings;

    ContentFormat(Set<String> endings) {
        this.endings = endings;
    }

    /** The format of a file name, or null when it is not a document format. */
    public static ContentFormat of(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || name.lastIndexOf('/') > dot) {
            return null;
        }
        String ending = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ContentFormat f : values()) {
            if (f.endings.contains(ending)) {
                return f;
            }
        }
        return null;
    }
}

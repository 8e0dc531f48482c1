package org.bulletin.source;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Content files that are drafts although they are not AsciiDoc, so that none of them is published: a name
 * ending in {@code -draft} ({@code notes-draft.md}, JBake's draft naming), or a Markdown or HTML file whose
 * JBake header ({@code key=value} lines ended by {@code ~~~~~~}) says {@code status=draft}.
 */
public final class DraftFiles {

    private static final Set<String> WITH_HEADER = Set.of("md", "markdown", "html", "htm");

    private DraftFiles() {
    }

    public static boolean isDraft(SourceFile file) throws IOException {
        String name = file.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        if (base.endsWith("-draft")) {
            return true;
        }
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return WITH_HEADER.contains(extension) && headerSaysDraft(file);
    }

    private static boolean headerSaysDraft(SourceFile file) throws IOException {
        return "draft".equalsIgnoreCase(JBakeHeader.read(SiteScanner.head(file), JBakeHeader.SEPARATOR)
                .get("status", ""));
    }
}

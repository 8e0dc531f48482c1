package org.bulletin.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;

/**
 * Content files that are drafts although they are not AsciiDoc, so that none of them is published: a name
 * ending in {@code -draft} ({@code notes-draft.md}, JBake's draft naming), or a Markdown or HTML file whose
 * JBake header ({@code key=value} lines ended by {@code ~~~~~~}) says {@code status=draft}.
 */
public final class DraftFiles {

    private static final Set<String> WITH_HEADER = Set.of("md", "markdown", "html", "htm");
    /** A JBake header is a few short lines at the top of the file. */
    private static final int HEADER_BYTES = 4096;

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
        byte[] head;
        try (InputStream in = Files.newInputStream(file.path())) {
            head = in.readNBytes(HEADER_BYTES);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean draft = false;
        for (String line : text.split("\r?\n", -1)) {
            String l = line.strip();
            if (l.startsWith("~~~~~~")) {
                return draft;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                return false; // not a JBake header
            }
            if (l.substring(0, eq).strip().equalsIgnoreCase("status")) {
                draft = l.substring(eq + 1).strip().equalsIgnoreCase("draft");
            }
        }
        return false;
    }
}

package org.bulletin.source;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bulletin.text.TextFiles;
/**
 * The source text of each document of a build, by site-relative path, for messages that point at a line
 * and for fingerprints. A document whose conversion came from the cache was usually not read at all (its
 * key was known from its file's stamp): its text is read the first time something asks for it.
 */
public final class SourceTexts {

    private final Map<String, SourceFile> files = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    /**
     * Adds a document.
     *
     * @param text its text, or null to read it when asked
     */
    public void add(SourceFile file, String text) {
        files.put(file.relative(), file);
        if (text != null) {
            texts.put(file.relative(), text);
        }
    }

    /** The text of a document (UTF-8, line ends normalised), or "" when it is not one of the build's or cannot be read. */
    public String get(String relative) {
        SourceFile file = files.get(relative);
        if (file == null) {
            return "";
        }
        return texts.computeIfAbsent(relative, r -> {
            try {
                return TextFiles.readUtf8(file.path());
            } catch (IOException e) {
                return "";
            }
        });
    }
}

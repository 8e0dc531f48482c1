package org.bulletin.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bulletin.files.AtomicFiles;
import org.bulletin.files.FileStamp;
import org.bulletin.source.SourceFile;
import org.bulletin.text.TextFiles;

/**
 * Reads documents for a build: the text and the {@linkplain ConversionCache#key cache key}. Like Git's
 * index, it keeps each document's key with the file's {@linkplain FileStamp#withChangeTime stamp} (size,
 * modification and change time), and while the stamp is the same it takes the key without reading the
 * file; the text is then read only if something asks for it ({@link org.bulletin.source.SourceTexts}).
 * A generator keeps what it learned in memory for its next build (the dev server), and a build that
 * uses the cache folder stores it there ({@value #FILE}) for the next process. A stamp is kept only for
 * files last changed well before they were read ({@link FileStamp#settled}), so an edit within the
 * same clock tick as the read is never missed, and only with the {@linkplain ConversionCache#salt salt} it
 * was made with: another generator, configuration or site folder reads every file again.
 */
public final class DocumentReads {

    /** The file in the build's cache folder. */
    public static final String FILE = "sources.txt";
    /** First word of the file's first line (the salt follows); bump when the meaning of a line changes. */
    private static final String FORMAT = "bulletin-sources-1";

    /**
     * One document.
     *
     * @param readable false when the file cannot be read or is not UTF-8 (the loader reports it)
     * @param text     the text, or null when the file was not read (its stamp was unchanged)
     * @param key      the cache key, or null when the document is never cached
     */
    record Read(boolean readable, String text, String key) {
    }

    private record Known(String stamp, String salt, String key) {
    }

    /** Site-relative path → what the last read of that document learned. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    /** Stamp file → its contents as last loaded or saved. */
    private final Map<Path, String> files = new HashMap<>();

    /**
     * Takes in what an earlier process stored in {@code file}, once per file (later builds of the same
     * generator know more); a missing, damaged or foreign file is ignored (every document is read).
     */
    synchronized void load(Path file) {
        if (files.containsKey(file)) {
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            files.put(file, "");
            return;
        }
        files.put(file, text);
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith(FORMAT + " ")) {
            return;
        }
        String salt = lines.get(0).substring(FORMAT.length() + 1);
        FileHashes.parse(lines.subList(1, lines.size()))
                .forEach((relative, k) -> known.putIfAbsent(relative, new Known(k.stamp(), salt, k.hash())));
    }

    /**
     * Reads {@code file}, or takes its key from what is known when its stamp did not change; thread-safe.
     *
     * @param now the time the build started, milliseconds since the epoch
     */
    Read read(SourceFile file, String salt, long now) {
        FileStamp stamp = FileStamp.withChangeTime(file.path());
        Known k = known.get(file.relative());
        if (stamp != null && k != null && k.stamp().equals(stamp.text()) && k.salt().equals(salt)) {
            return new Read(true, null, k.key());
        }
        byte[] bytes;
        String text;
        try {
            bytes = Files.readAllBytes(file.path());
            text = TextFiles.decode(bytes);
        } catch (IOException e) {
            known.remove(file.relative());
            return new Read(false, null, null);
        }
        String key = ConversionCache.key(salt, file.relative(), bytes);
        if (stamp != null && key != null && stamp.settled(now)) {
            known.put(file.relative(), new Known(stamp.text(), salt, key));
        } else {
            known.remove(file.relative());
        }
        return new Read(true, text, key);
    }

    /** Forgets every document not in this build (deleted or renamed). */
    void retain(Collection<SourceFile> documents) {
        known.keySet().retainAll(documents.stream().map(SourceFile::relative).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * Stores what is known of {@code documents} with {@code salt} in {@code file}, replacing it in one
     * step, when that differs from what the file holds. A file that cannot be written is only slower.
     */
    synchronized void save(Path file, Collection<SourceFile> documents, String salt) {
        Map<String, FileHashes.Known> lines = new TreeMap<>();
        for (SourceFile d : documents) {
            Known k = known.get(d.relative());
            if (k != null && k.salt().equals(salt) && d.relative().indexOf('\n') < 0 && d.relative().indexOf('\r') < 0) {
                lines.put(d.relative(), new FileHashes.Known(k.stamp(), k.key()));
            }
        }
        String text = FORMAT + " " + salt + "\n" + String.join("\n", FileHashes.lines(lines)) + "\n";
        if (text.equals(files.get(file))) {
            return;
        }
        try {
            AtomicFiles.replace(file, text.getBytes(StandardCharsets.UTF_8));
            files.put(file, text);
        } catch (IOException e) {
            files.remove(file);
        }
    }
}

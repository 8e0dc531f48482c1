package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bulletin.parse.ConversionCache;
import org.bulletin.source.SourceFile;
import org.bulletin.source.TextFiles;

/**
 * Reads documents for a build: the text and the {@linkplain ConversionCache#key cache key}. A generator
 * that builds again (the dev server after every edit) remembers what it read, and does not read and hash
 * a file again while its {@linkplain SiteOutput#stamp stamp} (size, modification time, inode) is the same.
 * Like Git's index, it trusts a stamp only for files last modified well before they were read, so an
 * edit in the same clock tick as the read (coarse file-system times) is never missed.
 */
final class DocumentReads {

    /** A file modified less than this before it was read is read again next time. */
    private static final long RACY_MILLIS = 2_000;

    /**
     * One read document.
     *
     * @param text the text, or null when the file cannot be read or is not UTF-8 (the loader reports it)
     * @param key  the cache key, or null when the document is never cached
     */
    record Read(String text, String key) {
    }

    private record Remembered(String stamp, String salt, Read read) {
    }

    private final Map<Path, Remembered> last = new ConcurrentHashMap<>();

    /** Reads {@code file} (or takes what was read before, when it did not change); thread-safe. */
    Read read(SourceFile file, String salt) {
        long now = System.currentTimeMillis();
        String stamp = SiteOutput.stamp(file.path());
        Remembered r = last.get(file.path());
        if (r != null && stamp != null && stamp.equals(r.stamp()) && salt.equals(r.salt())) {
            return r.read();
        }
        Read read;
        try {
            byte[] bytes = Files.readAllBytes(file.path());
            read = new Read(TextFiles.decode(bytes), ConversionCache.key(salt, file.relative(), bytes));
        } catch (IOException e) {
            last.remove(file.path());
            return new Read(null, null);
        }
        if (stamp != null && modified(file.path()) < now - RACY_MILLIS) {
            last.put(file.path(), new Remembered(stamp, salt, read));
        } else {
            last.remove(file.path());
        }
        return read;
    }

    /** Forgets every file not in this build (deleted or renamed documents). */
    void retain(java.util.Collection<Path> files) {
        last.keySet().retainAll(new java.util.HashSet<>(files));
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}

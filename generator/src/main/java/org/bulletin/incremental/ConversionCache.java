package org.bulletin.incremental;

import org.bulletin.parse.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.bulletin.model.Document;
import org.bulletin.problem.Problem;
import org.bulletin.parse.DocumentStore.Entry;
import org.bulletin.text.Sha256;

/**
 * A content-hash cache of converted documents, so a build whose documents did not change never starts
 * JRuby. An entry holds everything the model needs from one document (its {@link Document}: article or
 * page, quiz or draft, and its problems, which are reported again on every build).
 *
 * <p>The key of a document is a SHA-256 over the cache format, a {@linkplain #salt salt} (generator
 * version and build, AsciidoctorJ and JRuby versions, the Asciidoctor attributes, the whole site
 * configuration and the site folder) and the document's path and bytes. Documents whose output depends
 * on other files or on the clock ({@code include::}, {@code {docdate}}, {@code {localdate}} …) are never
 * cached. Entries are appended to one {@linkplain PackFile pack file} in the cache folder
 * ({@value #PACK}, entries in {@link EntryCodec}'s binary form), which a new process reads in one go;
 * {@link #prune} forgets the entries a build did not use and rewrites the file when a third of it is unused.
 * A cache object also keeps its entries in memory for the next build of the same process ({@code serve}),
 * where an edit appends one entry.
 */
public final class ConversionCache {

    /** Bump when the entry format or the meaning of an entry changes. */
    static final String FORMAT = "bulletin-conversion-cache-8";
    /** The pack file's name in the cache folder; everything else there is removed by {@link #prune}. */
    static final String PACK = "conversions.pack";
    private static final byte[] INCLUDE = "include::".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] CLOCK_PREFIXES = {ascii("doc"), ascii("local")};
    private static final byte[][] CLOCK_SUFFIXES = {ascii("date}"), ascii("time}"), ascii("datetime}"),
        ascii("year}")};

    private final Path dir;
    private final PackFile pack;
    private final Map<String, Entry> memory = new ConcurrentHashMap<>();
    private volatile boolean tidied;
    private volatile FutureTask<PackDecoding> preload;

    public ConversionCache(Path dir) {
        this.dir = dir;
        this.pack = new PackFile(dir.resolve(PACK), FORMAT);
    }

    public Path dir() {
        return dir;
    }

    /**
     * What every key of one build shares.
     *
     * @param generator  the generator's identity (version and build); tests pass their own
     * @param attributes the Asciidoctor attributes every document is converted with
     * @param config     every configuration key of the site, overrides included
     * @param siteDir    the site folder (documents see it as {@code docdir})
     */
    public static String salt(String generator, Map<String, Object> attributes, Map<String, String> config,
                              Path siteDir) {
        StringBuilder s = new StringBuilder(FORMAT).append('\n').append(generator).append('\n')
                .append(siteDir.toAbsolutePath().normalize()).append('\n');
        new java.util.TreeMap<>(attributes).forEach((k, v) -> s.append("a:").append(k).append('=').append(v).append('\n'));
        new java.util.TreeMap<>(config).forEach((k, v) -> s.append("c:").append(k).append('=').append(v).append('\n'));
        return Sha256.hex(s.toString());
    }

    /** The generator's identity from {@code version.properties}: version, build stamp, AsciidoctorJ, JRuby. */
    public static String generatorIdentity() {
        Properties p = new Properties();
        try (InputStream in = ConversionCache.class.getResourceAsStream("/org/bulletin/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return new java.util.TreeMap<>(p).toString();
    }

    /**
     * The key of a document, or null when it must always be converted afresh: when it contains
     * {@code include::} or one of the attributes {@code {docdate}}, {@code {doctime}}, {@code {docdatetime}},
     * {@code {docyear}} and their {@code local…} twins (looked for in the UTF-8 bytes, whose ASCII bytes
     * are always whole characters).
     */
    public static String key(String salt, String relative, byte[] bytes) {
        if (dependsOnFilesOrClock(bytes)) {
            return null;
        }
        MessageDigest d = Sha256.digest();
        d.update(salt.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(relative.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(bytes);
        return Sha256.hex(d);
    }

    /**
     * Starts reading and decoding every stored entry on a background thread; {@link #get} and
     * {@link #prune} wait for it, decoding a share of the entries themselves meanwhile. A new process calls
     * this before it reads its configuration and scans the site, so the cache is read on the otherwise
     * idle core, and decoded on both once the scan is done. Does nothing after the first call.
     */
    public synchronized void preload() {
        if (preload == null) {
            FutureTask<PackDecoding> task = new FutureTask<>(() -> new PackDecoding(pack, memory));
            Thread thread = new Thread(() -> {
                task.run();
                PackDecoding d = decoding(task);
                if (d != null) {
                    d.help();
                }
            }, "bulletin-cache-preload");
            thread.setDaemon(true);
            preload = task;
            thread.start();
        }
    }

    private static PackDecoding decoding(FutureTask<PackDecoding> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null; // get reads the entry itself
        }
    }

    private void awaitPreload() {
        FutureTask<PackDecoding> task = preload;
        if (task == null) {
            return;
        }
        PackDecoding d = decoding(task);
        if (d != null) {
            try {
                d.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The entry for {@code key}, or null. A damaged entry counts as missing. */
    public Entry get(String key) {
        if (key == null) {
            return null;
        }
        Entry e = memory.get(key);
        if (e != null) {
            return e;
        }
        awaitPreload();
        e = memory.get(key);
        if (e != null) {
            return e;
        }
        e = PackDecoding.decode(pack.read(key));
        if (e != null) {
            memory.put(key, e);
        }
        return e;
    }

    /**
     * A document's complete content in the cache's binary form: equal bytes, equal documents. For
     * fingerprints (so the codec's guard test protects change detection too), instead of the record's
     * {@code toString}, whose first call in a process took 0.13 s (the JDK builds record methods at run time).
     */
    public static byte[] bytes(Document document) {
        return EntryCodec.encode(new Entry(document, List.of()));
    }

    /** Stores an entry (in memory now, on disk too); a cache that cannot be written is only slower. */
    public void put(String key, Entry entry) {
        if (key == null) {
            return;
        }
        memory.put(key, entry);
        pack.append(key, EntryCodec.encode(entry));
    }

    /**
     * Forgets every entry not in {@code used}: in memory at once, on disk when the pack is rewritten, which
     * happens when a third of it or more is unused (until then another process may still find such an
     * entry, which is harmless: a key names the exact input of its entry). The first call also removes
     * whatever else is in the cache folder, such as the one-JSON-file-per-entry folders of earlier versions.
     */
    public void prune(Set<String> used) {
        awaitPreload();
        memory.keySet().retainAll(used);
        pack.retain(used);
        if (!tidied) {
            tidied = true;
            removeAllBut(dir, pack.file());
        }
    }

    private static void removeAllBut(Path dir, Path keep) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> top = Files.list(dir)) {
            for (Path p : top.filter(p -> !p.equals(keep)).toList()) {
                try (Stream<Path> all = Files.walk(p)) {
                    for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort
        }
    }

    static boolean dependsOnFilesOrClock(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 'i') {
                if (startsWith(b, i, INCLUDE)) {
                    return true;
                }
            } else if (b[i] == '{') {
                for (byte[] prefix : CLOCK_PREFIXES) {
                    if (startsWith(b, i + 1, prefix)) {
                        for (byte[] suffix : CLOCK_SUFFIXES) {
                            if (startsWith(b, i + 1 + prefix.length, suffix)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int at, byte[] part) {
        if (at + part.length > b.length) {
            return false;
        }
        for (int k = 0; k < part.length; k++) {
            if (b[at + k] != part[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

package org.bulletin.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bulletin.model.Page;
import org.bulletin.model.Problem;
import org.bulletin.model.Quiz;

/**
 * A content-hash cache of converted documents, so a build whose documents did not change never starts
 * JRuby. An entry holds everything the model needs from one document (its {@link Page} or {@link Quiz},
 * whether it is a draft, and its problems, which are reported again on every build).
 *
 * <p>The key of a document is a SHA-256 over the cache format, a {@linkplain #salt salt} (generator
 * version and build, AsciidoctorJ and JRuby versions, the Asciidoctor attributes, the whole site
 * configuration and the site folder) and the document's path and bytes. Documents whose output depends
 * on other files or on the clock ({@code include::}, {@code {docdate}}, {@code {localdate}} …) are never
 * cached. Entries live as one JSON file each under the cache folder; the ones a build did not use are
 * removed by {@link #prune}. A cache object also keeps its entries in memory for the next build of the
 * same process ({@code serve}).
 */
public final class ConversionCache {

    /** Bump when the entry format or the meaning of an entry changes. */
    static final String FORMAT = "bulletin-conversion-cache-1";
    private static final Pattern UNCACHEABLE = Pattern.compile(
            "include::|\\{(?:doc|local)(?:date|time|datetime|year)}");
    private static final ObjectMapper JSON = mapper();

    /**
     * One converted document.
     *
     * @param draft    true for drafts (nothing published)
     * @param page     the article or page, or null
     * @param quiz     the quiz, or null
     * @param problems the problems its conversion reported
     */
    public record Entry(boolean draft, Page page, Quiz quiz, List<Problem> problems) {
        public Entry {
            problems = List.copyOf(problems);
        }
    }

    private final Path dir;
    private final Map<String, Entry> memory = new ConcurrentHashMap<>();

    public ConversionCache(Path dir) {
        this.dir = dir;
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
        return sha256(s.toString().getBytes(StandardCharsets.UTF_8));
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

    /** The key of a document, or null when it must always be converted afresh. */
    public static String key(String salt, String relative, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (UNCACHEABLE.matcher(text).find()) {
            return null;
        }
        MessageDigest d = digest();
        d.update(salt.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(relative.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(bytes);
        return HexFormat.of().formatHex(d.digest());
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
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            e = JSON.readValue(file.toFile(), Entry.class);
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
        memory.put(key, e);
        return e;
    }

    /** Stores an entry (in memory now, on disk too); a cache that cannot be written is only slower. */
    public void put(String key, Entry entry) {
        if (key == null) {
            return;
        }
        memory.put(key, entry);
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key, ".tmp");
            JSON.writeValue(tmp.toFile(), entry);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // best effort: the next build converts this document again
        }
    }

    /** Forgets every entry not in {@code used}, in memory and on disk. */
    public void prune(Set<String> used) {
        memory.keySet().retainAll(used);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                String key = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
                if (!used.contains(key)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("dates");
        dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        dates.addSerializer(OffsetDateTime.class, ToStringSerializer.instance);
        dates.addDeserializer(OffsetDateTime.class, new JsonDeserializer<>() {
            @Override
            public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return OffsetDateTime.parse(p.getValueAsString());
            }
        });
        return new ObjectMapper().registerModule(dates)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS, false);
    }
}

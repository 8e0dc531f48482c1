package org.bulletin.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletin.files.ClasspathTree;

/** {@code bulletin new}: writes the sample publicity-week site (from site-template) into a new folder. */
public final class SiteScaffolder {

    private SiteScaffolder() {
    }

    /**
     * @return the number of files written
     * @throws IllegalStateException when the folder exists and is not empty (nothing is overwritten)
     */
    public static int create(Path dir) throws IOException {
        return create(dir, Map.of());
    }

    /**
     * The sample site with some keys of its {@code jbake.properties} set ({@code site.host},
     * {@code site.title}): the line that sets each is replaced, the file's comments and order stay.
     *
     * @return the number of files written
     * @throws NotEmpty when the folder exists and is not empty, or is a file (nothing is overwritten)
     */
    public static int create(Path dir, Map<String, String> settings) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new NotEmpty(org.bulletin.problem.Text.of("cli.new-not-empty", dir));
                }
            }
        } else if (Files.exists(dir)) {
            throw new NotEmpty(org.bulletin.problem.Text.of("cli.new-is-file", dir));
        }
        Map<String, byte[]> files = ClasspathTree.read("org/bulletin/scaffold");
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = dir.resolve(e.getKey()).normalize();
            if (!target.startsWith(dir.normalize())) {
                throw new IOException("bad scaffold entry " + e.getKey());
            }
            Files.createDirectories(target.getParent());
            byte[] bytes = e.getKey().equals("jbake.properties") && !settings.isEmpty()
                    ? set(new String(e.getValue(), StandardCharsets.UTF_8), settings).getBytes(StandardCharsets.UTF_8)
                    : e.getValue();
            Files.write(target, bytes);
        }
        return files.size();
    }

    /** The properties text with each key's line set to the value (appended when no line sets it). */
    static String set(String properties, Map<String, String> settings) {
        StringBuilder b = new StringBuilder();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (String line : properties.split("\n", -1)) {
            String key = line.contains("=") ? line.substring(0, line.indexOf('=')).strip() : null;
            if (key != null && settings.containsKey(key) && done.add(key)) {
                line = key + "=" + escape(settings.get(key)) + (line.endsWith("\r") ? "\r" : "");
            }
            b.append(line).append('\n');
        }
        b.setLength(b.length() - 1);
        new java.util.TreeMap<>(settings).forEach((k, v) -> {
            if (!done.contains(k)) {
                b.append(k).append('=').append(escape(v)).append('\n');
            }
        });
        return b.toString();
    }

    /** A value as a properties file reads it back unchanged (backslashes, leading blanks, line ends). */
    private static String escape(String value) {
        String v = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return v.startsWith(" ") ? "\\" + v : v;
    }

    /** The folder for a new site is taken: what to do, in the catalogue's words (the message is its English). */
    public static final class NotEmpty extends IllegalStateException {
        private final transient org.bulletin.problem.Text text;

        NotEmpty(org.bulletin.problem.Text text) {
            super(text.english());
            this.text = text;
        }

        public org.bulletin.problem.Text text() {
            return text;
        }
    }
}

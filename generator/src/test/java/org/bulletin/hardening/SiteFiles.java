package org.bulletin.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small file-tree helpers for the hardening tests: write a site, snapshot a folder. */
final class SiteFiles {

    /** The sample site shipped with Bulletin (the test runs in generator/). */
    static final Path TEMPLATE = Path.of("..", "site-template").toAbsolutePath().normalize();

    private SiteFiles() {
    }

    static byte[] template(String relative) {
        try {
            return Files.readAllBytes(TEMPLATE.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String templateText(String relative) {
        return new String(template(relative), StandardCharsets.UTF_8);
    }

    /** Writes {@code files} (site path → bytes) under {@code dir}. */
    static void write(Path dir, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
    }

    /** A tiny valid site: the sample's configuration, one article and its image. */
    static Map<String, byte[]> tinySite(String articlePath, String article) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("jbake.properties", template("jbake.properties"));
        files.put("assets/images/social-work-day.svg", template("assets/images/social-work-day.svg"));
        files.put(articlePath, article.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Relative path → SHA-256 of every file under {@code root} (empty when it does not exist). */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything beside {@code output} that belongs to the publisher (staging or previous folders). */
    static java.util.List<String> publisherLeftovers(Path output) throws IOException {
        String name = output.getFileName().toString();
        try (Stream<Path> list = Files.list(output.getParent())) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("." + name + ".bulletin-"))
                    .filter(n -> !n.equals("." + name + ".bulletin-cache")) // the conversion cache stays on purpose
                    .sorted().toList();
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.bulletin.generator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a build's output depends on, as one SHA-256 value: every file of the site folder (relative
 * path, size and content hash), the request (folders, overrides, strict) and the generator's code
 * (its version and the hash of its jar, so a rebuilt SNAPSHOT counts as a change). When the value
 * equals the one stored after the last successful build and that build's output is still there,
 * building again would write the same bytes, so the build can be skipped.
 *
 * <p>Hidden files and folders (names starting with {@code .}), the output folder and the
 * {@code ignored} folders (e.g. Maven's {@code target/}) are not inputs. Content hashes rather than
 * modification times: a fresh checkout or {@code touch} does not force a rebuild.
 *
 * @param value  the fingerprint, hexadecimal
 * @param output the output folder of the request it was computed for
 */
public record BuildFingerprint(String value, Path output) {

    /** Computes the fingerprint of a request before building it. */
    public static BuildFingerprint of(BuildRequest request, Collection<Path> ignored) throws IOException {
        MessageDigest total = sha256();
        line(total, "generator " + generatorIdentity());
        line(total, "site " + request.siteDir());
        line(total, "output " + request.outputDir());
        line(total, "strict " + request.strict());
        new TreeMap<>(request.overrides()).forEach((k, v) -> line(total, "override " + k + "=" + v));
        List<Path> skip = new ArrayList<>();
        skip.add(request.outputDir());
        ignored.forEach(p -> skip.add(p.toAbsolutePath().normalize()));
        for (Map.Entry<String, String> file : fileHashes(request.siteDir(), skip).entrySet()) {
            line(total, "file " + file.getKey() + " " + file.getValue());
        }
        return new BuildFingerprint(HexFormat.of().formatHex(total.digest()), request.outputDir());
    }

    /** Where to keep the fingerprint of the build writing to {@code output}: one file per output folder. */
    public static Path stateFile(Path stateDir, Path output) {
        String path = output.toAbsolutePath().normalize().toString();
        String id = HexFormat.of().formatHex(sha256().digest(path.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        return stateDir.resolve("bulletin-" + output.getFileName() + "-" + id + ".fingerprint");
    }

    /** True when {@code stateFile} holds this fingerprint and the output folder still exists. */
    public boolean upToDate(Path stateFile) throws IOException {
        return Files.isRegularFile(stateFile) && Files.isDirectory(output)
                && Files.readString(stateFile, StandardCharsets.UTF_8).strip().equals(value);
    }

    /** Stores the fingerprint after a successful build. */
    public void save(Path stateFile) throws IOException {
        Files.createDirectories(stateFile.toAbsolutePath().getParent());
        Files.writeString(stateFile, value + "\n", StandardCharsets.UTF_8);
    }

    /** Forgets the last build (called before a build whose outcome is not yet known). */
    public static void forget(Path stateFile) throws IOException {
        Files.deleteIfExists(stateFile);
    }

    /** Relative path → "size sha256" of every file under {@code root}, sorted, skipping hidden and ignored paths. */
    static Map<String, String> fileHashes(Path root, Collection<Path> ignored) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && (hidden(dir) || ignored.contains(dir.toAbsolutePath().normalize()))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && !hidden(file)) {
                    files.put(root.relativize(file).toString().replace('\\', '/'), attrs.size() + " " + hash(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The generator's version and the hash of the jar (or class folder) it runs from. */
    private static String generatorIdentity() throws IOException {
        Properties version = new Properties();
        try (InputStream in = BuildFingerprint.class.getResourceAsStream("/org/bulletin/version.properties")) {
            if (in != null) {
                version.load(in);
            }
        }
        Path code;
        try {
            code = Path.of(BuildFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return version.getProperty("version", "unknown");
        }
        String codeHash = Files.isRegularFile(code) ? hash(code)
                : HexFormat.of().formatHex(sha256().digest(fileHashes(code, List.of()).toString()
                        .getBytes(StandardCharsets.UTF_8)));
        return version.getProperty("version", "unknown") + " " + codeHash;
    }

    private static void line(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

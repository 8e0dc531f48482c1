package org.bulletin.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.bulletin.text.Sha256;

/**
 * What a build's output depends on, as one SHA-256 value: every file of the site folder (relative
 * path, size and content hash), the request (folders, overrides, strict) and the generator's code
 * (its version and the hash of its jar, so a rebuilt SNAPSHOT counts as a change). When the value
 * equals the one stored after the last successful build and that build's output is still there,
 * building again would write the same bytes, so the build can be skipped.
 *
 * <p>Hidden files and folders (names starting with {@code .}), the output folder and the
 * {@code ignored} folders (e.g. Maven's {@code target/}) are not inputs. Content hashes rather than
 * modification times: a fresh checkout or {@code touch} does not force a rebuild. The state file also
 * keeps each file's hash with its size and times ({@link FileHashes}), so the next check reads only
 * the files whose times changed: checking an unchanged site costs one {@code stat} per file.
 *
 * @param value  the fingerprint, hexadecimal
 * @param output the output folder of the request it was computed for
 * @param hashes what was learned about the input files, saved with the value (lines of
 *               {@link FileHashes#lines}); not part of the fingerprint
 */
public record BuildFingerprint(String value, Path output, List<String> hashes) {

    public BuildFingerprint {
        hashes = List.copyOf(hashes);
    }

    /**
     * What of a build request is part of the fingerprint.
     *
     * @param siteDir   the site folder, absolute
     * @param outputDir the output folder, absolute (not an input)
     * @param overrides configuration overrides
     * @param strict    the request's strict setting, or null
     */
    public record Inputs(Path siteDir, Path outputDir, Map<String, String> overrides, Boolean strict) {
    }

    /** Computes the fingerprint of a request before building it, hashing every file. */
    public static BuildFingerprint of(Inputs request, Collection<Path> ignored) throws IOException {
        return of(request, ignored, null);
    }

    /**
     * Computes the fingerprint of a request before building it, reusing the hashes kept in
     * {@code stateFile} (may be null or missing) for files whose size and times did not change.
     */
    public static BuildFingerprint of(Inputs request, Collection<Path> ignored, Path stateFile)
            throws IOException {
        FileHashes files = new FileHashes(known(stateFile), System.currentTimeMillis());
        MessageDigest total = Sha256.digest();
        line(total, "generator " + generatorIdentity(files));
        line(total, "site " + request.siteDir());
        line(total, "output " + request.outputDir());
        line(total, "strict " + request.strict());
        new TreeMap<>(request.overrides()).forEach((k, v) -> line(total, "override " + k + "=" + v));
        List<Path> skip = new ArrayList<>();
        skip.add(request.outputDir());
        ignored.forEach(p -> skip.add(p.toAbsolutePath().normalize()));
        for (Map.Entry<String, String> file : files.tree(request.siteDir(), skip).entrySet()) {
            line(total, "file " + file.getKey() + " " + file.getValue());
        }
        return new BuildFingerprint(Sha256.hex(total), request.outputDir(),
                FileHashes.lines(files.remembered()));
    }

    /** Where to keep the fingerprint of the build writing to {@code output}: one file per output folder. */
    public static Path stateFile(Path stateDir, Path output) {
        String path = output.toAbsolutePath().normalize().toString();
        String id = Sha256.hex(path)
                .substring(0, 12);
        return stateDir.resolve("bulletin-" + output.getFileName() + "-" + id + ".fingerprint");
    }

    /** True when {@code stateFile} holds this fingerprint and the output folder still exists. */
    public boolean upToDate(Path stateFile) throws IOException {
        if (!Files.isRegularFile(stateFile) || !Files.isDirectory(output)) {
            return false;
        }
        List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        return !lines.isEmpty() && lines.get(0).strip().equals(value);
    }

    /** Stores the fingerprint (first line) and the file hashes after a successful build. */
    public void save(Path stateFile) throws IOException {
        Files.createDirectories(stateFile.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        lines.add(value);
        lines.addAll(hashes);
        Files.write(stateFile, lines, StandardCharsets.UTF_8);
    }

    /**
     * After an up-to-date check: stores the file hashes again when this check learned more than the
     * state file holds (files that were too new to remember at the last build, e.g. right after a
     * checkout), so the next check does not read them again. Does nothing when they are the same.
     */
    public void remember(Path stateFile) throws IOException {
        if (!Files.isRegularFile(stateFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).strip().equals(value) && !lines.subList(1, lines.size()).equals(hashes)) {
            save(stateFile);
        }
    }

    /** Forgets the last build (called before a build whose outcome is not yet known). */
    public static void forget(Path stateFile) throws IOException {
        Files.deleteIfExists(stateFile);
    }

    /** The file hashes kept in a state file; none when it is missing or unreadable. */
    private static Map<String, FileHashes.Known> known(Path stateFile) {
        if (stateFile == null || !Files.isRegularFile(stateFile)) {
            return Map.of();
        }
        try {
            List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
            return FileHashes.parse(lines.subList(Math.min(1, lines.size()), lines.size()));
        } catch (IOException | RuntimeException e) { // damaged state: hash every file
            return Map.of();
        }
    }

    /** The generator's version and the hash of the jar (or class folder) it runs from. */
    private static String generatorIdentity(FileHashes files) throws IOException {
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
        String codeHash = Files.isRegularFile(code) ? files.hash(code)
                : Sha256.hex(files.tree(code, List.of()).toString());
        return version.getProperty("version", "unknown") + " " + codeHash;
    }

    private static void line(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}

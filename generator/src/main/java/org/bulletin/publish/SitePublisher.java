package org.bulletin.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.bulletin.files.FolderSwap;

/**
 * Publishes atomically: everything is written into a staging folder beside the output
 * ({@code .out.bulletin-staging}), and only a complete build replaces the output, by two renames.
 * A failed or killed build leaves the previous output untouched; leftovers of a killed build are
 * cleaned up (or, if the kill fell between the two renames, the previous output restored) by the
 * next one.
 */
public final class SitePublisher implements AutoCloseable {

    private final FolderSwap swap;
    private final Path staging;
    private final java.util.Map<Path, Boolean> folders = new java.util.concurrent.ConcurrentHashMap<>();

    private SitePublisher(FolderSwap swap) {
        this.swap = swap;
        this.staging = swap.staging();
    }

    /** Prepares an empty staging folder beside {@code output}, recovering from an earlier crash first. */
    public static SitePublisher open(Path output) throws IOException {
        return new SitePublisher(FolderSwap.open(output));
    }

    /**
     * Why {@code output} must not be replaced by a build, or null when it may. Every build replaces the
     * whole output folder, so it must not hold the site itself or files Bulletin did not write: pointing
     * {@code -o} at the site or at a folder of documents would otherwise delete them.
     *
     * @param sources the site folder and the folders inside it that are read as sources
     */
    public static org.bulletin.problem.Text refusal(Path output, Path siteDir, java.util.List<Path> sources) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path site = siteDir.toAbsolutePath().normalize();
        if (site.startsWith(out)) {
            return org.bulletin.problem.Text.of("build.output-holds-site", out, site.resolve("output"));
        }
        for (Path source : sources) {
            if (out.startsWith(source.toAbsolutePath().normalize())) {
                return org.bulletin.problem.Text.of("build.output-inside-source", out, source, site.resolve("output"));
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return org.bulletin.problem.Text.of("build.output-is-file", out);
        }
        if (Files.isDirectory(out) && !looksPublished(out)) {
            return org.bulletin.problem.Text.of("build.output-not-ours", out);
        }
        return null;
    }

    private static boolean looksPublished(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            if (list.findAny().isEmpty()) {
                return true;
            }
        }
        return Files.isRegularFile(dir.resolve("index.html")) || Files.isRegularFile(dir.resolve("404.html"))
                || Files.isRegularFile(dir.resolve("sitemap.xml"));
    }

    /**
     * The build cache beside {@code output} ({@code .out.bulletin-cache}), kept between builds: encoded
     * photos ({@code images/}) and other stages' caches, each in its own sub-folder. Never published.
     */
    public static Path cacheFolder(Path output) {
        Path o = output.toAbsolutePath().normalize();
        return o.resolveSibling("." + o.getFileName() + ".bulletin-cache");
    }

    /** The folder to write into. */
    public Path staging() {
        return staging;
    }

    /**
     * Resolves a site path under the staging folder, refusing anything that would escape it.
     *
     * @throws IllegalArgumentException for absolute paths or {@code ..}
     */
    public Path resolve(String sitePath) {
        Path target = staging.resolve(sitePath).normalize();
        if (!target.startsWith(staging) || sitePath.startsWith("/") || sitePath.contains("\\")) {
            throw new IllegalArgumentException("output path outside the site: " + sitePath);
        }
        return target;
    }

    public void write(String sitePath, byte[] bytes) throws IOException {
        Path target = resolve(sitePath);
        folder(target.getParent());
        Files.write(target, bytes);
    }

    /**
     * Publishes an existing file unchanged: a hard link to it where the file system allows (nothing is
     * read or written), a copy otherwise.
     *
     * @return true for a hard link (the same file), false for a copy
     */
    public boolean link(Path existing, String sitePath) throws IOException {
        Path target = resolve(sitePath);
        folder(target.getParent());
        try {
            Files.createLink(target, existing);
            return true;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.copy(existing, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            return false;
        }
    }

    public void copy(Path source, String sitePath) throws IOException {
        Path target = resolve(sitePath);
        folder(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Creates a folder of the staging folder once (thread-safe): asking the file system again for every
     * file took a failed system call and an exception each.
     */
    private void folder(Path dir) throws IOException {
        try {
            folders.computeIfAbsent(dir, d -> {
                try {
                    Files.createDirectories(d);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Swaps the complete staging folder in as the output. */
    public void commit() throws IOException {
        swap.commit();
    }

    /** Without a commit, removes the staging folder and leaves the output as it was. */
    @Override
    public void close() throws IOException {
        swap.close();
    }

    /** Lists the files of a published site, relative, sorted. */
    public static java.util.List<String> list(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

package org.bulletin.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Publishes atomically: everything is written into a staging folder beside the output
 * ({@code .out.bulletin-staging}), and only a complete build replaces the output, by two renames.
 * A failed or killed build leaves the previous output untouched; leftovers of a killed build are
 * cleaned up (or, if the kill fell between the two renames, the previous output restored) by the
 * next one.
 */
public final class SitePublisher implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private final Path previous;
    private boolean done;

    private SitePublisher(Path output) {
        this.output = output.toAbsolutePath().normalize();
        String name = this.output.getFileName().toString();
        this.staging = this.output.resolveSibling("." + name + ".bulletin-staging");
        this.previous = this.output.resolveSibling("." + name + ".bulletin-previous");
    }

    /** Prepares an empty staging folder beside {@code output}, recovering from an earlier crash first. */
    public static SitePublisher open(Path output) throws IOException {
        SitePublisher p = new SitePublisher(output);
        Files.createDirectories(p.output.getParent());
        if (Files.exists(p.previous)) {
            if (Files.exists(p.output)) {
                deleteTree(p.previous);
            } else {
                Files.move(p.previous, p.output);
            }
        }
        deleteTree(p.staging);
        Files.createDirectories(p.staging);
        return p;
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
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    public void copy(Path source, String sitePath) throws IOException {
        Path target = resolve(sitePath);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Swaps the complete staging folder in as the output. */
    public void commit() throws IOException {
        if (Files.exists(output)) {
            move(output, previous);
            move(staging, output);
            deleteTree(previous);
        } else {
            move(staging, output);
        }
        done = true;
    }

    /** Without a commit, removes the staging folder and leaves the output as it was. */
    @Override
    public void close() throws IOException {
        if (!done) {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
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

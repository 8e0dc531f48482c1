package org.bulletin.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a whole folder atomically: everything is written into a staging folder beside it
 * ({@code .NAME.bulletin-staging}), and only a complete one replaces the folder, by two renames
 * ({@code .NAME.bulletin-previous} in between). A failed or killed write leaves the folder as it was;
 * leftovers of a killed write are cleaned up, or, when the kill fell between the two renames, the
 * previous folder restored, by the next {@link #open}. The site's publisher and the report use it.
 */
public final class FolderSwap implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final Path previous;
    private boolean done;

    private FolderSwap(Path target) {
        this.target = target.toAbsolutePath().normalize();
        String name = this.target.getFileName().toString();
        this.staging = this.target.resolveSibling("." + name + ".bulletin-staging");
        this.previous = this.target.resolveSibling("." + name + ".bulletin-previous");
    }

    /** An empty staging folder for {@code target}, after recovering from an earlier interrupted swap. */
    public static FolderSwap open(Path target) throws IOException {
        FolderSwap swap = new FolderSwap(target);
        Files.createDirectories(swap.target.getParent());
        if (Files.exists(swap.previous)) {
            if (Files.exists(swap.target)) {
                FileTrees.delete(swap.previous);
            } else {
                Files.move(swap.previous, swap.target);
            }
        }
        FileTrees.delete(swap.staging);
        Files.createDirectories(swap.staging);
        return swap;
    }

    /** The folder being replaced, absolute. */
    public Path target() {
        return target;
    }

    /** Where to write the new folder's files. */
    public Path staging() {
        return staging;
    }

    /** Swaps the complete staging folder in as the target. */
    public void commit() throws IOException {
        if (Files.exists(target)) {
            move(target, previous);
            move(staging, target);
            FileTrees.delete(previous);
        } else {
            move(staging, target);
        }
        done = true;
    }

    /** Without a commit, removes the staging folder and leaves the target as it was. */
    @Override
    public void close() throws IOException {
        if (!done) {
            FileTrees.delete(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}

package org.bulletin.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bulletin.files.FileTrees;

/**
 * Replaces the report folder atomically, the way the site's publisher replaces the site: the report
 * is written into {@code .NAME.bulletin-staging} beside it, and only a complete one replaces the
 * folder, by two renames ({@code .NAME.bulletin-previous} in between). A failed or killed write
 * leaves the previous report as it was; leftovers are cleaned up, or the previous report restored
 * when a kill fell between the renames, by the next write.
 */
final class ReportFolder implements AutoCloseable {

    private final Path folder;
    private final Path staging;
    private final Path previous;
    private boolean done;

    private ReportFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        String name = this.folder.getFileName().toString();
        this.staging = this.folder.resolveSibling("." + name + ".bulletin-staging");
        this.previous = this.folder.resolveSibling("." + name + ".bulletin-previous");
    }

    /** An empty staging folder for {@code folder}, after recovering from an earlier interrupted write. */
    static ReportFolder open(Path folder) throws IOException {
        ReportFolder f = new ReportFolder(folder);
        Files.createDirectories(f.folder.getParent());
        if (Files.exists(f.previous)) {
            if (Files.exists(f.folder)) {
                FileTrees.delete(f.previous);
            } else {
                Files.move(f.previous, f.folder);
            }
        }
        FileTrees.delete(f.staging);
        Files.createDirectories(f.staging);
        return f;
    }

    /** Where to write the report. */
    Path staging() {
        return staging;
    }

    /** Swaps the complete staging folder in as the report folder. */
    void commit() throws IOException {
        if (Files.exists(folder)) {
            move(folder, previous);
            move(staging, folder);
            FileTrees.delete(previous);
        } else {
            move(staging, folder);
        }
        done = true;
    }

    /** Without a commit, removes the staging folder and leaves the report folder as it was. */
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

package org.bulletin.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletin.text.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashesTest {

    private static final String WRONG = "0".repeat(64);

    @TempDir
    Path dir;

    private Path file;
    private String key;

    @BeforeEach
    void writeFile() throws IOException {
        file = dir.resolve("a.adoc");
        Files.writeString(file, "= A\n\nText.\n");
        key = file.toAbsolutePath().normalize().toString();
    }

    /** A run a minute from now, when every file written by the test is old enough to remember. */
    private static FileHashes later(Map<String, FileHashes.Known> previous) {
        return new FileHashes(previous, System.currentTimeMillis() + 60_000);
    }

    @Test
    void hashesTheContents() throws IOException {
        assertThat(later(Map.of()).hash(file)).isEqualTo(Sha256.hex(file)).hasSize(64).isNotEqualTo(WRONG);
    }

    @Test
    void reusesTheStoredHashWhileSizeAndTimesAreUnchanged() throws IOException {
        FileHashes first = later(Map.of());
        first.hash(file);
        FileHashes.Known known = first.remembered().get(key);
        // a stored hash that reading the file could never give: only reuse returns it
        Map<String, FileHashes.Known> stored = Map.of(key, new FileHashes.Known(known.stamp(), WRONG));

        assertThat(later(stored).hash(file)).isEqualTo(WRONG);
    }

    @Test
    void readsAFileAgainWhenItChanged() throws IOException {
        FileHashes first = later(Map.of());
        first.hash(file);
        Map<String, FileHashes.Known> stored = Map.of(key, new FileHashes.Known(first.remembered().get(key).stamp(), WRONG));
        Files.writeString(file, "= A\n\nMore text.\n");

        assertThat(later(stored).hash(file)).isEqualTo(Sha256.hex(file)).isNotEqualTo(WRONG);
    }

    @Test
    void readsAFileAgainWhenItWasEditedWithItsSizeAndModificationTimeKept() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "no change time here");
        var mtime = Files.getLastModifiedTime(file);
        FileHashes first = later(Map.of());
        first.hash(file);
        Map<String, FileHashes.Known> stored = Map.of(key, new FileHashes.Known(first.remembered().get(key).stamp(), WRONG));
        sleepPastClockTick();
        Files.writeString(file, "= B\n\nText.\n"); // same size
        Files.setLastModifiedTime(file, mtime);  // and the old modification time: the change time still moves

        assertThat(later(stored).hash(file)).isEqualTo(Sha256.hex(file)).isNotEqualTo(WRONG);
    }

    @Test
    void doesNotRememberFilesChangedJustBeforeTheyWereHashed() throws IOException {
        FileHashes now = new FileHashes(Map.of(), System.currentTimeMillis());
        now.hash(file);

        assertThat(now.remembered()).isEmpty();
        FileHashes later = later(Map.of());
        later.hash(file);
        assertThat(later.remembered()).containsOnlyKeys(key);
    }

    @Test
    void storesAndReadsBackItsLinesAndSkipsDamagedOnes() throws IOException {
        FileHashes first = later(Map.of());
        first.hash(file);
        List<String> lines = new java.util.ArrayList<>(FileHashes.lines(first.remembered()));
        lines.add("garbage");
        lines.add("1 2 3\tnot-a-hash\t/x");

        assertThat(FileHashes.parse(lines)).isEqualTo(first.remembered());
    }

    @Test
    void walksATreeSkippingHiddenAndIgnoredFolders() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref");
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/x.html"), "x");
        Files.writeString(dir.resolve(".a.adoc.swp"), "x");

        Map<String, String> tree = later(Map.of()).tree(dir, List.of(dir.resolve("target")));

        assertThat(tree).containsOnlyKeys("a.adoc");
        assertThat(tree.get("a.adoc")).isEqualTo(Files.size(file) + " " + Sha256.hex(file));
    }

    /** File times have a granularity; make sure the next write gets a later change time. */
    private static void sleepPastClockTick() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

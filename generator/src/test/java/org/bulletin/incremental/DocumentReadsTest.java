package org.bulletin.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulletin.source.SourceFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys kept with file stamps across processes: a key is taken without reading the file only while the
 * file's size and times are those it was read with, and only with the same salt.
 */
class DocumentReadsTest {

    private static final String SALT = "salt-1";

    @TempDir
    Path dir;

    private Path stamps;
    private SourceFile doc;

    @BeforeEach
    void writeDocument() throws IOException {
        stamps = dir.resolve("cache").resolve(DocumentReads.FILE);
        Path file = dir.resolve("content/a.adoc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "= A\n\nText.\n", StandardCharsets.UTF_8);
        doc = new SourceFile(file, "content/a.adoc");
    }

    /** A build a minute from now, when every file the test wrote is old enough to be remembered. */
    private static long later() {
        return System.currentTimeMillis() + 60_000;
    }

    /** What a new process (a new generator) reads, after the last one stored its stamps. */
    private DocumentReads.Read inANewProcess(String salt) {
        DocumentReads reads = new DocumentReads();
        reads.load(stamps);
        return reads.read(doc, salt, later());
    }

    private String storeStamps() {
        DocumentReads first = new DocumentReads();
        first.load(stamps);
        DocumentReads.Read read = first.read(doc, SALT, later());
        first.save(stamps, List.of(doc), SALT);
        return read.key();
    }

    @Test
    void aNewProcessTakesTheKeyOfAnUnchangedDocumentWithoutReadingIt() throws IOException {
        String key = storeStamps();

        DocumentReads.Read again = inANewProcess(SALT);

        assertThat(key).isEqualTo(ConversionCache.key(SALT, doc.relative(), Files.readAllBytes(doc.path())));
        assertThat(again.readable()).isTrue();
        assertThat(again.key()).isEqualTo(key);
        assertThat(again.text()).as("not read").isNull();
    }

    @Test
    void readsAnEditedDocumentAgain() throws IOException {
        String key = storeStamps();
        Files.writeString(doc.path(), "= A\n\nMore text.\n", StandardCharsets.UTF_8);

        DocumentReads.Read again = inANewProcess(SALT);

        assertThat(again.text()).isEqualTo("= A\n\nMore text.\n");
        assertThat(again.key()).isNotEqualTo(key)
                .isEqualTo(ConversionCache.key(SALT, doc.relative(), Files.readAllBytes(doc.path())));
    }

    @Test
    void readsADocumentAgainThatWasEditedWithItsSizeAndModificationTimeKept() throws IOException, InterruptedException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "no change time here");
        var mtime = Files.getLastModifiedTime(doc.path());
        storeStamps();
        Thread.sleep(20); // past the file system's clock tick
        Files.writeString(doc.path(), "= B\n\nText.\n", StandardCharsets.UTF_8); // same size
        Files.setLastModifiedTime(doc.path(), mtime); // and time: only the change time moves

        assertThat(inANewProcess(SALT).text()).isEqualTo("= B\n\nText.\n");
    }

    @Test
    void anotherSaltReadsEveryDocument() {
        storeStamps();

        DocumentReads.Read again = inANewProcess("salt-2");

        assertThat(again.text()).isEqualTo("= A\n\nText.\n");
        assertThat(again.key()).isEqualTo(ConversionCache.key("salt-2", doc.relative(), "= A\n\nText.\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void doesNotRememberADocumentChangedJustBeforeItWasRead() {
        DocumentReads first = new DocumentReads();
        first.read(doc, SALT, System.currentTimeMillis());
        first.save(stamps, List.of(doc), SALT);

        assertThat(inANewProcess(SALT).text()).as("read again").isNotNull();
    }

    @Test
    void aDamagedOrForeignStampFileCountsAsNone() throws IOException {
        storeStamps();
        String stored = Files.readString(stamps);
        Files.writeString(stamps, stored.replace("\t", " "));
        assertThat(inANewProcess(SALT).text()).isNotNull();
        Files.writeString(stamps, stored.replace("bulletin-sources-1", "something-else"));
        assertThat(inANewProcess(SALT).text()).isNotNull();
        Files.writeString(stamps, stored);
        assertThat(inANewProcess(SALT).text()).isNull();
    }

    @Test
    void neverRemembersDocumentsThatAreNotCachedOrNotUtf8() throws IOException {
        Files.writeString(doc.path(), "= A\n\ninclude::other.adoc[]\n", StandardCharsets.UTF_8);
        storeStamps();
        assertThat(inANewProcess(SALT).text()).isNotNull();

        Files.write(doc.path(), new byte[] {'=', ' ', (byte) 0xC3, '\n'});
        DocumentReads reads = new DocumentReads();
        assertThat(reads.read(doc, SALT, later()).readable()).isFalse();
        reads.save(stamps, List.of(doc), SALT);
        assertThat(inANewProcess(SALT).readable()).isFalse();
    }

    @Test
    void savesTheSameStampsAsTheSameBytes() throws IOException {
        storeStamps();
        byte[] first = Files.readAllBytes(stamps);
        storeStamps();
        assertThat(Files.readAllBytes(stamps)).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("bulletin-sources-1 " + SALT + "\n")
                .endsWith("\tcontent/a.adoc\n");
    }
}

package org.bulletin.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextsTest {

    @TempDir
    Path dir;

    @Test
    void readsADocumentNotReadYetWhenAskedAndKeepsTextsGivenToIt() throws IOException {
        Path a = dir.resolve("a.adoc");
        Path b = dir.resolve("b.adoc");
        Files.write(a, "\uFEFF= A\r\n\r\n文字\r\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(b, "on disk", StandardCharsets.UTF_8);
        SourceTexts texts = new SourceTexts();
        texts.add(new SourceFile(a, "content/a.adoc"), null);
        texts.add(new SourceFile(b, "content/b.adoc"), "as read for the build");

        assertThat(texts.get("content/a.adoc")).isEqualTo("= A\n\n文字\n");
        assertThat(texts.get("content/b.adoc")).isEqualTo("as read for the build");
        assertThat(texts.get("content/unknown.adoc")).isEmpty();
        Files.delete(a);
        assertThat(texts.get("content/a.adoc")).as("read once").isEqualTo("= A\n\n文字\n");
    }

    @Test
    void aDocumentThatCannotBeReadHasNoText() throws IOException {
        Path bad = dir.resolve("bad.adoc");
        Files.write(bad, new byte[] {'=', ' ', (byte) 0xC3});
        SourceTexts texts = new SourceTexts();
        texts.add(new SourceFile(bad, "content/bad.adoc"), null);
        texts.add(new SourceFile(dir.resolve("gone.adoc"), "content/gone.adoc"), null);

        assertThat(texts.get("content/bad.adoc")).isEmpty();
        assertThat(texts.get("content/gone.adoc")).isEmpty();
    }
}

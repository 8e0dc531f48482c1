package org.bulletin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Asciidoctor's messages as an editor reads them: never naming {@code <stdin>}, the text Bulletin hands it. */
class AsciidoctorMessagesTest {

    @Test
    void messagesNeverNameStdin() {
        // Asciidoctor's wording when a node has no docfile of its own (AbstractNode#read_asset)
        assertThat(AsciidoctorMessages.explain("<stdin>: SVG does not exist or cannot be read: images/x.svg").english())
                .isEqualTo("SVG does not exist or cannot be read: images/x.svg");
        assertThat(AsciidoctorMessages.explain("asciidoctor: FAILED: <stdin>: Failed to load AsciiDoc document").english())
                .isEqualTo("asciidoctor: FAILED: the document: Failed to load AsciiDoc document");
        assertThat(AsciidoctorMessages.explain("include file not found: <stdin>/a.adoc").english()).doesNotContain("<stdin>");
    }
}

package org.bulletin.parse;

import java.time.LocalDate;
import java.util.List;
import org.asciidoctor.ast.Document;
import org.bulletin.source.SourceFile;

import org.bulletin.text.SourceLines;
/**
 * An AsciiDoc file loaded once (header and body in one pass) with its {@code :jbake-*:} header read.
 *
 * @param file     the source
 * @param text     the source text (UTF-8, LF line ends)
 * @param document the loaded Asciidoctor document, ready to convert
 * @param type     {@code :jbake-type:}: which parser reads it
 * @param status   {@code published} or {@code draft}
 * @param title    plain-text title
 * @param date     the date, or null
 * @param tags     tags
 * @param included the files it includes, relative to the site folder (where messages without a line may be)
 */
public record ParsedDocument(SourceFile file, String text, Document document, DocumentType type, String status,
                             String title, LocalDate date, List<String> tags, List<String> included) {

    public ParsedDocument {
        included = List.copyOf(included);
    }

    public boolean isDraft() {
        return "draft".equals(status);
    }

    /** The 1-based line where header attribute {@code :name:} is set, or 1. */
    public int attributeLine(String name) {
        return SourceLines.attributeLine(text, name);
    }
}

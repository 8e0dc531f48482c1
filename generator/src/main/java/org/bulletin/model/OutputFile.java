package org.bulletin.model;

import java.nio.charset.StandardCharsets;

/**
 * A generated file before publishing.
 *
 * @param path    output path relative to the site root, {@code /} separated
 * @param content the text
 * @param html    true for HTML pages, which go through post-processing
 * @param source  the content file it came from (for messages), or empty
 */
public record OutputFile(String path, String content, boolean html, String source) {

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    public OutputFile withContent(String newContent) {
        return new OutputFile(path, newContent, html, source);
    }
}

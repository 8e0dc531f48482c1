package org.bulletin.source;

import java.nio.file.Path;

/**
 * A file of the site.
 *
 * @param path     absolute path on disk
 * @param relative path relative to the site folder, with {@code /} separators (used in messages)
 */
public record SourceFile(Path path, String relative) {
}

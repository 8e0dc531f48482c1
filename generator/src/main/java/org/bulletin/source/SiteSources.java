package org.bulletin.source;

import java.nio.file.Path;
import java.util.List;

/**
 * What the scan found, each list sorted by relative path so builds are repeatable.
 *
 * @param siteDir   the site folder
 * @param documents AsciiDoc and Markdown files, and HTML files with a JBake header, under the content folder
 * @param contentAssets other files under the content folder, published as they are
 * @param assets    files under the assets folder, published at the site root
 * @param data      files under the data folder
 * @param templates the site's own template folder, or null when it has none
 */
public record SiteSources(Path siteDir, List<SourceFile> documents, List<SourceFile> contentAssets,
                          List<SourceFile> assets, List<SourceFile> data, Path templates) {
}

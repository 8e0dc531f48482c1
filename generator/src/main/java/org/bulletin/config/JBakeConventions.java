package org.bulletin.config;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The one adapter to jbake-core: JBake's folder names, file names and defaults, read the way JBake
 * reads them ({@code jbake.properties} over JBake's {@code default.properties}, UTF-8).
 *
 * <p>Bulletin owns parsing, the model and rendering; from JBake it takes only these conventions, so
 * a JBake user's {@code content.folder=...} or {@code feed.file=...} keeps working.
 */
final class JBakeConventions {

    private final JBakeConfiguration jbake;

    private JBakeConventions(JBakeConfiguration jbake) {
        this.jbake = jbake;
    }

    /** Reads JBake's view of {@code siteDir}; the site file itself was already checked line by line. */
    static JBakeConventions read(Path siteDir) throws IOException {
        try {
            return new JBakeConventions(new ConfigUtil().setEncoding("UTF-8").loadConfig(siteDir.toFile()));
        } catch (ConfigurationException | RuntimeException e) {
            throw new IOException("cannot read " + siteDir.resolve("jbake.properties") + ": " + e.getMessage(), e);
        }
    }

    /** JBake's defaults alone, for when the site's file cannot be read (its problems are reported). */
    static JBakeConventions defaults() throws IOException {
        Path empty = java.nio.file.Files.createTempDirectory("bulletin-jbake-defaults");
        try {
            return read(empty);
        } finally {
            java.nio.file.Files.deleteIfExists(empty);
        }
    }

    String contentFolder() {
        return jbake.getContentFolderName();
    }

    String assetFolder() {
        return jbake.getAssetFolderName();
    }

    String templateFolder() {
        return jbake.getTemplateFolderName();
    }

    String dataFolder() {
        return jbake.getDataFolderName();
    }

    String outputExtension() {
        return jbake.getOutputExtension();
    }

    String feedFile() {
        return jbake.getFeedFileName();
    }

    String archiveFile() {
        return jbake.getArchiveFileName();
    }

    String sitemapFile() {
        return jbake.getSiteMapFileName();
    }

    String error404File() {
        return jbake.getError404FileName();
    }

    String indexFile() {
        return jbake.getIndexFileName();
    }

    String tagPath() {
        return jbake.getTagPathName();
    }

    String draftSuffix() {
        return jbake.getDraftSuffix();
    }

    String dateFormat() {
        return jbake.getDateFormat();
    }

    /** The ignore marker file ({@code .jbakeignore}): a folder holding it is skipped. */
    String ignoreFile() {
        return jbake.getIgnoreFileName();
    }

    /** True when {@code dir} exists and is a folder JBake would accept as a site. */
    static boolean isFolder(Path dir) {
        File f = dir.toFile();
        return f.isDirectory() && Files.isReadable(dir);
    }
}

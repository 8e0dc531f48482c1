package org.bulletin.config;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.jbake.app.configuration.ConfigUtil;

/**
 * The one adapter to jbake-core: JBake's folder names, file names and defaults, with JBake's precedence:
 * the site's {@code custom.properties} (JBake's legacy name) over its {@code jbake.properties} over
 * jbake-core's own {@code default.properties}, all UTF-8.
 *
 * <p>Bulletin owns parsing, the model and rendering; from JBake it takes only these conventions, so
 * a JBake user's {@code content.folder=...} or {@code feed.file=...} keeps working. The files are read
 * as plain properties: JBake's loader (commons-configuration) cost 0.3 s of class loading per build,
 * more than the rest of a build with nothing changed. {@code JBakeConventionsTest} checks that both
 * read the same values.
 */
final class JBakeConventions {

    private final Properties jbake;

    private JBakeConventions(Properties jbake) {
        this.jbake = jbake;
    }

    /** Reads JBake's view of {@code siteDir}; the site file itself was already checked line by line. */
    static JBakeConventions read(Path siteDir) throws IOException {
        Properties p = new Properties();
        URL defaults = ConfigUtil.class.getClassLoader().getResource("default.properties");
        if (defaults == null) {
            throw new IOException("jbake-core's default.properties is missing from the class path");
        }
        try (InputStream in = defaults.openStream()) {
            load(p, in, "default.properties");
        }
        for (String name : new String[] {"jbake.properties", "custom.properties"}) {
            Path file = siteDir.resolve(name);
            if (Files.isRegularFile(file)) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                try {
                    p.load(new java.io.StringReader(text));
                } catch (IllegalArgumentException e) {
                    throw new Unreadable(name, Math.max(1, org.bulletin.text.SourceLines.lineOf(text, "\\u")), e);
                }
            }
        }
        return new JBakeConventions(p);
    }

    /** A site properties file that {@link java.util.Properties} cannot read (a broken backslash-u escape). */
    static final class Unreadable extends IOException {
        final String file;
        final int line;

        Unreadable(String file, int line, IllegalArgumentException cause) {
            super("cannot read " + file + ": " + cause.getMessage(), cause);
            this.file = file;
            this.line = line;
        }
    }

    private static void load(Properties into, InputStream in, String name) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            into.load(reader);
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot read " + name + ": " + e.getMessage(), e);
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

    private String get(String key) {
        String v = jbake.getProperty(key);
        return v == null ? null : v.strip();
    }

    String contentFolder() {
        return get("content.folder");
    }

    String assetFolder() {
        return get("asset.folder");
    }

    String templateFolder() {
        return get("template.folder");
    }

    String dataFolder() {
        return get("data.folder");
    }

    String outputExtension() {
        return get("output.extension");
    }

    String feedFile() {
        return get("feed.file");
    }

    String archiveFile() {
        return get("archive.file");
    }

    String sitemapFile() {
        return get("sitemap.file");
    }

    String error404File() {
        return get("error404.file");
    }

    String indexFile() {
        return get("index.file");
    }

    String tagPath() {
        return get("tag.path");
    }

    String draftSuffix() {
        return get("draft.suffix");
    }

    String dateFormat() {
        return get("date.format");
    }

    /** The ignore marker file ({@code .jbakeignore}): a folder holding it is skipped. */
    String ignoreFile() {
        return get("ignore.file");
    }

    /** True when {@code dir} exists and is a folder JBake would accept as a site. */
    static boolean isFolder(Path dir) {
        File f = dir.toFile();
        return f.isDirectory() && Files.isReadable(dir);
    }
}

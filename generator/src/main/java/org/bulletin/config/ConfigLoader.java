package org.bulletin.config;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.text.TextFiles;

/**
 * Reads {@code jbake.properties}, applies overrides (command line {@code -D}, Maven
 * {@code siteProperties}) and turns the strings into a {@link SiteConfig}, reporting bad values as
 * {@code jbake.properties:LINE: …}.
 */
public final class ConfigLoader {

    public static final String FILE = "jbake.properties";
    private static final String DEFAULT_HOST = "http://localhost/";
    /** {@code site.locale} when the site does not set it. */
    public static final String DEFAULT_LOCALE = "zh-CN";
    private static final java.util.regex.Pattern LOCALE_LINE = java.util.regex.Pattern.compile(
            "(?m)^[ \\t\\f]*site\\.locale[ \\t\\f]*[=: \\t\\f][ \\t\\f]*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)[ \\t\\f]*\\r?$");

    private ConfigLoader() {
    }

    /**
     * @param siteDir   the site folder
     * @param overrides keys that win over the site file, e.g. {@code site.host} for staging
     * @param problems  where bad values are reported
     * @return the configuration; with errors reported, defaults stand in for the bad values
     */
    public static SiteConfig load(Path siteDir, Map<String, String> overrides, Problems problems) throws IOException {
        Map<String, String> props = new TreeMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Path file = siteDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            readSiteFile(file, props, lines, problems);
        } else {
            problems.warning(FILE, 0, Text.of("config.no-file"));
        }
        overrides.forEach((k, v) -> {
            props.put(k, v);
            lines.remove(k);
        });
        JBakeConventions jbake;
        try {
            jbake = JBakeConventions.read(siteDir);
        } catch (JBakeConventions.Unreadable e) {
            if (!problems.hasErrors() || !e.file.equals(FILE)) { // jbake.properties' own errors are reported
                problems.error(e.file, e.line, Text.of("config.unreadable-escape"));
            }
            jbake = JBakeConventions.defaults();
        } catch (IOException e) {
            if (!problems.hasErrors()) {
                problems.error(FILE, 0, Text.of("config.unreadable"));
            }
            jbake = JBakeConventions.defaults();
        }
        Values values = new Values(props, lines, problems);

        values.timezone();
        String host = values.host();
        return new SiteConfig(
                values.text("site.title", "Bulletin"),
                host,
                URI.create(host).getRawPath(),
                values.text("site.locale", DEFAULT_LOCALE),
                values.text("site.description", ""),
                values.text("site.organiser", ""),
                values.text("site.contact", ""),
                values.text("site.icp", ""),
                values.date("campaign.start"),
                values.date("campaign.end"),
                values.bool("strict", false),
                values.integer("index.posts", 10, 1, 1000),
                new SiteConfig.Layout(
                        values.folder("content.folder", jbake.contentFolder(), "content"),
                        values.folder("asset.folder", jbake.assetFolder(), "assets"),
                        values.folder("template.folder", jbake.templateFolder(), "templates"),
                        values.folder("data.folder", jbake.dataFolder(), "data"),
                        values.extension("output.extension", jbake.outputExtension(), ".html"),
                        values.sitePath("feed.file", jbake.feedFile(), "feed.xml"),
                        values.sitePath("archive.file", jbake.archiveFile(), "archive.html"),
                        values.sitePath("sitemap.file", jbake.sitemapFile(), "sitemap.xml"),
                        values.sitePath("error404.file", jbake.error404File(), "404.html"),
                        values.sitePath("index.file", jbake.indexFile(), "index.html"),
                        values.sitePath("tag.path", jbake.tagPath(), "tags"),
                        values.text("draft.suffix", jbake.draftSuffix())),
                props,
                lines);
    }

    /**
     * The language of a site's messages before (or without) a build: its {@code site.locale} as well as it
     * can be read, also from a {@code jbake.properties} that cannot be read as a whole (not UTF-8, a broken
     * {@code \\u} escape: the line that sets the locale is usually fine); {@code zh-CN}, the default of
     * {@code site.locale}, when the file does not set it or there is no file.
     */
    public static java.util.Locale language(Path siteDir) {
        String locale = null;
        try {
            Path file = siteDir.resolve(FILE);
            if (Files.isRegularFile(file)) {
                locale = localeLine(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            locale = null; // unreadable: the default
        }
        return java.util.Locale.forLanguageTag(locale == null ? DEFAULT_LOCALE : locale);
    }

    /** The value of the last line that sets {@code site.locale} to a language tag, or null. */
    static String localeLine(String text) {
        java.util.regex.Matcher m = LOCALE_LINE.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1).replace('_', '-');
        }
        return last;
    }

    private static void readSiteFile(Path file, Map<String, String> props, Map<String, Integer> lines,
                                     Problems problems) throws IOException {
        String text;
        try {
            text = TextFiles.readUtf8(file);
        } catch (CharacterCodingException e) {
            problems.error(FILE, TextFiles.firstBadLine(file), Text.of("config.not-utf8"));
            keepLocale(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8), props);
            return;
        }
        Properties parsed = new Properties();
        try {
            parsed.load(new StringReader(text));
        } catch (IllegalArgumentException e) {
            int line = Math.max(1, org.bulletin.text.SourceLines.lineOf(text, "\\u"));
            problems.error(FILE, line, Text.of("config.bad-escape"));
            keepLocale(text, props);
            return;
        }
        parsed.stringPropertyNames().forEach(k -> props.put(k, parsed.getProperty(k)));
        String[] rows = text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#") || row.startsWith("!")) {
                continue;
            }
            String key = row.split("[=:\\s]", 2)[0];
            lines.putIfAbsent(key, i + 1);
            String meant = ConfigKeys.closest(key);
            if (meant != null && lines.get(key) == i + 1) {
                problems.warning(FILE, i + 1, Text.of("config.unknown-key-typo", key, meant));
            }
        }
    }

    /**
     * A file that cannot be read as properties still says in which language its problems are to be told:
     * its {@code site.locale} line, when it has a readable one.
     */
    private static void keepLocale(String text, Map<String, String> props) {
        String locale = localeLine(text);
        if (locale != null) {
            props.put("site.locale", locale);
        }
    }

    /** String-to-type conversion with problems at the right line. */
    private record Values(Map<String, String> props, Map<String, Integer> lines, Problems problems) {

        String text(String key, String fallback) {
            String v = props.get(key);
            return v == null || v.isBlank() ? fallback : v.strip();
        }

        /** A folder of the site: relative, inside it, not the site folder itself. */
        String folder(String key, String conventional, String fallback) {
            String v = text(key, conventional).replace('\\', '/');
            if (!insideSite(v)) {
                problems.error(file(key), line(key), Text.of("config.folder-outside", key, v, fallback));
                return fallback;
            }
            return v;
        }

        /** A file or folder name in the output: relative, inside it. */
        String sitePath(String key, String conventional, String fallback) {
            String v = text(key, conventional).replace('\\', '/');
            if (!insideSite(v)) {
                problems.error(file(key), line(key), Text.of("config.path-outside", key, v, fallback));
                return fallback;
            }
            return v;
        }

        /** The ending of page files, such as {@code .html}. */
        String extension(String key, String conventional, String fallback) {
            String v = text(key, conventional);
            if (!v.matches("\\.[A-Za-z0-9]{1,10}")) {
                problems.error(file(key), line(key), Text.of("config.bad-extension", key, v));
                return fallback;
            }
            return v;
        }

        private static boolean insideSite(String v) {
            if (v.startsWith("/") || v.startsWith("~") || v.indexOf(':') >= 0 || v.indexOf('\0') >= 0) {
                return false;
            }
            for (String part : v.split("/")) {
                if (part.equals("..") || part.equals(".") ) {
                    return false;
                }
            }
            return !v.isBlank();
        }

        int line(String key) {
            return lines.getOrDefault(key, 0);
        }

        String file(String key) {
            return lines.containsKey(key) ? FILE : "";
        }

        /** Checks {@code site.timezone} (read through {@link SiteConfig#zone()}). */
        void timezone() {
            String v = text("site.timezone", null);
            if (v != null && SiteConfig.zoneOf(v) == null) {
                problems.error(file("site.timezone"), line("site.timezone"), Text.of("config.bad-timezone", v));
            }
        }

        LocalDate date(String key) {
            String v = text(key, null);
            if (v == null) {
                return null;
            }
            LocalDate date = org.bulletin.text.DateText.date(v);
            if (date == null) {
                problems.error(file(key), line(key), Text.of("config.bad-date", key, v));
            }
            return date;
        }

        boolean bool(String key, boolean fallback) {
            String v = text(key, null);
            if (v == null) {
                return fallback;
            }
            return switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> {
                    problems.error(file(key), line(key), Text.of("config.not-boolean", key, v));
                    yield fallback;
                }
            };
        }

        int integer(String key, int fallback, int min, int max) {
            String v = text(key, null);
            if (v == null) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.error(file(key), line(key), Text.of("config.not-number", key, v, min, max));
            return fallback;
        }

        String host() {
            String v = text("site.host", null);
            if (v == null) {
                problems.warning(FILE, 0, Text.of("config.no-host"));
                return DEFAULT_HOST;
            }
            try {
                URI uri = new URI(v);
                if (!uri.isAbsolute() || uri.getHost() == null
                        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    throw new URISyntaxException(v, "not absolute");
                }
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                if (!path.endsWith("/")) {
                    path = path + "/";
                }
                return uri.getScheme() + "://" + uri.getRawAuthority() + path;
            } catch (URISyntaxException e) {
                problems.error(file("site.host"), line("site.host"), Text.of("config.bad-host", v));
                return DEFAULT_HOST;
            }
        }
    }
}

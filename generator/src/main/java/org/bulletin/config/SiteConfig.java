package org.bulletin.config;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The typed configuration of one site: every default lives in {@link ConfigLoader}; only the loader
 * sees string keys. Extension keys ({@code quiz.*}, {@code messages.*}, {@code images.*} …) stay
 * available through {@link #get(String, String)}.
 *
 * @param title         {@code site.title}
 * @param host          {@code site.host}, absolute, always ending with {@code /}
 * @param basePath      the path part of the host ({@code /} or {@code /meiting/})
 * @param locale        {@code site.locale} as a language tag, {@code zh-CN} by default
 * @param description   {@code site.description}
 * @param organiser     {@code site.organiser}
 * @param contact       {@code site.contact}
 * @param icp           {@code site.icp}, the ICP filing number, or empty
 * @param campaignStart {@code campaign.start}, or null
 * @param campaignEnd   {@code campaign.end}, or null
 * @param strict        {@code strict}: warnings fail the build
 * @param homePosts     {@code index.posts}: articles listed on the home page
 * @param folders       JBake's folder and file names
 * @param properties    every key of the site file and the overrides, sorted
 * @param lines         the line of {@code jbake.properties} that sets each key read from it
 */
public record SiteConfig(
        String title,
        String host,
        String basePath,
        String locale,
        String description,
        String organiser,
        String contact,
        String icp,
        LocalDate campaignStart,
        LocalDate campaignEnd,
        boolean strict,
        int homePosts,
        Layout folders,
        Map<String, String> properties,
        Map<String, Integer> lines) {

    public SiteConfig {
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
        lines = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(lines)); // sorted: part of fingerprints
    }

    /**
     * Reports a bad setting as {@code jbake.properties:LINE: message}, at the line of the first of
     * {@code keys} that the file sets (no line when none is, e.g. a value given as an override).
     */
    public void invalid(org.bulletin.problem.Problems problems, org.bulletin.problem.Text message, String... keys) {
        int line = 0;
        for (String key : keys) {
            if (lines.containsKey(key)) {
                line = lines.get(key);
                break;
            }
        }
        problems.error(ConfigLoader.FILE, line, message);
    }

    /**
     * The language of the site's pages and of Bulletin's messages about it: {@code site.locale}
     * ({@code zh-CN} unless set; {@code zh_CN} is read as {@code zh-CN}).
     */
    public java.util.Locale language() {
        return java.util.Locale.forLanguageTag(locale.replace('_', '-')); // zh_CN as Java writes it, too
    }

    /** The line of {@code jbake.properties} that sets {@code key}, or 0 when it is not set there. */
    public int line(String key) {
        return lines.getOrDefault(key, 0);
    }

    /**
     * Folder and file names, JBake's keys and defaults.
     *
     * @param content    {@code content.folder}
     * @param assets     {@code asset.folder}
     * @param templates  {@code template.folder}
     * @param data       {@code data.folder}
     * @param extension  {@code output.extension}
     * @param feed       {@code feed.file}
     * @param archive    {@code archive.file}
     * @param sitemap    {@code sitemap.file}
     * @param error404   {@code error404.file}
     * @param index      {@code index.file}
     * @param tags       {@code tag.path}
     * @param draftSuffix {@code draft.suffix}
     */
    public record Layout(String content, String assets, String templates, String data, String extension,
                         String feed, String archive, String sitemap, String error404, String index,
                         String tags, String draftSuffix) {
    }

    /** An extension key's value, or the fallback when unset or blank. */
    public String get(String key, String fallback) {
        String value = properties.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /**
     * JBake's {@code render.*} switches ({@code tags}, {@code archive}, {@code feed}, {@code sitemap},
     * {@code error404}): Bulletin generates each output unless its key says {@code false}, and the theme
     * links only to what is generated.
     */
    public boolean renders(String output) {
        return !"false".equalsIgnoreCase(get("render." + output, "true"));
    }

    /** True for {@code zh…} locales: the UI speaks Chinese. */
    public boolean chinese() {
        return locale.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
    }

    /**
     * The zone of times written without an offset (quiz opening and closing times): {@code site.timezone},
     * else Asia/Shanghai for a {@code zh} locale (Asia/Taipei for zh-TW, Asia/Hong_Kong for zh-HK), else
     * null (such times then need an offset).
     */
    public java.time.ZoneId zone() {
        String set = get("site.timezone", null);
        if (set != null) {
            return zoneOf(set);
        }
        if (!chinese()) {
            return null;
        }
        String tag = locale.toUpperCase(java.util.Locale.ROOT).replace('_', '-');
        return java.time.ZoneId.of(tag.endsWith("-TW") ? "Asia/Taipei" : tag.endsWith("-HK") ? "Asia/Hong_Kong"
                : tag.endsWith("-MO") ? "Asia/Macau" : "Asia/Shanghai");
    }

    /** The zone named {@code name} (a region such as Asia/Shanghai, or an offset such as +08:00), or null. */
    public static java.time.ZoneId zoneOf(String name) {
        try {
            return java.time.ZoneId.of(name.strip());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The absolute URL of a site path such as {@code articles/a.html}, percent-encoded ({@code a b} → {@code a%20b}). */
    public String absoluteUrl(String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return host + org.bulletin.text.Urls.encodePath(path);
    }
}

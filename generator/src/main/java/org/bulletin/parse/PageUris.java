package org.bulletin.parse;

import org.bulletin.config.SiteConfig;

/**
 * Where a content document is published: {@code content/articles/a.adoc} → {@code articles/a.html}
 * ({@code output.extension}). With JBake's {@code uri.noExtension=true} (only for paths under
 * {@code uri.noExtension.prefix} when it is set) it is {@code articles/a/index.html}: the address is the
 * clean {@code …/articles/a/} on a web server, and the page-relative links Bulletin writes name the
 * {@code index.html} file, so the site still works opened from the file system and under any sub-path.
 */
public final class PageUris {

    private PageUris() {
    }

    public static String uri(SiteConfig config, String relative) {
        String prefix = config.folders().content() + "/";
        String path = relative.startsWith(prefix) ? relative.substring(prefix.length()) : relative;
        String base = path.substring(0, path.lastIndexOf('.'));
        if (cleanUris(config) && underPrefix(config, base) && !isIndex(config, base)) {
            return base + "/" + config.folders().index();
        }
        return base + config.folders().extension();
    }

    private static boolean cleanUris(SiteConfig config) {
        return "true".equalsIgnoreCase(config.get("uri.noExtension", "false"));
    }

    private static boolean underPrefix(SiteConfig config, String base) {
        String prefix = config.get("uri.noExtension.prefix", "");
        prefix = prefix.startsWith("/") ? prefix.substring(1) : prefix;
        return prefix.isEmpty() || base.startsWith(prefix);
    }

    /** {@code index} and {@code blog/index} stay what they are: they already are a folder's page. */
    private static boolean isIndex(SiteConfig config, String base) {
        String index = config.folders().index();
        String indexBase = index.contains(".") ? index.substring(0, index.lastIndexOf('.')) : index;
        return base.equals(indexBase) || base.endsWith("/" + indexBase);
    }
}

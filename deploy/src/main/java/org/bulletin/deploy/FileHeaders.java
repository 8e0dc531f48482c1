package org.bulletin.deploy;

import java.util.regex.Pattern;
import org.bulletin.files.MediaTypes;

/**
 * The {@code Content-Type} and {@code Cache-Control} of each published file. Pages, the feed and the
 * sitemap are {@code no-cache} (the browser asks every time, and a fixed article reaches WeChat's
 * in-app browser at once); files whose name carries a content key ({@code photo-480.1a2b3c4d.webp}, the
 * theme's {@code css/site.3f9a2c1b.css}) never change under their name and are cached for a year;
 * everything else for a few minutes.
 */
public final class FileHeaders {

    /** Cache-Control of pages, the feed and the sitemap. */
    public static final String NO_CACHE = "no-cache";
    /** Cache-Control of content-keyed files. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Cache-Control of everything else (favicon, robots.txt, the site's own files with plain names). */
    public static final String SHORT = "public, max-age=300";

    /** A name with a content key: a dot, at least 8 hex digits, a dot and the ending. */
    private static final Pattern CONTENT_KEYED = Pattern.compile(".*\\.[0-9a-f]{8,64}\\.[A-Za-z0-9]+$");


    private final String feed;
    private final String sitemap;

    /**
     * @param feed    the feed's site path ({@code feed.file}, e.g. {@code feed.xml})
     * @param sitemap the sitemap's site path ({@code sitemap.file})
     */
    public FileHeaders(String feed, String sitemap) {
        this.feed = feed;
        this.sitemap = sitemap;
    }

    /** The Content-Type of a site path; text types say {@code charset=utf-8}. */
    public String contentType(String path) {
        if (path.equals(feed)) {
            return "application/atom+xml; charset=utf-8";
        }
        return MediaTypes.of(path);
    }

    /** The Cache-Control of a site path. */
    public String cacheControl(String path) {
        if (isPage(path) || path.equals(feed) || path.equals(sitemap)) {
            return NO_CACHE;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return CONTENT_KEYED.matcher(name).matches() ? IMMUTABLE : SHORT;
    }

    /** True for HTML pages. */
    public static boolean isPage(String path) {
        String ext = MediaTypes.extension(path);
        return ext.equals("html") || ext.equals("htm");
    }
}

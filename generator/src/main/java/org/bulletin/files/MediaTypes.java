package org.bulletin.files;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of each kind of file a site publishes, by its ending: one table for the dev
 * server and for deploying, so a file is served the same in the preview and on the host. Text types say
 * {@code charset=utf-8} (object storage and some browsers guess otherwise, and Chinese turns to mojibake).
 */
public final class MediaTypes {

    /** The type of a file whose ending is not in the table: the browser downloads it. */
    public static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("webp", "image/webp"),
            Map.entry("gif", "image/gif"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("mp4", "video/mp4"));

    private MediaTypes() {
    }

    /** The Content-Type of a file name or site path ({@link #UNKNOWN} for an ending not in the table). */
    public static String of(String path) {
        return TYPES.getOrDefault(extension(path), UNKNOWN);
    }

    /** The ending of the file name in {@code path}, in lower case, without the dot; empty when it has none. */
    public static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

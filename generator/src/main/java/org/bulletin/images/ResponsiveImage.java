package org.bulletin.images;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A photo as published: its variants in several widths and formats.
 *
 * @param src      the largest fallback (JPEG or PNG; GIF/SVG as copied), relative to the output root
 * @param width    width of {@code src} in pixels (0 when unknown, e.g. an SVG without a size)
 * @param height   height of {@code src} in pixels
 * @param variants every published file, sorted by format then width
 * @param hadGps   the source carried GPS location data (removed from every variant)
 */
public record ResponsiveImage(String src, int width, int height, List<Variant> variants, boolean hadGps) {

    public ResponsiveImage {
        variants = List.copyOf(variants);
    }

    /** The fallback format: {@code jpeg}, {@code png}, {@code gif} or {@code svg}. */
    public String fallbackFormat() {
        return variants.stream().filter(v -> v.path().equals(src)).findFirst().map(Variant::format).orElse("jpeg");
    }

    /** True for GIF and SVG, which are published as they are (one file, no srcset). */
    public boolean copiedAsIs() {
        String f = fallbackFormat();
        return f.equals("gif") || f.equals("svg");
    }

    public List<Variant> variants(String format) {
        return variants.stream().filter(v -> v.format().equals(format)).toList();
    }

    /**
     * The {@code srcset} value for one format, e.g. {@code ../images/x-480.ab12cd34.webp 480w, …}.
     *
     * @param format    {@code webp} or the fallback format
     * @param urlPrefix put before each path: the page's way back to the site root, e.g. {@code ../}
     */
    public String srcset(String format, String urlPrefix) {
        return variants(format).stream().map(v -> urlPrefix + v.path() + " " + v.width() + "w")
                .collect(Collectors.joining(", "));
    }

    public String webpSrcset(String urlPrefix) {
        return srcset("webp", urlPrefix);
    }

    public String fallbackSrcset(String urlPrefix) {
        return srcset(fallbackFormat(), urlPrefix);
    }

    /** The smallest variant of the format at least {@code minWidth} wide, or the largest one. */
    public Variant pick(String format, int minWidth) {
        List<Variant> list = variants(format);
        return list.stream().filter(v -> v.width() >= minWidth).findFirst().orElse(list.get(list.size() - 1));
    }
}

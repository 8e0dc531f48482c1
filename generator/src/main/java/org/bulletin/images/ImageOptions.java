package org.bulletin.images;

import java.util.List;
import java.util.Map;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

/**
 * How photos are published.
 *
 * @param widths       the widths, in pixels, each photo is published at (never wider than the photo)
 * @param quality      lossy quality 1–100 for JPEG and WebP
 * @param keepOriginal also publish the photo at its full size (still re-encoded, metadata removed)
 * @param maxBytes     larger source files are refused
 * @param maxPixels    sources with more pixels (read from the header) are refused before decoding
 * @param threads      how many photos are encoded at once
 */
public record ImageOptions(List<Integer> widths, int quality, boolean keepOriginal, long maxBytes,
                           long maxPixels, int threads) {

    public static final List<Integer> DEFAULT_WIDTHS = List.of(480, 960, 1440);
    public static final int DEFAULT_QUALITY = 80;
    public static final int DEFAULT_MAX_MB = 30;
    public static final int DEFAULT_MAX_MEGAPIXELS = 50;

    public ImageOptions {
        widths = widths.stream().distinct().sorted().toList();
        if (widths.isEmpty() || widths.get(0) < 1) {
            throw new IllegalArgumentException("widths must be positive: " + widths);
        }
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality must be 1-100: " + quality);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public static ImageOptions defaults() {
        return new ImageOptions(DEFAULT_WIDTHS, DEFAULT_QUALITY, false, DEFAULT_MAX_MB * 1024L * 1024L,
                DEFAULT_MAX_MEGAPIXELS * 1_000_000L, 2);
    }

    public ImageOptions withThreads(int count) {
        return new ImageOptions(widths, quality, keepOriginal, maxBytes, maxPixels, count);
    }

    /**
     * Reads {@code images.widths} (comma separated), {@code images.quality}, {@code images.keep-original},
     * {@code images.max-mb} and {@code images.max-megapixels}; a bad value is reported against
     * {@code configFile} and its default is used.
     */
    public static ImageOptions parse(Map<String, String> config, String configFile, Problems problems) {
        ImageOptions d = defaults();
        List<Integer> widths = d.widths();
        String rawWidths = config.get("images.widths");
        if (rawWidths != null && !rawWidths.isBlank()) {
            try {
                widths = java.util.Arrays.stream(rawWidths.split("[,\\s]+")).filter(s -> !s.isEmpty())
                        .map(Integer::parseInt).toList();
                if (widths.isEmpty() || widths.stream().anyMatch(w -> w < 16 || w > 10_000)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.error(configFile, 0, Text.of("config.image-widths", rawWidths));
                widths = d.widths();
            }
        }
        int quality = number(config, "images.quality", DEFAULT_QUALITY, 1, 100, configFile, problems);
        int maxMb = number(config, "images.max-mb", DEFAULT_MAX_MB, 1, 2000, configFile, problems);
        int maxMp = number(config, "images.max-megapixels", DEFAULT_MAX_MEGAPIXELS, 1, 1000, configFile, problems);
        boolean keep = false;
        String rawKeep = config.get("images.keep-original");
        if (rawKeep != null && !rawKeep.isBlank()) {
            keep = rawKeep.trim().equalsIgnoreCase("true");
            if (!keep && !rawKeep.trim().equalsIgnoreCase("false")) {
                problems.error(configFile, 0, Text.of("config.image-keep-original", rawKeep));
            }
        }
        return new ImageOptions(widths, quality, keep, maxMb * 1024L * 1024L, maxMp * 1_000_000L, d.threads());
    }

    private static int number(Map<String, String> config, String key, int fallback, int min, int max,
                              String configFile, Problems problems) {
        String raw = config.get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(configFile, 0, Text.of("config.image-number", key, raw, min, max, fallback));
        return fallback;
    }
}

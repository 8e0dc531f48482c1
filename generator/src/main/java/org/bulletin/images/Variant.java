package org.bulletin.images;

/**
 * One published file of a photo.
 *
 * @param width  pixels
 * @param height pixels
 * @param format {@code webp}, {@code jpeg}, {@code png}, {@code gif} or {@code svg}
 * @param path   where it is published, relative to the output root, with {@code /} separators
 * @param bytes  file size
 */
public record Variant(int width, int height, String format, String path, long bytes) {

    /** The MIME type for a {@code <source type=…>} attribute. */
    public String mimeType() {
        return switch (format) {
            case "svg" -> "image/svg+xml";
            default -> "image/" + format;
        };
    }
}

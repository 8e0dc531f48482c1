package org.bulletin.images;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The image formats Bulletin publishes, recognised by their first bytes rather than the file name. */
public enum ImageFormat {
    JPEG("jpeg", "jpg"),
    PNG("png", "png"),
    WEBP("webp", "webp"),
    GIF("gif", "gif"),
    SVG("svg", "svg");

    private final String name;
    private final String extension;

    ImageFormat(String name, String extension) {
        this.name = name;
        this.extension = extension;
    }

    /** {@code jpeg}, {@code png}, … as used in {@link Variant#format()}. */
    public String formatName() {
        return name;
    }

    public String extension() {
        return extension;
    }

    /** JPEG, PNG and WebP are resized and re-encoded; GIF and SVG are copied as they are. */
    public boolean isRaster() {
        return this == JPEG || this == PNG || this == WEBP;
    }

    /** True for file names Bulletin publishes only through the image pipeline (never copied as they are). */
    public static boolean isProcessedName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png") || lower.endsWith(".webp");
    }

    /** Recognises a format from a file's first bytes (at least 32 wanted). */
    public static Optional<ImageFormat> detect(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("<?xml") || text.startsWith("<svg") || text.startsWith("<!--")
                || text.regionMatches(true, 0, "<!DOCTYPE svg", 0, 13)
                || text.startsWith("\u00ef\u00bb\u00bf<")) {
            return Optional.of(SVG);
        }
        return Optional.empty();
    }

    /** A friendly name for formats browsers cannot show, to say what to do instead. */
    public static Optional<String> describeUnsupported(byte[] head) {
        if (startsWith(head, 4, ascii("ftyp"))) {
            String brand = head.length >= 12 ? new String(head, 8, 4, StandardCharsets.ISO_8859_1) : "";
            return Optional.of(brand.startsWith("avi") ? "AVIF" : "HEIC (iPhone photo)");
        }
        if (startsWith(head, 0, new byte[] {'I', 'I', 42, 0}) || startsWith(head, 0, new byte[] {'M', 'M', 0, 42})) {
            return Optional.of("TIFF");
        }
        if (startsWith(head, 0, ascii("BM"))) {
            return Optional.of("BMP");
        }
        return Optional.empty();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

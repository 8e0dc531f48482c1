package org.bulletin.images;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes the metadata of a GIF without touching its pictures: the block stream is copied with the
 * comment extensions, the application extensions other than the looping one ({@code NETSCAPE2.0},
 * {@code ANIMEXTS1.0}) (XMP, ICC profiles, …) and anything after the trailer left out. Frames, palettes
 * and graphic control extensions (delays, transparency) are copied byte for byte, so the animation plays
 * as before; a GIF without metadata comes out identical.
 */
final class GifCleaner {

    /** The cleaned bytes and whether the removed XMP held a GPS position. */
    record Cleaned(byte[] bytes, boolean hadGps) {
    }

    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2c;
    private static final int TRAILER = 0x3b;

    private final byte[] gif;
    private final String reference;
    private int pos;

    private GifCleaner(byte[] gif, String reference) {
        this.gif = gif;
        this.reference = reference;
    }

    /** The GIF without metadata; a malformed block stream is reported as a damaged image. */
    static Cleaned clean(byte[] gif, String reference) throws ImageException {
        return new GifCleaner(gif, reference).run();
    }

    private Cleaned run() throws ImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(gif.length);
        need(13);
        pos = 13 + colourTableSize(gif[10]);
        need(0);
        out.write(gif, 0, pos);
        boolean gps = false;
        while (true) {
            need(1);
            int start = pos;
            int kind = gif[pos] & 0xff;
            if (kind == TRAILER) {
                out.write(TRAILER);
                return new Cleaned(out.toByteArray(), gps);
            } else if (kind == IMAGE) {
                need(10);
                pos += 10 + colourTableSize(gif[pos + 9]);
                need(1);
                pos++; // LZW minimum code size
                skipSubBlocks();
                out.write(gif, start, pos - start);
            } else if (kind == EXTENSION) {
                need(2);
                int label = gif[pos + 1] & 0xff;
                pos += 2;
                String application = label == 0xff && pos + 12 <= gif.length && gif[pos] == 11
                        ? new String(gif, pos + 1, 11, StandardCharsets.ISO_8859_1) : "";
                skipSubBlocks();
                if (label == 0xf9 || label == 0x01 || application.equals("NETSCAPE2.0")
                        || application.equals("ANIMEXTS1.0")) {
                    out.write(gif, start, pos - start);
                } else {
                    gps |= application.startsWith("XMP Data") && mentionsGps(start, pos);
                }
            } else {
                throw damaged("unknown block 0x" + Integer.toHexString(kind) + " at byte " + pos);
            }
        }
    }

    private static int colourTableSize(byte packed) {
        return (packed & 0x80) == 0 ? 0 : 3 << ((packed & 0x07) + 1);
    }

    /** Skips data sub-blocks up to and including the zero-length terminator. */
    private void skipSubBlocks() throws ImageException {
        while (true) {
            need(1);
            int size = gif[pos] & 0xff;
            pos++;
            if (size == 0) {
                return;
            }
            need(size);
            pos += size;
        }
    }

    /** True when the XMP packet names a GPS property ({@code exif:GPSLatitude}, …). */
    private boolean mentionsGps(int from, int to) {
        String text = new String(gif, from, to - from, StandardCharsets.ISO_8859_1);
        return text.contains(":GPS");
    }

    private void need(int bytes) throws ImageException {
        if (pos + bytes > gif.length) {
            throw damaged("ends inside a block");
        }
    }

    private ImageException damaged(String detail) {
        return new ImageException(ImageProblem.damaged(reference, "GIF " + detail));
    }
}

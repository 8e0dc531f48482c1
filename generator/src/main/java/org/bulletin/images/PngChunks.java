package org.bulletin.images;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Guards the metadata readers against compressed PNG metadata bombs: a {@code zTXt}, {@code iTXt} or
 * {@code iCCP} chunk whose content inflates beyond {@link #MAX_INFLATED} is dropped before the file is
 * read. Metadata is never published, so nothing is lost but the bomb.
 */
final class PngChunks {

    /** The most a compressed metadata chunk may inflate to (1 MiB: real profiles and texts are far smaller). */
    static final int MAX_INFLATED = 1 << 20;

    private static final int SIGNATURE = 8;

    private PngChunks() {
    }

    /**
     * The PNG without its oversized compressed metadata chunks; {@code png} itself when it has none (or is
     * not a well-formed chunk sequence, which the decoder reports).
     */
    static byte[] withoutMetadataBombs(byte[] png) {
        ByteArrayOutputStream out = null;
        int pos = SIGNATURE;
        while (pos + 12 <= png.length) {
            int length = ByteBuffer.wrap(png, pos, 4).getInt();
            if (length < 0 || (long) pos + 12 + length > png.length) {
                break;
            }
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int end = pos + 12 + length;
            if (isBomb(type, png, pos + 8, length)) {
                if (out == null) {
                    out = new ByteArrayOutputStream(png.length);
                    out.write(png, 0, pos);
                }
            } else if (out != null) {
                out.write(png, pos, end - pos);
            }
            pos = end;
        }
        if (out == null) {
            return png;
        }
        out.write(png, pos, png.length - pos);
        return out.toByteArray();
    }

    private static boolean isBomb(String type, byte[] png, int start, int length) {
        int end = start + length;
        int nul = indexOfNul(png, start, end); // keyword or profile name, then a NUL
        if (nul < 0) {
            return false;
        }
        return switch (type) {
            case "zTXt", "iCCP" -> inflatesBeyondLimit(png, nul + 2, end); // NUL, compression method
            case "iTXt" -> nul + 1 < end && png[nul + 1] == 1 && inflatesBeyondLimit(png, textStart(png, nul + 3, end), end);
            default -> false;
        };
    }

    /** After the compression flag and method of an iTXt chunk: language tag, NUL, translated keyword, NUL. */
    private static int textStart(byte[] png, int from, int end) {
        int language = indexOfNul(png, from, end);
        int translated = language < 0 ? -1 : indexOfNul(png, language + 1, end);
        return translated < 0 ? end : translated + 1;
    }

    private static boolean inflatesBeyondLimit(byte[] data, int from, int end) {
        if (from >= end) {
            return false;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, from, end - from);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                int n = inflater.inflate(buffer);
                total += n;
                if (total > MAX_INFLATED) {
                    return true;
                }
            }
            return false;
        } catch (DataFormatException e) {
            return false; // damaged metadata: the readers skip it
        } finally {
            inflater.end();
        }
    }

    private static int indexOfNul(byte[] data, int from, int end) {
        for (int i = from; i < end; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}

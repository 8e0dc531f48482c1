package org.bulletin.incremental;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Writes {@link EntryCodec}'s values into a growing byte array (big-endian numbers). */
final class BinaryWriter {
    private byte[] buf = new byte[4096];
    private int size;

    void bool(boolean b) {
        ensure(1);
        buf[size++] = (byte) (b ? 1 : 0);
    }

    void integer(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    void longValue(long v) {
        integer((int) (v >>> 32));
        integer((int) v);
    }

    void nullableInteger(Integer v) {
        bool(v != null);
        if (v != null) {
            integer(v);
        }
    }

    /**
     * A string: -1 for null; a string of characters up to U+00FF as -2 - length, then one byte per
     * character (read back by a plain array copy); any other as its UTF-8 length, then the bytes.
     */
    void string(String s) {
        if (s == null) {
            integer(-1);
            return;
        }
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) {
            latin1 = s.charAt(i) <= 0xFF;
        }
        byte[] b = s.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        integer(latin1 ? -2 - b.length : b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    void strings(List<String> list) {
        integer(list.size());
        list.forEach(this::string);
    }

    void date(LocalDate d) {
        bool(d != null);
        if (d != null) {
            longValue(d.toEpochDay());
        }
    }

    void dateTime(OffsetDateTime t) {
        bool(t != null);
        if (t != null) {
            longValue(t.toLocalDate().toEpochDay());
            longValue(t.toLocalTime().toNanoOfDay());
            integer(t.getOffset().getTotalSeconds());
        }
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, size);
    }
}

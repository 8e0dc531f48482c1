package org.bulletin.incremental;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link BinaryWriter} wrote; every length is checked against the end of the entry. */
final class BinaryReader {
    private final byte[] buf;
    private final int end;
    private int pos;

    BinaryReader(byte[] buf, int start, int end) {
        this.buf = buf;
        this.pos = start;
        this.end = end;
    }

    private void need(int n) {
        if (n < 0 || pos + n > end) {
            throw new IllegalArgumentException("entry ends early");
        }
    }

    boolean bool() {
        need(1);
        byte b = buf[pos++];
        if (b != 0 && b != 1) {
            throw new IllegalArgumentException("bad flag");
        }
        return b == 1;
    }

    int integer() {
        need(4);
        int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16 | (buf[pos + 2] & 0xff) << 8
                | buf[pos + 3] & 0xff;
        pos += 4;
        return v;
    }

    long longValue() {
        return (long) integer() << 32 | integer() & 0xffffffffL;
    }

    /** A count of things that follow, each at least one byte long. */
    int count() {
        int n = integer();
        need(n);
        return n;
    }

    Integer nullableInteger() {
        return bool() ? integer() : null;
    }

    String string() {
        int n = integer();
        if (n == -1) {
            return null;
        }
        boolean latin1 = n < -1;
        if (latin1) {
            n = -2 - n;
        }
        need(n);
        String s = new String(buf, pos, n, latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    List<String> strings() {
        int n = count();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(string());
        }
        return list;
    }

    LocalDate date() {
        return bool() ? LocalDate.ofEpochDay(longValue()) : null;
    }

    OffsetDateTime dateTime() {
        if (!bool()) {
            return null;
        }
        LocalDate day = LocalDate.ofEpochDay(longValue());
        LocalTime time = LocalTime.ofNanoOfDay(longValue());
        return OffsetDateTime.of(LocalDateTime.of(day, time), ZoneOffset.ofTotalSeconds(integer()));
    }

    void end() {
        if (pos != end) {
            throw new IllegalArgumentException("bytes after the entry");
        }
    }
}

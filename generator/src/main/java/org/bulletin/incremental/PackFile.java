package org.bulletin.incremental;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.zip.CRC32C;
import org.bulletin.files.AtomicFiles;

/**
 * One append-only file of keyed records: a header naming the format, then records of
 * {@code mark, key length, payload length, CRC-32C of key and payload, key, payload} (big-endian ints).
 * The file is read whole on first use and indexed (a later record of a key replaces an earlier one);
 * a record is checked (mark, key, checksum) each time it is read, so a damaged record reads as missing.
 * Reading stops at the first record that is not whole (a torn tail, e.g. after a crash); the next append
 * cuts the file there first. {@link #retain} rewrites the file (temporary file, then an atomic rename)
 * when a third of it or more is no longer used. Thread-safe; meant for one process at a time (a second writer
 * can only make records unreadable, never wrong).
 */
final class PackFile {

    /** A record's payload: {@code length} bytes of {@code bytes} from {@code offset}. */
    record Payload(byte[] bytes, int offset, int length) {
    }

    private record Slot(long offset, int length) {
    }

    private static final int MARK = 0x42504B31; // "BPK1"
    private static final int HEAD = 16;

    private final Path file;
    private final byte[] header;
    private Map<String, Slot> index = new HashMap<>();
    private boolean opened;
    private byte[] image;
    /** End of the last whole record; 0 when the file has no valid header. */
    private long end;
    /** Length of the file on disk as far as known; -1 when unknown. */
    private long size;

    PackFile(Path file, String format) {
        this.file = file;
        this.header = ("bulletin pack\n" + format + "\n").getBytes(StandardCharsets.UTF_8);
    }

    Path file() {
        return file;
    }

    /** The payload of the latest whole record of {@code key}, or null when there is none or it is damaged. */
    Payload read(String key) {
        Slot slot;
        byte[] bytes;
        synchronized (this) {
            open();
            slot = index.get(key);
            if (slot == null) {
                return null;
            }
            if (image == null || slot.offset() + slot.length() > image.length) {
                image = readAll();
            }
            bytes = image;
        }
        return payload(bytes, slot, key);
    }

    /** Calls {@code action} with every whole, undamaged record of the file as it was opened, in file order. */
    void forEach(BiConsumer<String, Payload> action) {
        List<Map.Entry<String, Slot>> slots;
        byte[] bytes;
        synchronized (this) {
            open();
            slots = new ArrayList<>(index.entrySet());
            if (image == null) {
                image = readAll();
            }
            bytes = image;
        }
        slots.sort(Comparator.comparingLong(e -> e.getValue().offset()));
        for (Map.Entry<String, Slot> e : slots) {
            Payload p = payload(bytes, e.getValue(), e.getKey());
            if (p != null) {
                action.accept(e.getKey(), p);
            }
        }
    }

    /** Appends a record (best effort: returns false when the file cannot be written). */
    boolean append(String key, byte[] payload) {
        byte[] record = record(key, payload);
        synchronized (this) {
            open();
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    long actual = ch.size();
                    if (end == 0 || actual < end) { // no valid header, or the file was replaced behind our back
                        ch.truncate(0);
                        index.clear();
                        write(ch, header, 0);
                        end = header.length;
                    } else if (actual != end) { // a torn tail: later records must follow whole ones
                        ch.truncate(end);
                    }
                    size = -1;
                    write(ch, record, end);
                }
            } catch (IOException | RuntimeException e) {
                return false;
            }
            index.put(key, new Slot(end, record.length));
            end += record.length;
            size = end;
            return true;
        }
    }

    /**
     * Forgets the records of keys not in {@code used} and, when a third of the file or more is unused,
     * rewrites it with only the used records (so a build reads at most 1.5 times what it needs). Also lets
     * go of the file's bytes read at opening.
     */
    synchronized void retain(Set<String> used) {
        open();
        index.keySet().retainAll(used);
        long live = 0;
        for (Slot s : index.values()) {
            live += s.length();
        }
        long unused = Math.max(size, end) - header.length - live;
        if (end > 0 && unused > 0 && unused * 2 >= live) {
            compact();
        }
        image = null;
    }

    private void compact() {
        byte[] bytes = image != null && image.length >= end ? image : readAll();
        List<Map.Entry<String, Slot>> slots = new ArrayList<>(index.entrySet());
        slots.sort(Comparator.comparingLong(e -> e.getValue().offset()));
        ByteBuffer out = ByteBuffer.allocate(header.length
                + slots.stream().mapToInt(e -> e.getValue().length()).sum());
        out.put(header);
        Map<String, Slot> moved = new HashMap<>();
        for (Map.Entry<String, Slot> e : slots) {
            Slot s = e.getValue();
            if (payload(bytes, s, e.getKey()) != null) {
                moved.put(e.getKey(), new Slot(out.position(), s.length()));
                out.put(bytes, (int) s.offset(), s.length());
            }
        }
        try {
            AtomicFiles.replaceDurably(file, Arrays.copyOf(out.array(), out.position()));
        } catch (IOException | RuntimeException e) {
            return;
        }
        index = moved;
        end = out.position();
        size = end;
    }

    private void open() {
        if (opened) {
            return;
        }
        opened = true;
        byte[] bytes = readAll();
        size = bytes.length;
        if (bytes.length < header.length || !Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
            return;
        }
        int pos = header.length;
        while (pos + HEAD <= bytes.length && integer(bytes, pos) == MARK) {
            int keyLength = integer(bytes, pos + 4);
            int payloadLength = integer(bytes, pos + 8);
            long length = (long) HEAD + keyLength + payloadLength;
            if (keyLength < 0 || payloadLength < 0 || pos + length > bytes.length) {
                break;
            }
            String key = new String(bytes, pos + HEAD, keyLength, StandardCharsets.UTF_8);
            index.put(key, new Slot(pos, (int) length));
            pos += (int) length;
        }
        end = pos;
        image = bytes;
    }

    private byte[] readAll() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new byte[0]; // missing or unreadable: an empty cache
        }
    }

    private static Payload payload(byte[] bytes, Slot slot, String key) {
        long start = slot.offset();
        if (start + slot.length() > bytes.length || slot.length() < HEAD) {
            return null;
        }
        int pos = (int) start;
        int keyLength = integer(bytes, pos + 4);
        int payloadLength = integer(bytes, pos + 8);
        if (integer(bytes, pos) != MARK || keyLength < 0 || payloadLength < 0
                || (long) HEAD + keyLength + payloadLength != slot.length()) {
            return null;
        }
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(bytes, pos + HEAD, pos + HEAD + keyLength, k, 0, k.length)) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, pos + HEAD, keyLength + payloadLength);
        if ((int) crc.getValue() != integer(bytes, pos + 12)) {
            return null;
        }
        return new Payload(bytes, pos + HEAD + keyLength, payloadLength);
    }

    private static byte[] record(String key, byte[] payload) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(k);
        crc.update(payload);
        return ByteBuffer.allocate(HEAD + k.length + payload.length).putInt(MARK).putInt(k.length)
                .putInt(payload.length).putInt((int) crc.getValue()).put(k).put(payload).array();
    }

    private static int integer(byte[] b, int pos) {
        return (b[pos] & 0xff) << 24 | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8 | b[pos + 3] & 0xff;
    }

    private static void write(FileChannel ch, byte[] bytes, long position) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf, position + buf.position());
        }
    }
}

package org.bulletin.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** fsync helpers for files whose last bytes must survive a power cut. */
final class DurableFiles {

    private DurableFiles() {
    }

    /** Makes a new or renamed directory entry durable (a no-op where directories cannot be synced). */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on this platform (e.g. Windows); the file contents are still synced
        }
    }

    /**
     * Copies the bytes of {@code file} from {@code from} to its end into a new, synced
     * {@code file.partial-N} (the first free N) and returns that path. The caller truncates.
     */
    static Path setAside(Path file, long from) throws IOException {
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(file.getFileName() + ".partial-" + n);
            try (OutputStream out = Files.newOutputStream(aside, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                 InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(from);
                in.transferTo(out);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            syncDirectory(file.getParent());
            return aside;
        }
    }

    /**
     * Appends to {@code rejected} (created when missing) each of {@code lines} (if any) it does not hold yet,
     * and syncs it: lines set aside at every start are kept once.
     */
    static void keepRejected(Path rejected, List<byte[]> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        if (Files.exists(rejected)) {
            present.addAll(Files.readAllLines(rejected, StandardCharsets.ISO_8859_1));
        }
        boolean created = !Files.exists(rejected);
        try (OutputStream out = Files.newOutputStream(rejected, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
            for (byte[] line : lines) {
                String key = new String(line, 0, line.length - 1, StandardCharsets.ISO_8859_1);
                if (present.add(key)) {
                    out.write(line);
                }
            }
        }
        if (created) {
            syncDirectory(rejected.getParent());
        }
    }
}

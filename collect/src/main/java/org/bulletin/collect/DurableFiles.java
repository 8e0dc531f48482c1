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

    /**
     * A secret of the data folder ({@code claim.key}, {@code staff.token}): made when the folder has none, as
     * {@code bytes} random bytes in hex, owner-only, synced with its folder before it is used; a file another
     * process made first is kept. Returns the file, to be read by its owner.
     */
    static Path secretFile(Path dataDir, String name, int bytes) throws IOException {
        Path file = dataDir.resolve(name);
        if (!Files.exists(file)) {
            byte[] fresh = new byte[bytes];
            new java.security.SecureRandom().nextBytes(fresh);
            try {
                try {
                    Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                }
                Files.writeString(file, java.util.HexFormat.of().formatHex(fresh) + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                syncDirectory(dataDir);
            } catch (FileAlreadyExistsException e) {
                // made by another process just now: the caller reads that one
            }
        }
        return file;
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

package org.bulletin.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file in one step: the new content is written beside it under a hidden temporary name
 * ({@code .name-….tmp}), then renamed over it, so a reader (another build, the dev server's clients)
 * finds the old file or the new one, never half of one. The temporary file is removed when anything fails.
 */
public final class AtomicFiles {

    /** Text that goes into a file. */
    public interface Text {
        void writeTo(BufferedWriter out) throws IOException;
    }

    private interface Fill {
        void into(Path tmp) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code file} with {@code bytes}. */
    public static void replace(Path file, byte[] bytes) throws IOException {
        fill(file, tmp -> Files.write(tmp, bytes));
    }

    /** Replaces {@code file} with {@code bytes}, forced to the disk before the rename (for files that are appended to later). */
    public static void replaceDurably(Path file, byte[] bytes) throws IOException {
        fill(file, tmp -> {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
        });
    }

    /** Replaces {@code file} with the text {@code content} writes, in UTF-8. */
    public static void replaceText(Path file, Text content) throws IOException {
        fill(file, tmp -> {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
        });
    }

    private static void fill(Path file, Fill fill) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp");
        try {
            fill.into(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

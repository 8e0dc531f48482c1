package org.bulletin.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Text files of the build's cache folder ({@code pages.txt}, {@code sources.txt}), replaced whole. */
final class CacheFiles {

    /** What goes into a file. */
    interface Content {
        void writeTo(BufferedWriter out) throws IOException;
    }

    private CacheFiles() {
    }

    /**
     * Replaces {@code file} in one step: the content is written (UTF-8) beside it under a temporary name,
     * then renamed over it, so a reader finds the old file or the new one, never half of one. The
     * temporary file is removed when anything fails.
     */
    static void replace(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName() + "-", ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

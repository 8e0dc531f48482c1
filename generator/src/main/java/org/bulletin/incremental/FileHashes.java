package org.bulletin.incremental;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.files.FileStamp;
import org.bulletin.text.Sha256;

/**
 * SHA-256 of files, reusing the hashes of an earlier run (as {@code git status} does) for files whose
 * size, modification time and change time are the same: an up-to-date check then reads no file
 * contents, only their attributes. The change time ({@code ctime}, where the file system has one)
 * cannot be set by programs, so a file replaced by one with the same size and a copied modification
 * time is still hashed again. A file changed less than {@link FileStamp#RACY_MILLIS} before it was hashed is not
 * remembered: a second change within the same clock tick would not show in its times.
 */
final class FileHashes {

    private static final java.util.regex.Pattern HASH = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    /**
     * What is known about one file.
     *
     * @param stamp the file's {@linkplain FileStamp#withChangeTime stamp}
     * @param hash  SHA-256 of the contents, hexadecimal
     */
    record Known(String stamp, String hash) {
    }

    private final Map<String, Known> previous;
    private final Map<String, Known> remembered = new TreeMap<>();
    private final long started;

    /**
     * @param previous absolute path → what an earlier run knew (empty: hash every file)
     * @param now      the time of this run, milliseconds since the epoch
     */
    FileHashes(Map<String, Known> previous, long now) {
        this.previous = Map.copyOf(previous);
        this.started = now;
    }

    /** Relative path → "size sha256" of every file under {@code root}, sorted, skipping hidden and ignored paths. */
    Map<String, String> tree(Path root, Collection<Path> ignored) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && (hidden(dir) || ignored.contains(dir.toAbsolutePath().normalize()))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && !hidden(file)) {
                    files.put(root.relativize(file).toString().replace('\\', '/'), attrs.size() + " " + hash(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** The SHA-256 of one file, from the earlier run when its times and size are unchanged. */
    String hash(Path file) throws IOException {
        String key = file.toAbsolutePath().normalize().toString();
        FileStamp stamp = FileStamp.withChangeTime(file);
        if (stamp == null) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "not a regular file");
        }
        Known before = previous.get(key);
        String hash = before != null && before.stamp().equals(stamp.text()) ? before.hash() : Sha256.hex(file);
        if (stamp.settled(started)) {
            remembered.put(key, new Known(stamp.text(), hash));
        }
        return hash;
    }

    /** What this run learned, to pass to the next one. */
    Map<String, Known> remembered() {
        return Map.copyOf(remembered);
    }

    /** The remembered hashes as lines ({@code stamp TAB hash TAB path}), sorted by path. */
    static List<String> lines(Map<String, Known> known) {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(known).forEach((path, k) -> lines.add(k.stamp() + "\t" + k.hash() + "\t" + path));
        return lines;
    }

    /** The lines of {@link #lines} read back; malformed lines are left out (their files are hashed again). */
    static Map<String, Known> parse(List<String> lines) {
        Map<String, Known> known = new TreeMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3 && HASH.matcher(parts[1]).matches()) {
                known.put(parts[2], new Known(parts[0], parts[1]));
            }
        }
        return known;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}

package org.bulletin.collect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A data file opened for appending only ({@code O_APPEND}) and locked by the operating system for
 * as long as it is open, so a second collector is refused even when {@code collect.lock} was
 * deleted, and every write lands at the file's real end. Remembers the file's identity (inode) to
 * tell when the file was replaced, removed or resized under the collector.
 *
 * @param file    the path
 * @param channel the open, locked channel
 * @param fileKey the file's identity when opened (null where the platform has none)
 */
record AppendFile(Path file, FileChannel channel, Object fileKey) {

    /** Opens {@code file} for appending, creating it when missing; {@link #lock()} it once read. */
    static AppendFile open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        try {
            return new AppendFile(file, channel, Files.readAttributes(file, BasicFileAttributes.class).fileKey());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Takes the operating system's lock on the file, held until the channel is closed. Call it after
     * the last read of the file: on POSIX systems closing any other descriptor of the file in this
     * process releases the lock, so nothing in the collector opens the file again while it runs.
     */
    void lock() throws IOException {
        lock(CollectWords.of(java.util.Locale.ENGLISH));
    }

    /** The same, refusing in {@code words}' language. */
    void lock(CollectWords words) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IOException(words.say("collect.file-locked", file.getParent(), file.getFileName()));
        }
    }

    /**
     * How the file changed since it held {@code expectedSize} bytes written by this collector:
     * removed, replaced (renamed away by log rotation), or a different size (cut by copytruncate,
     * written by someone else); null when unchanged.
     */
    String changeSince(long expectedSize) throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return "was removed";
        }
        if (fileKey != null && !fileKey.equals(now.fileKey())) {
            return "was replaced by another file";
        }
        long size = channel.size();
        if (now.size() != expectedSize || size != expectedSize) {
            return "changed size under the collector (" + size + " bytes, " + expectedSize + " expected)";
        }
        return null;
    }
}

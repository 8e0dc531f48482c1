package org.bulletin.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a regular file's attributes say about its contents, compared by a later build to know the file
 * was not touched without reading it. Two kinds, on purpose:
 * <ul>
 *   <li>{@link #withChangeTime}, for documents (whose stamp stands for their hash): size, modification time and change time ({@code ctime}, nanoseconds, where the
 *       file system has a Unix view), read in one call. Programs cannot set the change time, so a file
 *       replaced by one with the same size and a copied modification time still shows as changed.</li>
 *   <li>{@link #withIdentity}, for output pages and the other inputs of a build: size, modification time and file identity (device and inode). No change time:
 *       a hard link to the file (how a build publishes an unchanged page) changes it, and the file
 *       identity already tells a replaced file.</li>
 * </ul>
 *
 * @param text          the values as one string (stored in the cache folder's state files)
 * @param changedMillis the later of the modification and change time, milliseconds since the epoch
 */
public record FileStamp(String text, long changedMillis) {

    /** Files changed less than this before they were stamped may change again within the same clock tick. */
    public static final long RACY_MILLIS = 3000;

    private static volatile boolean unixView = true;

    /**
     * True when the file was last changed well before {@code now} (milliseconds since the epoch), so a
     * later change must show in its times (see {@link #RACY_MILLIS}).
     */
    public boolean settled(long now) {
        return changedMillis < now - RACY_MILLIS;
    }

    /** The stamp with change time of {@code file} (size, modification and change time), or null when it is not a regular file or cannot be read. */
    public static FileStamp withChangeTime(Path file) {
        try {
            if (unixView) {
                try {
                    Map<String, Object> a = Files.readAttributes(file, "unix:isRegularFile,size,lastModifiedTime,ctime",
                            LinkOption.NOFOLLOW_LINKS);
                    return Boolean.TRUE.equals(a.get("isRegularFile"))
                            ? source((Long) a.get("size"), (FileTime) a.get("lastModifiedTime"), (FileTime) a.get("ctime"))
                            : null;
                } catch (UnsupportedOperationException | IllegalArgumentException e) {
                    unixView = false;
                }
            }
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? source(a.size(), a.lastModifiedTime(), a.lastModifiedTime()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The stamp with file identity of {@code file} (size, modification time, file identity), or null when it is not a regular file or cannot be read. */
    public static FileStamp withIdentity(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? new FileStamp(a.size() + "@" + a.lastModifiedTime() + "#" + a.fileKey(),
                    a.lastModifiedTime().toMillis()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The text of {@link #withIdentity}, or null. */
    public static String identityText(Path file) {
        FileStamp s = withIdentity(file);
        return s == null ? null : s.text();
    }

    private static FileStamp source(long size, FileTime modified, FileTime changed) {
        return new FileStamp(size + " " + modified.to(TimeUnit.NANOSECONDS) + " " + changed.to(TimeUnit.NANOSECONDS),
                Math.max(modified.toMillis(), changed.toMillis()));
    }
}

package org.bulletin.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One file of the built site.
 *
 * @param path the site path ({@code articles/a.html}), with {@code /}
 * @param file the file on disk
 * @param size its size in bytes
 * @param md5  its MD5 as lower-case hex: what S3-compatible storage gives as the ETag of an object
 *             uploaded in one part
 */
public record LocalFile(String path, Path file, long size, String md5) {

    /** Every regular file under {@code root}, sorted by site path (hidden files and folders left out). */
    public static List<LocalFile> scan(Path root) throws IOException {
        List<LocalFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String path = root.relativize(p).toString().replace('\\', '/');
                if (path.isEmpty() || !Files.isRegularFile(p) || hidden(path)) {
                    continue;
                }
                files.add(new LocalFile(path, p, Files.size(p), md5(p)));
            }
        }
        files.sort(java.util.Comparator.comparing(LocalFile::path));
        return files;
    }

    private static boolean hidden(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The MD5 of a file as lower-case hex. */
    public static String md5(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

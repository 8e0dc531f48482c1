package org.bulletin.images;

import org.bulletin.text.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Encoded variants kept between builds, one folder per key. The key hashes the source bytes, the widths,
 * the quality, keep-original and {@link VariantEncoder#VERSION}, so a changed photo or setting misses.
 */
final class ImageCache {

    /** What a cache folder holds. */
    record Entry(boolean hadGps, List<VariantEncoder.Encoded> files) {
    }

    private final Path dir;

    /** @param cacheDir the build's cache folder, or null for no cache */
    ImageCache(Path cacheDir) {
        this.dir = cacheDir == null ? null : cacheDir.resolve("images-v1");
    }

    static String sha256(byte[]... parts) {
        return Sha256.hex(parts);
    }

    static String key(byte[] source, ImageOptions options) {
        String settings = "|" + options.widths() + "|q" + options.quality() + "|keep" + options.keepOriginal()
                + "|" + VariantEncoder.VERSION;
        return sha256(sha256(source).getBytes(StandardCharsets.US_ASCII), settings.getBytes(StandardCharsets.UTF_8));
    }

    boolean enabled() {
        return dir != null;
    }

    /** True when an entry for {@code key} is stored (it may still turn out damaged when loaded). */
    boolean contains(String key) {
        return dir != null && Files.isRegularFile(dir.resolve(key).resolve("index.txt"));
    }

    Optional<Entry> load(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path folder = dir.resolve(key);
        Path index = folder.resolve("index.txt");
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            boolean gps = lines.get(0).equals("gps=true");
            List<VariantEncoder.Encoded> files = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(" ");
                byte[] data = Files.readAllBytes(folder.resolve(f[3]));
                if (data.length != Integer.parseInt(f[4])) {
                    return Optional.empty();
                }
                files.add(new VariantEncoder.Encoded(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], data));
            }
            return files.isEmpty() ? Optional.empty() : Optional.of(new Entry(gps, files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged cache entry is simply encoded again
        }
    }

    void store(String key, Entry entry) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempDirectory(dir, "tmp-");
            StringBuilder index = new StringBuilder("gps=" + entry.hadGps() + "\n");
            int i = 0;
            for (VariantEncoder.Encoded e : entry.files()) {
                String name = (i++) + "-" + e.width() + "." + e.format();
                Files.write(temp.resolve(name), e.data());
                index.append(e.width()).append(' ').append(e.height()).append(' ').append(e.format()).append(' ')
                        .append(name).append(' ').append(e.data().length).append('\n');
            }
            Files.writeString(temp.resolve("index.txt"), index, StandardCharsets.UTF_8);
            try {
                Files.move(temp, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                deleteTree(temp);
                if (!Files.isDirectory(dir.resolve(key))) {
                    throw e;
                } // else the same photo was stored meanwhile
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the image cache in " + dir, e);
        }
    }

    /**
     * Deletes every entry whose key does not start with one of {@code keyPrefixes} (the 8 hex digits in
     * published names), so the cache holds what the last build used. Best effort: a cache can always go.
     */
    void retain(java.util.Set<String> keyPrefixes) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (var entries = Files.list(dir)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                String name = entry.getFileName().toString();
                if (name.length() < 8 || !keyPrefixes.contains(name.substring(0, 8))) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            // left for the next build
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }
}

package org.bulletin.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bulletin.config.SiteConfig;
import org.bulletin.files.AtomicFiles;
import org.bulletin.images.ImageOptions;
import org.bulletin.images.ImageProcessor;
import org.bulletin.images.ImageRequest;
import org.bulletin.images.ImageSet;
import org.bulletin.images.ResponsiveImage;
import org.bulletin.incremental.ConversionCache;
import org.bulletin.problem.Problems;
import org.bulletin.source.SiteSources;
import org.bulletin.source.SourceFile;
import org.bulletin.text.Sha256;

/**
 * The GIFs and SVGs of the site, which the asset step publishes as they are and the {@link PhotoStage}
 * cleans (GIF metadata, SVG scripts and external references) over those copies.
 */
final class CopyCleaning {

    private CopyCleaning() {
    }

    /**
     * The contents (SHA-256) of GIFs and SVGs an earlier build found clean, in {@code clean-copies.txt} of
     * the cache folder: the asset step's plain copy of such a file is the published one, so it is not
     * parsed again (that took 50 ms and 17 MiB for five SVGs on every build).
     */
    static final class Known {
        static final String FILE = "clean-copies.txt";

        private final Path file;
        private final Set<String> before;
        private final Map<String, String> hashes;
        private final Map<String, Copy> copies;
        private final Path siteDir;

        private Known(Path file, Set<String> before, Map<String, String> hashes, Map<String, Copy> copies,
                      Path siteDir) {
            this.file = file;
            this.before = before;
            this.hashes = hashes;
            this.copies = copies;
            this.siteDir = siteDir;
        }

        static Known read(BuildRequest request, Map<String, Copy> copies) throws IOException {
            Path file = request.useCache() ? request.effectiveCacheDir().resolve(FILE) : null;
            Set<String> before = new TreeSet<>();
            if (file != null && Files.isRegularFile(file)) {
                try {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    if (!lines.isEmpty() && lines.get(0).equals(HEADER)) { // another generator may clean otherwise
                        before.addAll(lines.subList(1, lines.size()));
                    }
                } catch (IOException damaged) {
                    // a damaged list is only slower: every file is cleaned again and the list written anew
                }
            }
            Map<String, String> hashes = new TreeMap<>();
            for (Map.Entry<String, Copy> e : copies.entrySet()) {
                hashes.put(e.getKey(), Sha256.hex(request.siteDir().resolve(e.getValue().file())));
            }
            return new Known(file, before, hashes, copies, request.siteDir());
        }

        /** The first line: the generator that found them clean. */
        private static final String HEADER = "# " + ConversionCache.generatorIdentity().replace('\n', ' ');

        /** The site paths of the GIFs and SVGs not known to be clean. */
        Set<String> unknown() {
            Set<String> unknown = new TreeSet<>();
            hashes.forEach((path, hash) -> {
                if (file == null || !before.contains(hash)) {
                    unknown.add(path);
                }
            });
            return unknown;
        }

        /** Records the ones just found clean (nothing said, published bytes equal to the source's). */
        void remember(Problems problems, Map<String, ResponsiveImage> cleaned, Path published) throws IOException {
            if (file == null) {
                return;
            }
            Set<String> files = new TreeSet<>();
            problems.sorted().forEach(p -> files.add(p.file()));
            Set<String> now = new TreeSet<>();
            for (Map.Entry<String, String> e : hashes.entrySet()) {
                Copy copy = copies.get(e.getKey());
                ResponsiveImage image = cleaned.get(e.getKey());
                boolean clean = before.contains(e.getValue()) || image != null && !files.contains(copy.file())
                        && Files.mismatch(published.resolve(image.src()), siteDir.resolve(copy.file())) == -1;
                if (clean) {
                    now.add(e.getValue());
                }
            }
            if (!now.equals(before)) {
                StringBuilder text = new StringBuilder(HEADER).append('\n');
                now.forEach(h -> text.append(h).append('\n'));
                try {
                    Files.createDirectories(file.getParent());
                    AtomicFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // a cache folder that cannot be written is only slower: the next build cleans them again
                }
            }
        }
    }

    /** A GIF or SVG of the site: the folder its path is relative to and its file as the build names it. */
    record Copy(Path root, String file) {
    }

    /** Requests for the GIFs and SVGs {@code paths} on their own, by the folder they are relative to. */
    static Map<Path, List<ImageRequest>> fileRequests(Map<String, Copy> copies, Set<String> paths) {
        Map<Path, List<ImageRequest>> requests = new TreeMap<>();
        for (String path : paths) {
            Copy copy = copies.get(path);
            requests.computeIfAbsent(copy.root(), k -> new ArrayList<>()).add(new ImageRequest(path, copy.file(), 0));
        }
        return requests;
    }

    /** Cleans the GIFs and SVGs asked for into {@code cleaned}; returns how many carried GPS data. */
    static int clean(Map<Path, List<ImageRequest>> requests, Path published, Path cache, ImageOptions options,
                     Problems problems, Map<String, ResponsiveImage> cleaned) throws IOException {
        int gps = 0;
        for (Map.Entry<Path, List<ImageRequest>> e : requests.entrySet()) {
            ImageSet set = new ImageProcessor(e.getKey(), published, cache, options).processAll(e.getValue(), problems);
            cleaned.putAll(set.images());
            gps += set.report().withGps();
        }
        return gps;
    }

    /** The site path of each GIF and SVG (sorted) → where it is; assets first, like the asset copy. */
    static Map<String, Copy> copies(BuildRequest request, SiteConfig config, SiteSources sources) {
        Map<String, Copy> copies = new TreeMap<>();
        for (String folder : List.of(config.folders().assets(), config.folders().content())) {
            Path root = request.siteDir().resolve(folder);
            List<SourceFile> files = folder.equals(config.folders().assets()) ? sources.assets() : sources.contentAssets();
            for (SourceFile f : files) {
                String name = f.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(".gif") || name.endsWith(".svg")) {
                    copies.putIfAbsent(f.relative().substring(folder.length() + 1), new Copy(root, f.relative()));
                }
            }
        }
        return copies;
    }
}

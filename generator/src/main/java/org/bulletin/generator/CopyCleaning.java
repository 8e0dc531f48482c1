package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bulletin.config.SiteConfig;
import org.bulletin.images.ImageOptions;
import org.bulletin.images.ImageProcessor;
import org.bulletin.images.ImageRequest;
import org.bulletin.images.ImageSet;
import org.bulletin.images.ResponsiveImage;
import org.bulletin.problem.Problems;
import org.bulletin.source.SiteSources;
import org.bulletin.source.SourceFile;

/**
 * The GIFs and SVGs of the site, which the asset step publishes as they are and the {@link PhotoStage}
 * cleans (GIF metadata, SVG scripts and external references) over those copies.
 */
final class CopyCleaning {

    private CopyCleaning() {
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

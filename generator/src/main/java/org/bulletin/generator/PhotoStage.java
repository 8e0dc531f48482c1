package org.bulletin.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.images.ImageFormat;
import org.bulletin.images.ImageOptions;
import org.bulletin.images.ImageProcessor;
import org.bulletin.images.ImageReferences;
import org.bulletin.images.ImageReport;
import org.bulletin.images.ImageRequest;
import org.bulletin.images.ImageSet;
import org.bulletin.images.ResponsiveImage;
import org.bulletin.images.ResponsiveImageRewriter;
import org.bulletin.images.Variant;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.postprocess.PageStep;
import org.bulletin.publish.SitePublisher;
import org.bulletin.model.OutputFile;
import org.bulletin.source.SiteSources;
import org.bulletin.source.SourceTexts;
import org.bulletin.source.SourceFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The photo stage of a build. JPEG, PNG and WebP files are never copied as they are (they may carry
 * residents' GPS positions): the photos the rendered pages use are published through the
 * {@link ImageProcessor} (upright, stripped, several widths, WebP + fallback) and the pages rewritten to
 * {@code <picture>}; photos no page uses are not published at all, and the build says which.
 *
 * <p>Encoded variants are cached by content hash in {@code images/} of the build cache folder
 * ({@code .OUT.bulletin-cache/} beside the output), and the files of the last build are kept in
 * {@code images/published/} there, from where they are copied into the staging folder.
 *
 * <p>GIF and SVG files are published like other assets, used or not, but this stage cleans them (GIF
 * metadata, SVG scripts and external references) and its copies replace the plain ones in the staging
 * folder; what an SVG lost is a warning at each page line that uses it, or at the file when none does.
 */
final class PhotoStage {

    private final ImageSet images;
    private final ImageSet copies;
    private final Set<String> used;
    private final Path published;

    private PhotoStage(ImageSet images, ImageSet copies, Set<String> used, Path published) {
        this.images = images;
        this.copies = copies;
        this.used = Set.copyOf(used);
        this.published = published;
    }

    /** True for files that are published only through this stage. */
    static boolean isPhoto(String name) {
        return ImageFormat.isProcessedName(name);
    }

    /** This stage's part of the build cache: {@code images/} in the build's cache folder. */
    static Path cacheDir(BuildRequest request) {
        return request.effectiveCacheDir().resolve("images");
    }

    /**
     * Finds the photos the pages use, publishes them into the cache folder and reports what it did.
     *
     * @param encodedAhead the photos {@link PhotoPrefetch} encoded into the cache during this build
     */
    static PhotoStage run(BuildRequest request, SiteConfig config, SiteSources sources, List<OutputFile> pages,
                          SourceTexts sourceTexts, Set<String> encodedAhead, Problems problems,
                          BuildListener listener)
            throws IOException {
        Map<String, Path> roots = roots(request, config, sources);
        Map<String, CopyCleaning.Copy> copyFiles = CopyCleaning.copies(request, config, sources);
        ImageOptions options = options(config, problems)
                .withThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
        Path cache = cacheDir(request);
        Path published = cache.resolve("published");
        // each GIF and SVG on its own first: most are clean, and only one that is not needs the pages that
        // use it (to say where), which would otherwise be searched on every build
        Problems alone = new Problems();
        Map<String, ResponsiveImage> cleaned = new TreeMap<>();
        CopyCleaning.Known known = CopyCleaning.Known.read(request, copyFiles);
        int gps = CopyCleaning.clean(CopyCleaning.fileRequests(copyFiles, known.unknown()), published, cache, options,
                alone, cleaned);
        known.remember(alone, cleaned, published);
        Set<String> dirty = new TreeSet<>();
        Set<String> problemFiles = new TreeSet<>();
        alone.sorted().forEach(p -> problemFiles.add(p.file()));
        copyFiles.forEach((path, copy) -> {
            if (problemFiles.contains(copy.file())) {
                dirty.add(path);
            }
        });

        Map<Path, List<ImageRequest>> requests = new TreeMap<>();
        Map<Path, List<ImageRequest>> copyRequests = new TreeMap<>();
        Set<String> used = new TreeSet<>();
        Set<String> copiesUsed = new TreeSet<>();
        boolean none = roots.isEmpty() && dirty.isEmpty();
        for (OutputFile page : none ? List.<OutputFile>of() : pages) { // no images: nothing to find
            if (!page.html()) {
                continue;
            }
            String source = page.source().isEmpty() ? page.path() : page.source();
            for (ImageReferences.Found f : ImageReferences.find(page.content(), page.path(),
                    sourceFolder(page.source(), config), p -> roots.containsKey(p) || dirty.contains(p))) {
                ImageRequest r = new ImageRequest(f.sitePath(), source,
                        ImageReferences.lineOf(sourceTexts.get(page.source()), f.written()));
                if (roots.containsKey(f.sitePath())) {
                    used.add(f.sitePath());
                    requests.computeIfAbsent(roots.get(f.sitePath()), k -> new ArrayList<>()).add(r);
                } else {
                    copiesUsed.add(f.sitePath());
                    copyRequests.computeIfAbsent(copyFiles.get(f.sitePath()).root(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        Set<String> unreferenced = new TreeSet<>(dirty);
        unreferenced.removeAll(copiesUsed); // a stylesheet's or template's: its problems belong to the file
        CopyCleaning.fileRequests(copyFiles, unreferenced).forEach((root, list) ->
                copyRequests.computeIfAbsent(root, k -> new ArrayList<>()).addAll(list));
        CopyCleaning.clean(copyRequests, published, cache, options, problems, cleaned); // said where used
        Set<String> unused = new TreeSet<>(roots.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            listener.info((unused.size() == 1 ? Text.of("build.photo-unused", String.join(", ", unused))
                    : Text.of("build.photos-unused", unused.size(), String.join(", ", unused)))
                    .in(request.language(config)));
        }

        Map<String, ResponsiveImage> all = new TreeMap<>();
        int encoded = 0;
        int cached = 0;
        for (Map.Entry<Path, List<ImageRequest>> e : requests.entrySet()) {
            ImageSet set = new ImageProcessor(e.getKey(), published, cache, options).processAll(e.getValue(), problems);
            all.putAll(set.images());
            encoded += set.report().encoded();
            cached += set.report().fromCache();
            gps += set.report().withGps();
        }
        int ahead = (int) encodedAhead.stream().filter(all::containsKey).count(); // in this build, before the stage
        ImageSet images = new ImageSet(all, new ImageReport(all.size(), encoded + ahead, cached - ahead, gps));
        if (!requests.isEmpty() || gps > 0) {
            listener.info(images.report().text().in(request.language(config)));
        }
        PhotoStage stage = new PhotoStage(images, new ImageSet(cleaned, new ImageReport(cleaned.size(), 0, 0, 0)),
                used, published);
        stage.prune();
        if (!problems.hasErrors()) { // a failed build keeps the cache of the photos it could not reach
            ImageProcessor.pruneCache(cache, all.values());
        }
        return stage;
    }

    /** The folder of a content document relative to the site root ({@code articles/}), or null for other pages. */
    private static String sourceFolder(String source, SiteConfig config) {
        String content = config.folders().content() + "/";
        return source.startsWith(content) ? source.substring(content.length(), source.lastIndexOf('/') + 1) : null;
    }

    /** The site path of each photo (sorted) → the folder it is relative to (assets or content). */
    static Map<String, Path> roots(BuildRequest request, SiteConfig config, SiteSources sources) {
        Map<String, Path> roots = new TreeMap<>();
        photos(sources.assets(), config.folders().assets(), request.siteDir().resolve(config.folders().assets()), roots);
        photos(sources.contentAssets(), config.folders().content(),
                request.siteDir().resolve(config.folders().content()), roots);
        return roots;
    }

    /**
     * Every path pages may point at: the used photos' own paths (so links resolve to them before they are
     * rewritten; a photo that could not be published has its own error already) and the published variants.
     */
    Set<String> outputs() {
        Set<String> out = new TreeSet<>(used);
        images.images().values().forEach(i -> i.variants().forEach(v -> out.add(v.path())));
        return out;
    }

    /** The post-processing step: photos to {@code <picture>}; a page with a gallery gets its stylesheet and script. */
    PageStep step(Map<String, String> names) {
        ResponsiveImageRewriter rewriter = new ResponsiveImageRewriter(images::get,
                ResponsiveImageRewriter.CONTENT_SIZES, ResponsiveImageRewriter.GALLERY_SIZES);
        return (page, context) -> {
            rewriter.rewrite(page, context.path());
            if (page.selectFirst("figure.gallery") != null) {
                addGalleryFiles(page, context.rootPrefix(), names);
            }
        };
    }

    /**
     * Copies the published variants into the staging folder, and the cleaned GIFs and SVGs over the plain
     * copies of the asset step; returns how many files it added (the cleaned ones were counted there).
     */
    int publish(SitePublisher publisher) throws IOException {
        int count = 0;
        for (ResponsiveImage image : images.images().values()) {
            for (Variant v : image.variants()) {
                publisher.copy(published.resolve(v.path()), v.path());
                count++;
            }
        }
        for (ResponsiveImage image : copies.images().values()) {
            publisher.copy(published.resolve(image.src()), image.src());
        }
        return count;
    }

    ImageReport report() {
        return images.report();
    }

    /** @param names site path → content-keyed site path of the theme's style sheets and scripts */
    private static void addGalleryFiles(Document page, String prefix, Map<String, String> names) {
        Element head = page.head();
        String css = prefix + names.getOrDefault("css/gallery.css", "css/gallery.css");
        String js = prefix + names.getOrDefault("js/gallery.js", "js/gallery.js");
        if (head.select("link[href]").stream().noneMatch(l -> l.attr("href").equals(css))) {
            Element last = head.select("link[rel=stylesheet]").last();
            Element link = new Element("link").attr("rel", "stylesheet").attr("href", css);
            if (last != null) {
                last.after(link);
            } else {
                head.appendChild(link);
            }
        }
        if (head.select("script[src]").stream().noneMatch(l -> l.attr("src").equals(js))) {
            head.appendElement("script").attr("src", js).attr("defer", true);
        }
    }

    /** Removes files of earlier builds from the published folder, so it holds exactly this build's variants. */
    private void prune() throws IOException {
        if (!Files.isDirectory(published)) {
            return;
        }
        Set<Path> keep = new HashSet<>();
        images.images().values().forEach(i -> i.variants().forEach(v -> keep.add(published.resolve(v.path()))));
        copies.images().values().forEach(i -> keep.add(published.resolve(i.src())));
        try (Stream<Path> walk = Files.walk(published)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !keep.contains(p)).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void photos(List<SourceFile> files, String folder, Path root, Map<String, Path> roots) {
        for (SourceFile f : files) {
            if (isPhoto(f.path().getFileName().toString())) {
                roots.putIfAbsent(f.relative().substring(folder.length() + 1), root);
            }
        }
    }

    /** The {@code images.*} keys; a bad value is reported at its line of jbake.properties. */
    static ImageOptions options(SiteConfig config, Problems problems) {
        Problems found = new Problems();
        ImageOptions options = ImageOptions.parse(config.properties(), ConfigLoader.FILE, found);
        for (Problem p : found.sorted()) {
            String key = p.message().split("[\\s=]", 2)[0];
            int line = config.line(key);
            problems.add(new Problem(p.severity(), line == 0 ? "" : p.file(), line, p.text()));
        }
        return options;
    }
}

package org.bulletin.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bulletin.problem.Problems;

/**
 * Publishes the photos a site references: each JPEG, PNG or WebP is turned upright, stripped of all
 * metadata and written in several widths as WebP plus a JPEG or PNG fallback; GIF and SVG keep their
 * format, cleaned by {@link CleanCopy} (metadata, scripts and external references removed).
 *
 * <p>Output names: a photo {@code images/2021/x.jpg} under the assets folder becomes
 * {@code images/2021/x-480.<key8>.webp}, {@code images/2021/x-480.<key8>.jpg}, … under the output root,
 * where {@code key8} starts the cache key (source bytes + settings + encoder version): the name changes
 * exactly when the bytes do, so browsers may cache them for ever. GIF and SVG keep their path.
 */
public final class ImageProcessor {

    private final Path assetRoot;
    private final Path outputRoot;
    private final ImageOptions options;
    private final ImageCache cache;

    /** What publishing one path gave: an image or the message of why not, and warnings about it. */
    private record Outcome(ResponsiveImage image, org.bulletin.problem.Text error, boolean encoded,
                           List<org.bulletin.problem.Text> warnings) {
        Outcome(ResponsiveImage image, org.bulletin.problem.Text error, boolean encoded) {
            this(image, error, encoded, List.of());
        }
    }

    /**
     * @param assetRoot  the site's assets folder, whose content is published at the site root
     * @param outputRoot the output folder
     * @param cacheDir   where encoded variants are kept between builds, or null for none
     */
    public ImageProcessor(Path assetRoot, Path outputRoot, Path cacheDir, ImageOptions options) {
        this.assetRoot = assetRoot.toAbsolutePath().normalize();
        this.outputRoot = outputRoot.toAbsolutePath().normalize();
        this.options = options;
        this.cache = new ImageCache(cacheDir);
    }

    /**
     * Publishes every referenced image once, {@link ImageOptions#threads()} at a time; each reference to
     * an image that cannot be published is reported at its own file and line.
     */
    public ImageSet processAll(Collection<ImageRequest> requests, Problems problems) {
        Map<String, List<ImageRequest>> byPath = new TreeMap<>();
        for (ImageRequest r : requests) {
            byPath.computeIfAbsent(normalize(r.path()), k -> new ArrayList<>()).add(r);
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        Map<String, Future<Outcome>> futures = new LinkedHashMap<>();
        try {
            for (String path : byPath.keySet()) {
                futures.put(path, pool.submit(() -> publish(path)));
            }
            Map<String, ResponsiveImage> images = new TreeMap<>();
            int encoded = 0;
            int cached = 0;
            int gps = 0;
            for (Map.Entry<String, Future<Outcome>> e : futures.entrySet()) {
                Outcome outcome = await(e.getValue());
                List<ImageRequest> places = byPath.get(e.getKey()).stream().sorted(Comparator
                        .comparing(ImageRequest::sourceFile).thenComparingInt(ImageRequest::line)).toList();
                if (outcome.error() != null) {
                    places.forEach(r -> problems.add(ImageProblem.at(r, outcome.error())));
                    continue;
                }
                places.forEach(r -> outcome.warnings().forEach(w -> problems.add(ImageProblem.warningAt(r, w))));
                images.put(e.getKey(), outcome.image());
                boolean raster = !outcome.image().copiedAsIs();
                encoded += outcome.encoded() ? 1 : 0;
                cached += raster && !outcome.encoded() ? 1 : 0;
                gps += outcome.image().hadGps() ? 1 : 0;
            }
            return new ImageSet(images, new ImageReport(images.size(), encoded, cached, gps));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Publishes one image; on failure reports it at the request's file and line. */
    public Optional<ResponsiveImage> process(ImageRequest request, Problems problems) {
        return processAll(List.of(request), problems).get(normalize(request.path()));
    }

    /**
     * Empties the cache in {@code cacheDir} of photos that none of {@code used} holds (changed or removed
     * photos, old settings), so it does not grow build after build.
     */
    public static void pruneCache(Path cacheDir, Collection<ResponsiveImage> used) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (ResponsiveImage image : used) {
            for (Variant v : image.variants()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("-\\d+\\.([0-9a-f]{8})\\.\\w+$")
                        .matcher(v.path());
                if (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        new ImageCache(cacheDir).retain(keys);
    }

    /** The path relative to the assets folder, {@code /} separated, without a leading {@code /} or {@code ./}. */
    public static String normalize(String reference) {
        String p = reference.replace('\\', '/');
        while (p.startsWith("/") || p.startsWith("./")) {
            p = p.startsWith("/") ? p.substring(1) : p.substring(2);
        }
        return p;
    }

    private Outcome publish(String path) {
        try {
            return publishChecked(path);
        } catch (ImageException e) {
            return new Outcome(null, e.text(), false);
        } catch (IOException e) {
            return new Outcome(null, ImageProblem.unreadable(path, String.valueOf(e.getMessage())), false);
        } catch (RuntimeException | OutOfMemoryError e) { // a reader's failure on a hostile file, not a build error
            return new Outcome(null, ImageProblem.damaged(path, e.getClass().getSimpleName()), false);
        }
    }

    private Outcome publishChecked(String path) throws ImageException, IOException {
        Source source = read(path);
        if (!source.format().isRaster()) {
            CleanCopy.Result copy = CleanCopy.of(source.bytes(), source.format(), source.stored(), path);
            writeFile(path, copy.bytes());
            Variant v = new Variant(copy.size().width(), copy.size().height(), source.format().formatName(), path,
                    copy.bytes().length);
            return new Outcome(new ResponsiveImage(path, v.width(), v.height(), List.of(v), copy.hadGps()), null,
                    false, copy.warnings());
        }
        String key = ImageCache.key(source.bytes(), options);
        Optional<ImageCache.Entry> hit = cache.load(key);
        ImageCache.Entry entry = hit.isPresent() ? hit.get() : encode(path, source, key);
        return new Outcome(write(path, key, entry), null, hit.isEmpty());
    }

    /**
     * Encodes a photo into the cache now, unless it is there already, so that a later {@link #processAll}
     * only reads it back (a build encodes the photos its sources name while JRuby starts). Does nothing for
     * files that are copied as they are, and nothing without a cache folder. Problems are not reported
     * here: {@link #processAll} finds them again and reports them at each reference.
     *
     * @return true when the photo was encoded now
     */
    public boolean warm(String path) {
        try {
            Source source = read(normalize(path));
            if (source.format() != ImageFormat.SVG && source.format() != ImageFormat.GIF) {
                String key = ImageCache.key(source.bytes(), options);
                if (cache.enabled() && !cache.contains(key)) {
                    encode(path, source, key);
                    return true;
                }
            }
        } catch (ImageException | IOException | RuntimeException | OutOfMemoryError e) {
            // reported by processAll, at every reference to the photo
        }
        return false;
    }

    /** A source file that passed the checks: its bytes, format and stored size (SVG: none). */
    private record Source(byte[] bytes, ImageFormat format, SourceReader.Size stored) {
    }

    private Source read(String path) throws ImageException, IOException {
        String assetsName = assetRoot.getFileName() == null ? "assets" : assetRoot.getFileName().toString();
        Path file = assetRoot.resolve(path).normalize();
        if (!file.startsWith(assetRoot) || path.isEmpty()) {
            throw new ImageException(ImageProblem.outsideAssets(path, assetsName));
        }
        if (!Files.isRegularFile(file)) {
            throw new ImageException(ImageProblem.notFound(path, assetsName, suggestion(file)));
        }
        long size = Files.size(file);
        if (size > options.maxBytes()) {
            throw new ImageException(ImageProblem.tooManyBytes(path, size, options.maxBytes()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImageException(ImageProblem.notFound(path, assetsName, null));
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 64));
        ImageFormat format = ImageFormat.detect(head).orElseThrow(() ->
                new ImageException(ImageProblem.notAnImage(path, ImageFormat.describeUnsupported(head).orElse(null))));
        if (format == ImageFormat.SVG) {
            return new Source(bytes, format, null);
        }
        SourceReader.Size stored = SourceReader.size(bytes, format, path);
        if ((long) stored.width() * stored.height() > options.maxPixels()) {
            throw new ImageException(ImageProblem.tooManyPixels(path, stored.width(), stored.height(),
                    options.maxPixels()));
        }
        return new Source(bytes, format, stored);
    }

    /** Turns the photo upright, encodes every variant and stores them in the cache under {@code key}. */
    private ImageCache.Entry encode(String path, Source source, String key) throws ImageException {
        byte[] bytes = source.format() == ImageFormat.PNG ? PngChunks.withoutMetadataBombs(source.bytes()) : source.bytes();
        SourceReader.Facts facts = SourceReader.facts(bytes);
        BufferedImage upright = Orientation.apply(SourceReader.decode(bytes, source.format(), path),
                facts.orientation());
        // a graphic (screenshot, diagram, QR code: few colours) stays lossless: PNG and lossless WebP
        boolean graphic = source.format() != ImageFormat.JPEG && VariantEncoder.fewColours(upright);
        String fallback = graphic || source.format() != ImageFormat.JPEG && upright.getColorModel().hasAlpha()
                ? "png" : "jpeg";
        ImageCache.Entry entry = new ImageCache.Entry(facts.hadGps(),
                VariantEncoder.encode(upright, fallback, graphic, options));
        cache.store(key, entry);
        return entry;
    }

    private ResponsiveImage write(String path, String key, ImageCache.Entry entry) throws IOException {
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        List<Variant> variants = new ArrayList<>();
        for (VariantEncoder.Encoded e : entry.files()) {
            String ext = e.format().equals("jpeg") ? "jpg" : e.format();
            String out = dir + stem + "-" + e.width() + "." + key.substring(0, 8) + "." + ext;
            writeFile(out, e.data());
            variants.add(new Variant(e.width(), e.height(), e.format(), out, e.data().length));
        }
        variants.sort(Comparator.comparing(Variant::format).thenComparingInt(Variant::width));
        Variant largest = variants.stream().filter(v -> !v.format().equals("webp"))
                .max(Comparator.comparingInt(Variant::width)).orElseThrow();
        return new ResponsiveImage(largest.path(), largest.width(), largest.height(), variants, entry.hadGps());
    }

    private void writeFile(String relative, byte[] data) throws IOException {
        Path target = outputRoot.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.write(target, data);
    }

    /** A file in the same folder whose name differs only in letter case, as it would appear in the reference. */
    private String suggestion(Path missing) {
        Path folder = missing.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        String wanted = missing.getFileName().toString();
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.equalsIgnoreCase(wanted)).sorted()
                    .findFirst().map(n -> assetRoot.relativize(folder.resolve(n)).toString().replace('\\', '/'))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding images", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u;
            }
            throw new IllegalStateException("image encoding failed", e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "bulletin-images-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

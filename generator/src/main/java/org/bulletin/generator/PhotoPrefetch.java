package org.bulletin.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.config.SiteConfig;
import org.bulletin.images.ImageOptions;
import org.bulletin.images.ImageProcessor;
import org.bulletin.problem.Problems;
import org.bulletin.source.SourceTexts;

/**
 * Encodes photos into the image cache on one background thread while JRuby starts and converts, so
 * that the photo stage, which can only run once the converted pages say which photos are used, finds
 * them ready. A cold build of a small site otherwise spends about a second on photos after conversion,
 * while during JRuby's start one core is mostly idle.
 *
 * <p>It guesses from the sources, before conversion: a photo is encoded ahead when a document names
 * its file ({@code image::…/name.jpg[]}) or names its folder in {@code gallery::folder[]}. A wrong guess
 * costs background time only: the photo stage still decides what is published and reports every
 * problem (the prefetch reports nothing). {@link #stop()} is called before the photo stage: it starts
 * no further photo and waits for the one being encoded, so no photo is encoded twice.
 */
final class PhotoPrefetch {

    /** A file name of a photo as written in a source: the part after the last slash. */
    private static final Pattern PHOTO_NAME = Pattern.compile(
            "([^\\s/\\\\\\[\\]:\"'<>()]+\\.(?:jpe?g|png|webp))(?![\\w.])", Pattern.CASE_INSENSITIVE);
    /** The target of a gallery block macro, {@code gallery::images/2021/[]}. */
    private static final Pattern GALLERY = Pattern.compile("gallery::([^\\[\\s]*)\\[");

    /** Does nothing: for loads that publish no photos. */
    static final PhotoPrefetch NONE = new PhotoPrefetch(BuildListener.SILENT);

    private final BuildListener listener;
    private volatile boolean stopped;
    private volatile int named;
    private final Set<String> encoded = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private Thread thread;

    private PhotoPrefetch(BuildListener listener) {
        this.listener = listener;
    }

    /**
     * Starts encoding, in the background, the photos of the site that the {@code documents} (site-relative
     * paths, their texts in {@code texts}) name.
     */
    static PhotoPrefetch start(BuildRequest request, SiteConfig config, Map<String, Path> roots,
                               List<String> documents, SourceTexts texts, BuildListener listener) {
        PhotoPrefetch prefetch = new PhotoPrefetch(listener);
        if (roots.isEmpty()) {
            return prefetch;
        }
        ImageOptions options = PhotoStage.options(config, new Problems()); // problems: reported by the stage
        Path cache = PhotoStage.cacheDir(request);
        Path published = cache.resolve("published");
        prefetch.thread = new Thread(() -> {
            List<String> wanted = named(roots.keySet(), documents.stream().map(texts::get).toList());
            prefetch.named = wanted.size();
            for (String photo : wanted) {
                if (prefetch.stopped) {
                    break;
                }
                if (new ImageProcessor(roots.get(photo), published, cache, options).warm(photo)) {
                    prefetch.encoded.add(photo);
                }
            }
        }, "bulletin-photo-prefetch");
        prefetch.thread.setDaemon(true);
        prefetch.thread.setPriority(Thread.NORM_PRIORITY - 1);
        prefetch.thread.start();
        return prefetch;
    }

    /** Starts no further photo and waits for the one being encoded. */
    void stop() {
        stopped = true;
        if (thread != null) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            thread = null;
            listener.debug("photos encoded while converting, as the sources name them: " + encoded.size()
                    + " of " + named);
        }
    }

    /** The photos (site paths) this prefetch encoded, for the stage's report; complete after {@link #stop()}. */
    Set<String> encoded() {
        return Set.copyOf(encoded);
    }

    /**
     * The photos (site paths, sorted) whose file name occurs in a text, or whose folder is the target of a
     * {@code gallery::} macro in one (also when the target is relative to an {@code imagesdir}).
     */
    static List<String> named(Set<String> photos, List<String> texts) {
        Set<String> names = new HashSet<>();
        Set<String> galleries = new HashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = PHOTO_NAME.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
            if (text.contains("gallery::")) {
                Matcher g = GALLERY.matcher(text);
                while (g.find()) {
                    galleries.add(trimSlashes(ImageProcessor.normalize(g.group(1))));
                }
            }
        }
        List<String> wanted = new ArrayList<>();
        for (String photo : photos) { // sorted: a TreeMap's keys
            int slash = photo.lastIndexOf('/');
            String folder = slash < 0 ? "" : photo.substring(0, slash);
            if (names.contains(photo.substring(slash + 1)) || galleries.stream()
                    .anyMatch(g -> folder.equals(g) || folder.endsWith("/" + g))) {
                wanted.add(photo);
            }
        }
        return wanted;
    }

    private static String trimSlashes(String folder) {
        String f = folder;
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        return f;
    }
}

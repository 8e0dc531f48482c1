package org.bulletin.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.files.AtomicFiles;
import org.bulletin.files.FileStamp;
import org.bulletin.text.Sha256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Arrays;
import org.bulletin.config.SiteConfig;
import org.bulletin.source.SiteSources;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bulletin.model.Page;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.model.Site;
import org.bulletin.postprocess.HtmlPostProcessor;
import org.bulletin.postprocess.InlineStyleExtractor;
import org.bulletin.postprocess.PageContext;
import org.bulletin.publish.SitePublisher;
import org.bulletin.model.OutputFile;
import org.bulletin.render.SiteRenderer.Planned;

/**
 * Renders, post-processes and writes the planned pages, in parallel on all cores (the Thymeleaf engine
 * is thread-safe, each page gets its own jsoup document).
 *
 * <p>A full build writes into the publisher's staging folder. A {@link Previous rebuild} (the dev server)
 * renders only the pages whose inputs changed and writes them in place: an article's page is rendered
 * again when the article or the site's skeleton (every document's path, title, date, tags and type; the
 * quizzes; the messages) changed. Every other page (home, archive, tags, feed,
 * sitemap, quiz pages, printables, the message wall) is rendered again when the skeleton or a summary
 * changed: the default templates show nothing else of a document there. A site with templates of its
 * own may show anything anywhere: there an article's page also depends on its neighbours' content,
 * and any change of a document renders every page that is not an article or page again. Anything
 * else (configuration, templates, assets, the set of published files) means a full build.
 *
 * <p>A page that needs no rendering is taken from the last output after a check that the file is the
 * one the last build wrote: its size, modification time and file identity (inode) as recorded then
 * ("stamp"), or failing that, the SHA-256 of its bytes.
 */
final class SiteOutput {

    /**
     * What the last published build into an output folder looked like (kept in memory by the dev server,
     * and in {@code pages.txt} of the cache folder by {@link PageStates}).
     *
     * @param output       the output folder
     * @param inputs       fingerprint of everything that forces a full build when it changes
     * @param skeleton     fingerprint of the site's skeleton (see class comment)
     * @param lists        fingerprint of what the pages other than articles and pages are made from
     * @param site         fingerprint of every input of every page (skeleton, documents, quizzes, messages)
     * @param documents    output path → fingerprint of the article or page and its neighbours
     * @param pageProblems output path → the problems post-processing reported for that page
     * @param pageStyles   output path → the classes {@link InlineStyleExtractor} gave that page
     * @param styleRules   class → declaration of every inline style rule
     * @param hashes       output path → SHA-256 of the bytes written for that page
     * @param stamps       output path → size, modification time and identity of the file as written
     *                     (see {@link FileStamp#withIdentity}); filled in as pages are written
     */
    record Previous(String output, String inputs, String skeleton, String lists, String site,
                    Map<String, String> documents, Map<String, List<Problem>> pageProblems,
                    Map<String, Set<String>> pageStyles, Map<String, String> styleRules, Map<String, String> hashes,
                    Map<String, String> stamps) {
    }

    /** What {@link #write} did: pages planned, files rendered (stylesheet included), pages taken from the output. */
    record Written(int pages, int rendered, int copied, Previous state) {
    }

    private SiteOutput() {
    }

    /**
     * Renders and post-processes every planned output (or, with {@code previous}, the changed ones) and
     * writes each through {@code sink}; problems go to {@code problems}. With {@code copy}, the pages that
     * need no rendering are taken from {@code output} through {@link Sink#keep} once checked (rendered when
     * the check fails); without, they are left where they are.
     *
     * @param ownTemplates true when the site has templates of its own (see class comment)
     */
    static Written write(List<Planned> plan, SiteGenerator.LoadedSite loaded, HtmlPostProcessor post,
                         InlineStyleExtractor styles, Set<String> outputs, Path output, String inputs,
                         boolean ownTemplates, Previous previous, boolean copy, Sink sink, BuildListener listener) {
        Site site = loaded.site();
        org.bulletin.source.SourceTexts sourceTexts = loaded.sourceTexts();
        Problems problems = loaded.problems();
        Map<Page, String> prints = PageFingerprints.of(site, sourceTexts, loaded.keys());
        String skeleton = Sha256.hex(skeleton(site));
        String siteFingerprint = PageFingerprints.site(skeleton, site, prints);
        String lists = ownTemplates ? siteFingerprint : PageFingerprints.lists(skeleton, site);
        boolean incremental = previous != null && previous.output().equals(output.toString())
                && previous.inputs().equals(inputs);
        boolean sameSkeleton = incremental && previous.skeleton().equals(skeleton);
        boolean sameSite = incremental && previous.site().equals(siteFingerprint);
        boolean sameLists = incremental && previous.lists().equals(lists);
        listener.debug(previous == null ? "no state of the last build: every page is rendered"
                : !incremental ? "the last build had other inputs (configuration, templates, assets or files): every page is rendered"
                : sameSite ? "no page input changed since the last build"
                : sameLists ? "documents changed, the site's skeleton and summaries did not"
                : sameSkeleton ? "documents changed, the site's skeleton did not"
                : "the site's skeleton changed: every page is rendered");
        Map<String, String> documents = new HashMap<>();
        Map<String, List<Problem>> pageProblems = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Set<String>> pageStyles = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> stamps = new java.util.concurrent.ConcurrentHashMap<>();
        List<Integer> todo = new ArrayList<>();
        boolean[] unchanged = new boolean[plan.size()];
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            String ownInputs = null;
            if (p.document() != null) {
                Page d = p.document();
                // the default templates show a neighbour's title and link, which are in the skeleton
                ownInputs = ownTemplates
                        ? prints.get(d) + ',' + prints.get(site.newer(d).orElse(null)) + ','
                                + prints.get(site.older(d).orElse(null))
                        : prints.get(d) + ',' + site.newer(d).map(Page::source).orElse("") + ','
                                + site.older(d).map(Page::source).orElse("");
                documents.put(p.path(), ownInputs);
            }
            unchanged[i] = (sameSite || (p.document() == null ? sameLists
                    : sameSkeleton && ownInputs.equals(previous.documents().get(p.path()))))
                    && reusable(previous, p.path());
            if (unchanged[i] && !copy) {
                keep(previous, p.path(), pageProblems, pageStyles, hashes, styles);
                String stamp = previous.stamps().get(p.path());
                if (stamp != null) {
                    stamps.put(p.path(), stamp);
                }
            } else {
                todo.add(i);
            }
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        int total = todo.size();
        IntStream.range(0, total).parallel().forEach(k -> {
            Planned planned = plan.get(todo.get(k));
            try {
                if (unchanged[todo.get(k)] && takeOld(output, planned.path(), previous, sink, stamps)) {
                    keep(previous, planned.path(), pageProblems, pageStyles, hashes, styles);
                    listener.progress("render", done.incrementAndGet(), total);
                    return;
                }
                OutputFile f = planned.render().get();
                Problems own = new Problems();
                f = post.process(f, new PageContext(f.path(), f.source(), sourceTexts.get(f.source()),
                        outputs, own));
                pageProblems.put(f.path(), own.sorted());
                pageStyles.put(f.path(), styleClasses(f.content()));
                byte[] bytes = f.bytes();
                hashes.put(f.path(), Sha256.hex(bytes));
                String stamp = sink.write(f.path(), bytes);
                if (stamp != null) {
                    stamps.put(f.path(), stamp);
                }
                rendered.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            listener.progress("render", done.incrementAndGet(), total);
        });
        for (Planned p : plan) {
            problems.addAll(pageProblems.get(p.path()));
        }
        int written = rendered.get();
        if (styles.hasRules()) {
            written++;
            try {
                sink.write(InlineStyleExtractor.PATH, styles.stylesheet().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int pages = (int) plan.stream().filter(Planned::html).count();
        return new Written(pages, written, total - rendered.get(), new Previous(output.toString(), inputs, skeleton,
                lists, siteFingerprint, documents, pageProblems, pageStyles, styles.rules(), hashes, stamps));
    }

    /** True when {@code previous} holds everything needed to keep the page at {@code path} without rendering it. */
    private static boolean reusable(Previous previous, String path) {
        if (!previous.pageProblems().containsKey(path) || !previous.hashes().containsKey(path)) {
            return false;
        }
        Set<String> classes = previous.pageStyles().get(path);
        return classes != null && previous.styleRules().keySet().containsAll(classes);
    }

    private static void keep(Previous previous, String path, Map<String, List<Problem>> pageProblems,
                             Map<String, Set<String>> pageStyles, Map<String, String> hashes,
                             InlineStyleExtractor styles) {
        pageProblems.put(path, previous.pageProblems().get(path));
        Set<String> classes = previous.pageStyles().get(path);
        pageStyles.put(path, classes);
        hashes.put(path, previous.hashes().get(path));
        classes.forEach(c -> styles.keep(c, previous.styleRules().get(c)));
    }

    /**
     * Publishes the last build's file for an unchanged page through {@code sink} when it is still the file
     * that build wrote (same stamp, or else same SHA-256); false when it is not (the page is rendered).
     */
    private static boolean takeOld(Path output, String sitePath, Previous previous, Sink sink,
                                   Map<String, String> stamps) throws IOException {
        Path file = output.resolve(sitePath).normalize();
        if (!file.startsWith(output)) {
            return false;
        }
        String stamp = FileStamp.identityText(file);
        if (stamp == null) {
            return false;
        }
        if (stamp.equals(previous.stamps().get(sitePath))) {
            stamps.put(sitePath, sink.keep(file, sitePath, stamp));
            return true;
        }
        byte[] old;
        try {
            old = Files.readAllBytes(file);
        } catch (IOException e) {
            return false;
        }
        if (!Sha256.hex(old).equals(previous.hashes().get(sitePath))) {
            return false;
        }
        String written = sink.write(sitePath, old);
        if (written != null) {
            stamps.put(sitePath, written);
        }
        return true;
    }

    /**
     * The inline-style classes a finished page uses: every {@code bs-} and eight hexadecimal digits standing
     * as a word of its own (a plain scan: the regular expression with Unicode word boundaries took longer
     * than rendering the page).
     */
    static Set<String> styleClasses(String html) {
        Set<String> found = new java.util.TreeSet<>();
        for (int i = html.indexOf("bs-"); i >= 0; i = html.indexOf("bs-", i + 3)) {
            int end = i + 11;
            if (end > html.length()) {
                break;
            }
            if (i > 0 && isWordChar(html.charAt(i - 1)) || end < html.length() && isWordChar(html.charAt(end))) {
                continue;
            }
            boolean hex = true;
            for (int j = i + 3; j < end && hex; j++) {
                char c = html.charAt(j);
                hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            }
            if (hex) {
                found.add(html.substring(i, end));
            }
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** Where finished pages go. */
    interface Sink {
        /** Writes a page; returns its {@linkplain FileStamp#withIdentity stamp}, or null when it is not written yet. */
        String write(String sitePath, byte[] bytes) throws IOException;

        /**
         * Publishes the last build's unchanged file of a page; returns its stamp.
         *
         * @param stamp the old file's stamp, just read
         */
        default String keep(Path old, String sitePath, String stamp) throws IOException {
            return write(sitePath, Files.readAllBytes(old));
        }

        /** Into the staging folder; unchanged files are hard-linked there where the file system allows. */
        static Sink staging(SitePublisher publisher) {
            return new Sink() {
                @Override
                public String write(String sitePath, byte[] bytes) throws IOException {
                    publisher.write(sitePath, bytes);
                    return FileStamp.identityText(publisher.resolve(sitePath));
                }

                @Override
                public String keep(Path old, String sitePath, String stamp) throws IOException {
                    // a hard link is the same file: same size, time and inode
                    return publisher.link(old, sitePath) ? stamp : FileStamp.identityText(publisher.resolve(sitePath));
                }
            };
        }

        /** In place, each file replaced by a rename so the server never sends half a page. */
        static Sink inPlace(Path output) {
            return (sitePath, bytes) -> {
                Path target = output.resolve(sitePath).normalize();
                if (!target.startsWith(output)) {
                    throw new IllegalArgumentException("output path outside the site: " + sitePath);
                }
                AtomicFiles.replace(target, bytes);
                return FileStamp.identityText(target);
            };
        }
    }

    /** Everything but the bodies and summaries of articles and pages (for {@link PageFingerprints}). */
    static String skeleton(Site site) {
        StringBuilder s = new StringBuilder();
        for (List<Page> list : List.of(site.posts(), site.pages())) {
            for (Page p : list) {
                s.append(p.source()).append('|').append(p.uri()).append('|').append(p.type()).append('|')
                        .append(p.title()).append('|').append(p.date()).append('|').append(p.tags()).append('|')
                        .append(p.line()).append('\n');
            }
        }
        s.append(PageFingerprints.quizzesAndMessages(site));
        site.tags().forEach(t -> s.append(t.name()).append('|').append(t.uri()).append('\n'));
        return s.toString();
    }

    /**
     * Path, size and modification time of every source file besides the documents (assets and photos
     * included, and the data folder), for the inputs fingerprint.
     */
    static String sourceFiles(SiteSources sources) throws IOException {
        StringBuilder s = new StringBuilder();
        for (List<org.bulletin.source.SourceFile> list : List.of(sources.assets(), sources.contentAssets(),
                sources.data())) {
            for (org.bulletin.source.SourceFile f : list) {
                s.append(f.relative()).append('=').append(stamp(f.path())).append('\n');
            }
        }
        return s.append('\n').toString();
    }

    /** Everything besides documents whose change makes a rebuild render every page. */
    static String inputs(SiteConfig config, SiteSources sources, Map<String, Path> files,
                                 Set<String> outputs) throws IOException {
        StringBuilder s = new StringBuilder(describe(config)).append('\n').append(outputs).append('\n');
        if (sources.templates() != null && java.nio.file.Files.isDirectory(sources.templates())) {
            try (var walk = java.nio.file.Files.walk(sources.templates())) {
                for (Path t : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                    s.append(t).append('=').append(Sha256.hex(java.nio.file.Files.readAllBytes(t))).append('\n');
                }
            }
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            s.append(f.getKey()).append('=').append(stamp(f.getValue())).append('\n');
        }
        return s.toString();
    }

    /** The {@linkplain FileStamp#withIdentity stamp} of an input file; it must be there. */
    private static String stamp(Path file) throws IOException {
        String stamp = FileStamp.identityText(file);
        if (stamp == null) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "not a regular file");
        }
        return stamp;
    }

    /**
     * Every component of a record, by name, nested records included: what its {@code toString} gives,
     * without the method handles the JDK builds for that on its first call in a process (30 ms for the
     * site configuration).
     */
    static String describe(Record record) {
        StringBuilder s = new StringBuilder(record.getClass().getSimpleName()).append('[');
        java.lang.reflect.RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object value;
            try {
                value = components[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + components[i], e);
            }
            s.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
                    .append(value instanceof Record r ? describe(r) : String.valueOf(value));
        }
        return s.append(']').toString();
    }

    /** Copies the theme's and the site's static files into the staging folder; returns how many. */
    static int publishFiles(SitePublisher publisher, Map<String, byte[]> theme, Map<String, Path> files)
            throws IOException {
        int count = 0;
        for (Map.Entry<String, byte[]> e : theme.entrySet()) {
            if (!files.containsKey(e.getKey())) {
                publisher.write(e.getKey(), e.getValue());
                count++;
            }
        }
        for (Map.Entry<String, Path> e : files.entrySet()) {
            publisher.copy(e.getValue(), e.getKey());
            count++;
        }
        return count;
    }

}

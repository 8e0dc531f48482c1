package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Document;
import org.bulletin.model.Draft;
import org.bulletin.model.Message;
import org.bulletin.model.Page;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.model.SiteBuilder;
import org.bulletin.parse.AsciidoctorSession;
import org.bulletin.parse.ConversionCache;
import org.bulletin.parse.DocumentLoader;
import org.bulletin.parse.MessagesCsvParser;
import org.bulletin.parse.QuizEmbedCheck;
import org.bulletin.parse.QuizParser;
import org.bulletin.postprocess.HeadingAnchors;
import org.bulletin.postprocess.HtmlPostProcessor;
import org.bulletin.postprocess.ImageAttributes;
import org.bulletin.postprocess.ImageSizes;
import org.bulletin.postprocess.InlineStyleExtractor;
import org.bulletin.postprocess.LinkRewriter;
import org.bulletin.postprocess.QuizEmbeds;
import org.bulletin.publish.SitePublisher;
import org.bulletin.publish.ThemeAssets;
import org.bulletin.render.AnalyticsTag;
import org.bulletin.render.MessageWall;
import org.bulletin.render.MessageWallSettings;
import org.bulletin.model.OutputFile;
import org.bulletin.render.PrintPages;
import org.bulletin.render.QuizPages;
import org.bulletin.render.SiteRenderer;
import org.bulletin.render.ThymeleafRenderer;
import org.bulletin.source.SiteScanner;
import org.bulletin.source.SiteSources;
import org.bulletin.source.SourceFile;
import org.bulletin.source.SourceTexts;

/**
 * The facade, and the only place that knows the order of the stages:
 * scan → parse → model → render → post-process → publish. The CLI, the Maven plugin and the dev
 * server all call {@link #build(BuildRequest)}.
 *
 * <p>One generator holds its {@link AsciidoctorSessions} (started in the background as soon as a build
 * finds a document that is not in the {@link ConversionCache}, and reused by every later build until
 * {@link #close()}). The generator also remembers what its last build published and what it read, so
 * the dev server's rebuilds read and render only what changed.
 */
public final class SiteGenerator implements AutoCloseable {

    private final BuildListener listener;
    private final String identity;
    private final AsciidoctorSessions sessions;
    private ConversionCache cache;
    /** Output folder → what the last {@link #rebuild} published there. */
    private final Map<Path, SiteOutput.Previous> previous = new java.util.concurrent.ConcurrentHashMap<>();
    private final DocumentReads reads = new DocumentReads();

    public SiteGenerator(BuildListener listener) {
        this(listener, ConversionCache.generatorIdentity());
    }

    /** @param identity what the conversion cache is keyed on as "the generator" (tests change it) */
    public SiteGenerator(BuildListener listener, String identity) {
        this(listener, identity, AsciidoctorSessions.DOCUMENTS_PER_EXTRA_SESSION);
    }

    /** @param documentsPerExtraSession see {@link AsciidoctorSessions} (tests lower it to convert small sites in parallel) */
    SiteGenerator(BuildListener listener, String identity, int documentsPerExtraSession) {
        this.listener = listener;
        this.identity = identity;
        this.sessions = new AsciidoctorSessions(listener, documentsPerExtraSession);
    }

    /**
     * The parsed site: scan, parse and model, nothing rendered or written. Used by {@link #build},
     * the report and the collector (which need the quizzes).
     *
     * @param config      the typed configuration
     * @param sources     what the scan found
     * @param site        the model
     * @param sourceTexts source text of every document, by site-relative path (read when asked)
     * @param problems    problems found so far
     * @param keys        the {@linkplain ConversionCache#key cache key} of every published document that has
     *                    one, by site-relative path: its page is a function of the key alone
     */
    public record LoadedSite(SiteConfig config, SiteSources sources, Site site, SourceTexts sourceTexts,
                             Problems problems, Map<String, String> keys) {
    }

    /** Scans, parses and models the site without rendering or writing anything. */
    public LoadedSite load(BuildRequest request) throws IOException {
        return load(request, false).site();
    }

    /** A loaded site, and the photos being encoded ahead for its photo stage. */
    private record Loading(LoadedSite site, PhotoPrefetch photos) {
    }

    /**
     * @param prefetchPhotos true when a photo stage follows: if JRuby is still starting when the documents
     *                       to convert are known, the photos they name are encoded meanwhile
     */
    private Loading load(BuildRequest request, boolean prefetchPhotos) throws IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Path siteDir = request.siteDir();
        if (!java.nio.file.Files.isDirectory(siteDir)) {
            throw new java.nio.file.NoSuchFileException(siteDir.toString(), null, "the site folder does not exist");
        }
        if (!request.useCache() || !java.nio.file.Files.isDirectory(request.effectiveCacheDir().resolve("documents"))) {
            sessions.start(); // nothing can come from the cache: start JRuby now, while the site is read
        }
        ConversionCache cache = request.useCache() ? cache(request.effectiveCacheDir().resolve("documents")) : null;
        if (cache != null) {
            cache.preload(); // decodes the stored entries on another core while the site is scanned
        }
        SiteConfig config = ConfigLoader.load(siteDir, request.overrides(), problems);
        listener.debug("configuration read at " + millis(start) + " ms");
        SiteSources sources = SiteScanner.scan(siteDir, config);
        listener.debug("scanned " + sources.documents().size() + " documents at " + millis(start) + " ms");

        List<SourceFile> files = sources.documents();
        // gallery:: lists asset folders, so the asset list (paths and sizes) is part of every key
        StringBuilder assetList = new StringBuilder(identity);
        for (SourceFile a : sources.assets()) {
            assetList.append('\n').append(a.relative()).append(' ').append(a.path().toFile().length());
        }
        String salt = ConversionCache.salt(assetList.toString(), DocumentLoader.attributes(config, siteDir),
                config.properties(), siteDir);
        String[] keys = new String[files.size()];
        SourceTexts texts = new SourceTexts();
        ConversionCache.Entry[] entries = new ConversionCache.Entry[files.size()];
        Path stamps = request.useCache() ? request.effectiveCacheDir().resolve(DocumentReads.FILE) : null;
        if (stamps != null) {
            reads.load(stamps);
        }
        long now = System.currentTimeMillis();
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            DocumentReads.Read read = reads.read(files.get(i), salt, now);
            keys[i] = read.key();
            if (read.readable()) { // else not published: the loader reports it
                texts.add(files.get(i), read.text());
            }
            entries[i] = cache == null || !read.readable() ? null : cache.get(keys[i]);
        });
        reads.retain(files);
        if (stamps != null) {
            reads.save(stamps, files, salt);
        }
        listener.debug("read " + files.size() + " documents and cache entries at " + millis(start) + " ms");
        List<Integer> todo = IntStream.range(0, files.size()).filter(i -> entries[i] == null).boxed().toList();
        int misses = todo.size();
        PhotoPrefetch photos = prefetchPhotos && misses > 0 && !sessions.ready()
                ? PhotoPrefetch.start(request, config, PhotoStage.roots(request, config, sources),
                        files.stream().map(SourceFile::relative).toList(), texts, listener)
                : PhotoPrefetch.NONE;
        // a failed load leaves it to finish on its own: it is a daemon and writes only complete cache entries
        List<java.util.function.Supplier<AsciidoctorSession>> converters = misses == 0 ? List.of()
                : sessions.forConverting(misses);
        listener.info("Converting " + misses + " of " + files.size() + " documents"
                + (misses < files.size() ? " (" + (files.size() - misses) + " unchanged, from the cache)" : ""));
        List<Page> documents = new ArrayList<>();
        List<Quiz> quizzes = new ArrayList<>();
        Map<String, String> documentKeys = new HashMap<>();
        Set<String> used = new HashSet<>();
        Conversions.Converted[] converted = misses == 0 ? null
                : Conversions.convert(files, todo, converters, config, siteDir, listener);
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            ConversionCache.Entry entry = entries[i];
            if (entry == null) {
                entry = converted[i].entry();
                if (entry == null) {
                    problems.addAll(converted[i].problems().sorted());
                    continue;
                }
                if (cache != null) {
                    cache.put(keys[i], entry);
                }
            }
            used.add(keys[i]);
            problems.addAll(entry.problems());
            boolean published = entry.document().match(new Document.Cases<Boolean>() {
                @Override
                public Boolean page(Page page) {
                    return documents.add(page);
                }

                @Override
                public Boolean quiz(Quiz quiz) {
                    return quizzes.add(quiz);
                }

                @Override
                public Boolean draft(Draft draft) {
                    return false; // checked, never published
                }
            });
            if (published && keys[i] != null) {
                documentKeys.put(file.relative(), keys[i]);
            }
        }
        if (cache != null) {
            cache.prune(used);
        }
        listener.debug("converted " + misses + " documents at " + millis(start) + " ms");
        checkUniqueUris(documents, problems);
        List<Message> messages = MessagesCsvParser.parse(siteDir, config.folders().data(), problems);
        QuizParser.checkUniqueIds(quizzes, problems);
        Set<String> quizIds = new java.util.TreeSet<>();
        quizzes.forEach(q -> quizIds.add(q.id()));
        for (Page p : documents) {
            QuizEmbedCheck.check(p, () -> texts.get(p.source()), quizIds, problems);
        }
        List<Document> all = new ArrayList<>(documents);
        all.addAll(quizzes);
        Site site = SiteBuilder.build(config, all, messages);
        return new Loading(new LoadedSite(config, sources, site, texts, problems, documentKeys), photos);
    }

    /** Builds the site and, when it has no errors, publishes it atomically to the output folder. */
    public BuildResult build(BuildRequest request) throws IOException {
        return build(request, false);
    }

    /**
     * The dev server's build: like {@link #build}, but when only documents changed since this generator's
     * last published build into the same folder, renders only the pages whose inputs changed and replaces
     * them in place (see {@link SiteOutput}); otherwise a full build.
     */
    public BuildResult rebuild(BuildRequest request) throws IOException {
        return build(request, true);
    }

    private BuildResult build(BuildRequest request, boolean inPlace) throws IOException {
        long start = System.nanoTime();
        Loading loading = load(request, true);
        LoadedSite loaded = loading.site();
        SiteConfig config = loaded.config();
        SiteSources sources = loaded.sources();
        Site site = loaded.site();
        Problems problems = loaded.problems();
        listener.debug("loaded in " + millis(start) + " ms");

        Map<String, Path> files = assetFiles(sources, config);
        Map<String, byte[]> theme = ThemeAssets.load();
        List<java.util.function.Function<String, String>> quizEmbeds = new ArrayList<>(1);
        List<SiteRenderer.Planned> plan = plan(sources, config, site, problems, quizEmbeds);
        listener.debug("planned at " + millis(start) + " ms");
        if (plan == null) {
            loading.photos().stop();
            return finish(request, config, problems, false, 0, 0, start);
        }
        Set<String> outputs = new LinkedHashSet<>(files.keySet());
        outputs.addAll(theme.keySet());
        plan.forEach(f -> outputs.add(f.path()));
        loading.photos().stop(); // the photos encoded ahead are in the cache now; the stage encodes the rest
        PhotoStage photos = PhotoStage.run(request, config, sources, photoPages(site),
                loaded.sourceTexts(), loading.photos().encoded(), problems, listener);
        outputs.addAll(photos.outputs());
        listener.debug("photos at " + millis(start) + " ms");
        InlineStyleExtractor styles = new InlineStyleExtractor();
        outputs.add(InlineStyleExtractor.PATH);
        HtmlPostProcessor post = new HtmlPostProcessor(List.of(
                new QuizEmbeds(quizEmbeds.get(0), QuizPages.SCRIPTS, QuizPages.STYLES),
                styles,
                new LinkRewriter(config.folders().index(), config.folders().error404(), config.basePath()),
                photos.step(),
                new HeadingAnchors(config.chinese() ? "本节链接" : "Link to section"),
                new ImageAttributes(new ImageSizes(files))));
        String inputs = PageFingerprints.sha256(identity + '\n' + SiteOutput.sourceFiles(sources)
                + SiteOutput.inputs(config, sources, files, outputs));
        String refusal = SitePublisher.refusal(request.outputDir(), request.siteDir(), List.of(
                request.siteDir().resolve(config.folders().content()), request.siteDir().resolve(config.folders().assets()),
                request.siteDir().resolve(config.folders().data()), request.siteDir().resolve(config.folders().templates())));
        if (refusal != null) {
            problems.error("", 0, refusal);
            return finish(request, config, problems, false, 0, 0, start);
        }
        listener.debug("inputs at " + millis(start) + " ms");

        try {
            return write(request, site, loaded, plan, post, styles, outputs, inputs, inPlace, theme, files, photos, start);
        } catch (ThymeleafRenderer.RenderException e) {
            problems.add(templateProblem(e, sources, config));
            return finish(request, config, problems, false, 0, 0, start);
        }
    }

    private BuildResult write(BuildRequest request, Site site, LoadedSite loaded, List<SiteRenderer.Planned> plan,
                              HtmlPostProcessor post, InlineStyleExtractor styles, Set<String> outputs,
                              String inputs, boolean inPlace,
                              Map<String, byte[]> theme, Map<String, Path> files, PhotoStage photos, long start)
            throws IOException {
        Path output = request.outputDir();
        SiteConfig config = loaded.config();
        Problems problems = loaded.problems();
        SiteOutput.Previous last = previous.get(output);
        Path stateFile = request.useCache() ? request.effectiveCacheDir().resolve(PageStates.FILE) : null;
        if (inPlace && last != null && last.inputs().equals(inputs)
                && java.nio.file.Files.isDirectory(output)) {
            Map<String, byte[]> pages = new java.util.concurrent.ConcurrentHashMap<>();
            SiteOutput.Written w = SiteOutput.write(plan, loaded, post, styles, outputs, output, inputs, ownTemplates(loaded.sources()), last, false, (path, bytes) -> {
                        pages.put(path, bytes);
                        return null; // written below, once the build is known to be publishable
                    }, listener);
            BuildResult result = finish(request, config, problems, true, w.pages(), w.rendered(), start);
            if (result.published()) {
                SiteOutput.Sink sink = SiteOutput.Sink.inPlace(output);
                for (Map.Entry<String, byte[]> e : new TreeMap<>(pages).entrySet()) {
                    String stamp = sink.write(e.getKey(), e.getValue());
                    if (stamp != null) {
                        w.state().stamps().put(e.getKey(), stamp);
                    }
                }
                previous.put(output, w.state());
                if (stateFile != null) {
                    PageStates.save(stateFile, w.state());
                }
                listener.info("Rendered " + w.rendered() + " of " + w.pages() + " pages into " + output);
            }
            return result;
        }
        SiteOutput.Previous stored = last != null ? last : stateFile == null ? null : PageStates.load(stateFile);
        listener.debug("state of the last build read at " + millis(start) + " ms");
        try (SitePublisher publisher = SitePublisher.open(output)) {
            SiteOutput.Written w = SiteOutput.write(plan, loaded, post, styles, outputs, output, inputs, ownTemplates(loaded.sources()), stored, true, SiteOutput.Sink.staging(publisher), listener);
            listener.debug("rendered " + w.rendered() + " pages, took " + w.copied() + " from the last build, at "
                    + millis(start) + " ms");
            int count = w.rendered() + w.copied() + SiteOutput.publishFiles(publisher, theme, files)
                    + photos.publish(publisher);
            BuildResult result = finish(request, config, problems, true, w.pages(), count, start);
            if (result.published()) {
                publisher.commit();
                listener.debug("published at " + millis(start) + " ms");
                if (inPlace) {
                    previous.put(output, w.state());
                }
                if (stateFile != null) {
                    PageStates.save(stateFile, w.state());
                    listener.debug("state saved at " + millis(start) + " ms");
                }
                listener.info("Wrote " + count + " files to " + output);
            }
            return result;
        }
    }

    /** The result, with strict mode applied; not published when there are errors. */
    private BuildResult finish(BuildRequest request, SiteConfig config, Problems problems, boolean publishable,
                               int pages, int files, long start) {
        boolean strict = request.strict() != null ? request.strict() : config.strict();
        List<Problem> all = problems.sorted();
        if (strict) {
            all = all.stream().map(Problem::asError).toList();
        }
        if (!publishable || all.stream().anyMatch(Problem::isError)) {
            return new BuildResult(all, false, request.outputDir(), 0, 0, millis(start));
        }
        return new BuildResult(all, true, request.outputDir(), pages, files, millis(start));
    }

    private synchronized ConversionCache cache(Path dir) {
        if (cache == null || !cache.dir().equals(dir)) {
            cache = new ConversionCache(dir);
        }
        return cache;
    }

    /**
     * Starts Asciidoctor in the background now, so the dev server's first edit after a fully cached
     * build does not wait for JRuby.
     */
    public void prepareAsciidoctor() {
        sessions.start();
    }

    /**
     * Every output of the site, not rendered yet; null (with the problem reported) when a template is broken.
     * Adds the quiz blocks for {@code quiz::id[]} (rendered when a page asks) to {@code quizEmbeds}.
     */
    private static List<SiteRenderer.Planned> plan(SiteSources sources, SiteConfig config, Site site,
                                                   Problems problems,
                                                   List<java.util.function.Function<String, String>> quizEmbeds)
            throws IOException {
        ThymeleafRenderer thymeleaf = new ThymeleafRenderer(sources.templates(), Locale.forLanguageTag(config.locale()));
        try {
            QuizPages quizPages = new QuizPages(thymeleaf);
            quizEmbeds.add(quizPages.embeds(site));
            List<SiteRenderer.PageContributor> contributors = new ArrayList<>();
            contributors.add(quizPages);
            contributors.addAll(contributors(config, thymeleaf, problems, false));
            return new SiteRenderer(thymeleaf, site, contributors).plan();
        } catch (ThymeleafRenderer.RenderException e) {
            problems.add(templateProblem(e, sources, config));
            return null;
        }
    }

    /** The page contributors of every build: message wall, printables (answer keys only when asked), analytics. */
    private static List<SiteRenderer.PageContributor> contributors(SiteConfig config, ThymeleafRenderer thymeleaf,
                                                                   Problems problems, boolean answerKeys) {
        List<SiteRenderer.PageContributor> list = new ArrayList<>();
        list.add(new MessageWall(MessageWallSettings.from(config, problems), thymeleaf.text("nav.messages")));
        list.add(new PrintPages(answerKeys));
        AnalyticsTag analytics = AnalyticsTag.from(config, problems);
        if (analytics != null) {
            list.add(analytics);
        }
        return list;
    }

    /**
     * A renderer of the loaded site in its theme, with the build's contributors, for pages made outside
     * a build (the campaign report, the printables with answer keys).
     */
    public SiteRenderer renderer(LoadedSite loaded, boolean answerKeys) throws IOException {
        ThymeleafRenderer thymeleaf = new ThymeleafRenderer(loaded.sources().templates(),
                Locale.forLanguageTag(loaded.config().locale()));
        return new SiteRenderer(thymeleaf, loaded.site(),
                contributors(loaded.config(), thymeleaf, loaded.problems(), answerKeys));
    }

    private static Problem templateProblem(ThymeleafRenderer.RenderException e, SiteSources sources,
                                           SiteConfig config) {
        String file = sources.templates() != null
                && java.nio.file.Files.exists(sources.templates().resolve(e.template() + ".html"))
                ? config.folders().templates() + "/" + e.template() + ".html"
                : "theme:" + e.template();
        return Problem.error(file, e.line(), "template error: " + e.getMessage());
    }

    /**
     * Site path → file for the site's assets (at the root) and non-AsciiDoc files in content; photos are
     * left to the {@link PhotoStage}, which publishes them resized and stripped of metadata.
     */
    private static Map<String, Path> assetFiles(SiteSources sources, SiteConfig config) {
        Map<String, Path> files = new TreeMap<>();
        String assets = config.folders().assets() + "/";
        for (SourceFile f : sources.assets()) {
            if (!PhotoStage.isPhoto(f.relative())) {
                files.put(f.relative().substring(assets.length()), f.path());
            }
        }
        String content = config.folders().content() + "/";
        for (SourceFile f : sources.contentAssets()) {
            if (!PhotoStage.isPhoto(f.relative())) {
                files.putIfAbsent(f.relative().substring(content.length()), f.path());
            }
        }
        return files;
    }

    private static void checkUniqueUris(List<Page> documents, Problems problems) {
        Map<String, Page> seen = new HashMap<>();
        for (Page p : documents) {
            Page other = seen.putIfAbsent(p.uri(), p);
            if (other != null) {
                problems.error(p.source(), 1, "this file and " + other.source() + " would both be published as "
                        + p.uri() + ": rename one of them");
            }
        }
    }

    /**
     * The converted content of every page, for finding the photos it uses (templates of the default
     * theme use no photos): articles, pages and quiz texts.
     */
    private static List<OutputFile> photoPages(Site site) {
        List<OutputFile> pages = new ArrayList<>();
        for (Document d : site.documents()) {
            d.match(new Document.Cases<Void>() {
                @Override
                public Void page(Page p) {
                    pages.add(new OutputFile(p.uri(), p.html(), true, p.source()));
                    return null;
                }

                @Override
                public Void quiz(Quiz q) {
                    StringBuilder html = new StringBuilder(q.introHtml());
                    q.questions().forEach(x -> html.append(x.bodyHtml()).append(x.explanationHtml()));
                    pages.add(new OutputFile(QuizPages.uri(q, site.config()), html.toString(), true, q.source()));
                    return null;
                }

                @Override
                public Void draft(Draft draft) {
                    return null; // publishes nothing, so uses no photos
                }
            });
        }
        return pages;
    }

    /** True when the site has a templates folder with anything in it (see {@link SiteOutput}). */
    private static boolean ownTemplates(SiteSources sources) throws IOException {
        if (sources.templates() == null) {
            return false;
        }
        try (var files = java.nio.file.Files.walk(sources.templates())) {
            return files.anyMatch(java.nio.file.Files::isRegularFile);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        sessions.close();
    }
}

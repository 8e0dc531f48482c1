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
import org.bulletin.model.Message;
import org.bulletin.model.Page;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.model.SiteBuilder;
import org.bulletin.incremental.CachedDocuments;
import org.bulletin.incremental.DocumentReads;
import org.bulletin.incremental.InputsFingerprint;
import org.bulletin.incremental.PageState;
import org.bulletin.incremental.PageStates;
import org.bulletin.incremental.ReusedPages;
import org.bulletin.parse.AsciidoctorSession;
import org.bulletin.parse.DocumentStore;
import org.bulletin.incremental.ConversionCache;
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
import org.bulletin.publish.PageSink;
import org.bulletin.publish.SitePublisher;
import org.bulletin.publish.ThemeAssets;
import org.bulletin.render.AnalyticsTag;
import org.bulletin.render.MessageWall;
import org.bulletin.render.PageReuse;
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
    private final boolean speedUps;
    private final AsciidoctorSessions sessions;
    private ConversionCache cache;
    /** Output folder → what the last {@link #rebuild} published there. */
    private final Map<Path, PageState> previous = new java.util.concurrent.ConcurrentHashMap<>();
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
        this(listener, identity, documentsPerExtraSession, true);
    }

    /**
     * @param speedUps false for a build without any speed-up: no document store, every page rendered
     *                 (what a warm build's output must equal byte for byte)
     */
    SiteGenerator(BuildListener listener, String identity, int documentsPerExtraSession, boolean speedUps) {
        this.listener = listener;
        this.speedUps = speedUps;
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
    private record Loading(LoadedSite site, PhotoPrefetch photos, int converted, int fromStore) {
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
        DocumentStore store = store(request);
        if (store.empty()) {
            sessions.start(); // nothing can come from the store: start JRuby now, while the site is read
        }
        store.preload();
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
        DocumentStore.Read[] reads = store.read(files, new DocumentStore.Inputs(assetList.toString(),
                DocumentLoader.attributes(config, siteDir), config.properties(), siteDir));
        String[] keys = new String[files.size()];
        SourceTexts texts = new SourceTexts();
        DocumentStore.Entry[] entries = new DocumentStore.Entry[files.size()];
        for (int i = 0; i < files.size(); i++) {
            keys[i] = reads[i].key();
            if (reads[i].readable()) { // else not published: the loader reports it
                texts.add(files.get(i), reads[i].text());
            }
            entries[i] = reads[i].entry();
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
            DocumentStore.Entry entry = entries[i];
            if (entry == null) {
                entry = converted[i].entry();
                if (entry == null) {
                    problems.addAll(converted[i].problems().sorted());
                    continue;
                }
                store.put(keys[i], entry);
            }
            used.add(keys[i]);
            problems.addAll(entry.problems());
            if (entry.draft()) {
                continue;
            }
            if (keys[i] != null) {
                documentKeys.put(file.relative(), keys[i]);
            }
            if (entry.page() != null) {
                documents.add(entry.page());
            }
            if (entry.quiz() != null) {
                quizzes.add(entry.quiz());
            }
        }
        store.prune(used);
        listener.debug("converted " + misses + " documents at " + millis(start) + " ms");
        checkUniqueUris(documents, problems);
        List<Message> messages = MessagesCsvParser.parse(siteDir, config.folders().data(), problems);
        QuizParser.checkUniqueIds(quizzes, problems);
        Set<String> quizIds = new java.util.TreeSet<>();
        quizzes.forEach(q -> quizIds.add(q.id()));
        for (Page p : documents) {
            QuizEmbedCheck.check(p, () -> texts.get(p.source()), quizIds, problems);
        }
        Site site = SiteBuilder.build(config, documents, quizzes, messages);
        return new Loading(new LoadedSite(config, sources, site, texts, problems, documentKeys), photos, misses,
                files.size() - misses);
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
            return finish(request, config, problems, null, start);
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
        String inputs = speedUps ? InputsFingerprint.of(identity, config, sources, files, outputs) : "";
        String refusal = SitePublisher.refusal(request.outputDir(), request.siteDir(), List.of(
                request.siteDir().resolve(config.folders().content()), request.siteDir().resolve(config.folders().assets()),
                request.siteDir().resolve(config.folders().data()), request.siteDir().resolve(config.folders().templates())));
        if (refusal != null) {
            problems.error("", 0, refusal);
            return finish(request, config, problems, null, start);
        }
        listener.debug("inputs at " + millis(start) + " ms");

        try {
            return write(request, loaded, new SiteOutput.Pages(plan, post, styles, outputs), inputs, inPlace,
                    new Statics(theme, files, photos), loading, start);
        } catch (ThymeleafRenderer.RenderException e) {
            problems.add(templateProblem(e, sources, config));
            return finish(request, config, problems, null, start);
        }
    }

    /** The files published besides the pages: the theme's, the site's, the photos. */
    private record Statics(Map<String, byte[]> theme, Map<String, Path> files, PhotoStage photos) {
    }

    private BuildResult write(BuildRequest request, LoadedSite loaded, SiteOutput.Pages pages, String inputs,
                              boolean inPlace, Statics statics, Loading loading, long start) throws IOException {
        Path output = request.outputDir();
        SiteConfig config = loaded.config();
        Problems problems = loaded.problems();
        PageState last = previous.get(output);
        Path stateFile = request.useCache() && speedUps ? request.effectiveCacheDir().resolve(PageStates.FILE) : null;
        boolean ownTemplates = ownTemplates(loaded.sources());
        if (inPlace && last != null && last.inputs().equals(inputs)
                && java.nio.file.Files.isDirectory(output)) {
            Map<String, byte[]> written = new java.util.concurrent.ConcurrentHashMap<>();
            ReusedPages reuse = new ReusedPages(last, output, inputs, ownTemplates, true);
            SiteOutput.Written w = SiteOutput.write(pages, loaded, reuse, (path, bytes) -> {
                        written.put(path, bytes);
                        return null; // written below, once the build is known to be publishable
                    }, listener);
            listener.debug(reuse.decision());
            BuildResult result = finish(request, config, problems,
                    counts(loading, w, w.rendered(), statics.photos()), start);
            if (result.published()) {
                PageSink sink = PageSink.inPlace(output);
                Map<String, String> stamps = new HashMap<>();
                for (Map.Entry<String, byte[]> e : new TreeMap<>(written).entrySet()) {
                    String stamp = sink.write(e.getKey(), e.getValue());
                    if (stamp != null) {
                        stamps.put(e.getKey(), stamp);
                    }
                }
                PageState state = reuse.state(pages.styles().rules()).withStamps(stamps);
                previous.put(output, state);
                if (stateFile != null) {
                    PageStates.save(stateFile, state);
                }
                listener.info("Rendered " + w.rendered() + " of " + w.pages() + " pages into " + output);
            }
            return result;
        }
        PageState stored = last != null ? last : stateFile == null ? null : PageStates.load(stateFile);
        listener.debug("state of the last build read at " + millis(start) + " ms");
        try (SitePublisher publisher = SitePublisher.open(output)) {
            ReusedPages reuse = new ReusedPages(stored, output, inputs, ownTemplates, false);
            SiteOutput.Written w = SiteOutput.write(pages, loaded, speedUps ? reuse : PageReuse.NONE,
                    PageSink.staging(publisher), listener);
            listener.debug(speedUps ? reuse.decision() : "no speed-ups: every page is rendered");
            listener.debug("rendered " + w.rendered() + " pages, took " + w.copied() + " from the last build, at "
                    + millis(start) + " ms");
            int count = w.rendered() + w.copied() + SiteOutput.publishFiles(publisher, statics.theme(), statics.files())
                    + statics.photos().publish(publisher);
            BuildResult result = finish(request, config, problems, counts(loading, w, count, statics.photos()), start);
            if (result.published()) {
                publisher.commit();
                listener.debug("published at " + millis(start) + " ms");
                if (inPlace && speedUps) {
                    previous.put(output, reuse.state(pages.styles().rules()));
                }
                if (stateFile != null) {
                    PageStates.save(stateFile, reuse.state(pages.styles().rules()));
                    listener.debug("state saved at " + millis(start) + " ms");
                }
                listener.info("Wrote " + count + " files to " + output);
            }
            return result;
        }
    }

    private static Written counts(Loading loading, SiteOutput.Written w, int files, PhotoStage photos) {
        return new Written(w.pages(), new BuildResult.Counts(loading.converted(), loading.fromStore(), w.rendered(),
                w.reused(), files, photos.report().encoded(), photos.report().fromCache()));
    }

    /** What a publishable build wrote: pages planned, and the counts. */
    private record Written(int pages, BuildResult.Counts counts) {
    }

    /** The result, with strict mode applied; not published when there are errors or nothing was {@code written}. */
    private BuildResult finish(BuildRequest request, SiteConfig config, Problems problems, Written written,
                               long start) {
        boolean strict = request.strict() != null ? request.strict() : config.strict();
        List<Problem> all = problems.sorted();
        if (strict) {
            all = all.stream().map(Problem::asError).toList();
        }
        if (written == null || all.stream().anyMatch(Problem::isError)) {
            return new BuildResult(all, false, request.outputDir(), 0, 0, millis(start));
        }
        return new BuildResult(all, true, request.outputDir(), written.pages(), written.counts().written(),
                millis(start), written.counts());
    }

    /** The store of this build's converted documents: the cache folder's, or none. */
    private synchronized DocumentStore store(BuildRequest request) {
        if (!request.useCache() || !speedUps) {
            return DocumentStore.NONE;
        }
        Path dir = CachedDocuments.cacheDir(request.effectiveCacheDir());
        if (cache == null || !cache.dir().equals(dir)) {
            cache = new ConversionCache(dir);
        }
        return new CachedDocuments(cache, reads, CachedDocuments.stampFile(request.effectiveCacheDir()));
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
        for (Page p : site.posts()) {
            pages.add(new OutputFile(p.uri(), p.html(), true, p.source()));
        }
        for (Page p : site.pages()) {
            pages.add(new OutputFile(p.uri(), p.html(), true, p.source()));
        }
        for (Quiz q : site.quizzes()) {
            StringBuilder html = new StringBuilder(q.introHtml());
            q.questions().forEach(x -> html.append(x.bodyHtml()).append(x.explanationHtml()));
            pages.add(new OutputFile(QuizPages.uri(q, site.config()), html.toString(), true, q.source()));
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

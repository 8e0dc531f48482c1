package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.bulletin.config.SiteConfig;
import org.bulletin.incremental.CachedDocuments;
import org.bulletin.incremental.ConversionCache;
import org.bulletin.incremental.DocumentReads;
import org.bulletin.incremental.InputsFingerprint;
import org.bulletin.model.Site;
import org.bulletin.parse.DocumentStore;
import org.bulletin.problem.Problems;
import org.bulletin.render.SiteRenderer;
import org.bulletin.render.ThymeleafRenderer;
import org.bulletin.source.SiteSources;
import org.bulletin.source.SourceTexts;

/**
 * The facade, and the only place that knows the order of the stages:
 * {@link ScanStage} → {@link ConvertStage} → {@link ModelStage} → {@link PlanStage} (page plan, photos,
 * post-processing chain) → {@link PublishStage} (render → post-process → publish), each taking the
 * previous stage's record. The CLI, the Maven plugin and the dev server all call
 * {@link #build(BuildRequest)}; it is also the one place that wires the speed-ups of
 * {@code org.bulletin.incremental} into the stages (a {@link DocumentStore} for the convert stage, page
 * reuse for the publish stage), or builds without them.
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
    private final ConvertStage convertStage;
    private final PublishStage publishStage;
    private ConversionCache cache;
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
        this.convertStage = new ConvertStage(listener, identity, sessions);
        this.publishStage = new PublishStage(listener, speedUps);
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

    /** Builds the site and, when it has no errors, publishes it atomically to the output folder. */
    public BuildResult build(BuildRequest request) throws IOException {
        return build(request, false);
    }

    /**
     * The dev server's build: like {@link #build}, but when only documents changed since this generator's
     * last published build into the same folder, renders only the pages whose inputs changed and replaces
     * them in place (see {@link PublishStage}); otherwise a full build.
     */
    public BuildResult rebuild(BuildRequest request) throws IOException {
        return build(request, true);
    }

    private BuildResult build(BuildRequest request, boolean inPlace) throws IOException {
        long start = System.nanoTime();
        Loaded loaded = load(request, true);
        LoadedSite site = loaded.site();
        listener.debug("loaded in " + Timing.millis(start) + " ms");
        if (request.publishing()) { // not the dev server's preview, where a placeholder address is expected
            PlaceholderHost.warn(site.config(), site.problems());
        }
        try {
            PlanStage.Plan plan = PlanStage.plan(request, loaded, listener);
            listener.debug("planned, photos at " + Timing.millis(start) + " ms");
            String inputs = speedUps ? InputsFingerprint.of(identity, site.config(), site.sources(),
                    plan.statics().files(), plan.pages().outputs()) : "";
            listener.debug("inputs at " + Timing.millis(start) + " ms");
            return publishStage.publish(request, loaded, plan, inputs, inPlace, start);
        } catch (ThymeleafRenderer.RenderException e) {
            loaded.photos().stop();
            site.problems().add(PlanStage.templateProblem(e, site.sources(), site.config()));
            return PublishStage.finish(request, site.config(), site.problems(), null, start);
        }
    }

    /**
     * Scan → convert → model.
     *
     * @param prefetchPhotos true when a photo stage follows (see {@link ConvertStage#convert})
     */
    private Loaded load(BuildRequest request, boolean prefetchPhotos) throws IOException {
        ScanStage.requireSiteFolder(request.siteDir());
        DocumentStore store = store(request);
        convertStage.prepare(store); // JRuby and the store's preload overlap with the scan
        ScanStage.Scanned scanned = ScanStage.scan(request, listener);
        ConvertStage.Converted converted = convertStage.convert(scanned, store, prefetchPhotos);
        return ModelStage.model(converted);
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
     * A renderer of the loaded site in its theme, with the build's contributors, for pages made outside
     * a build (the campaign report, the printables with answer keys).
     */
    public SiteRenderer renderer(LoadedSite loaded, boolean answerKeys) throws IOException {
        ThymeleafRenderer thymeleaf = new ThymeleafRenderer(loaded.sources().templates(), loaded.config().language());
        return new SiteRenderer(thymeleaf, loaded.site(),
                PlanStage.contributors(loaded.config(), thymeleaf, loaded.problems(), answerKeys));
    }

    /** Pages in the loaded site's theme for a folder of their own (the campaign report, answer keys). */
    public ThemePages themePages(LoadedSite loaded) throws IOException {
        return new ThemePages(loaded.site(), renderer(loaded, false));
    }

    @Override
    public void close() {
        sessions.close();
    }
}

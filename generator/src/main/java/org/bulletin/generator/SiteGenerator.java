package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Message;
import org.bulletin.model.Page;
import org.bulletin.model.Problem;
import org.bulletin.model.Problems;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.model.SiteBuilder;
import org.bulletin.parse.ArticleParser;
import org.bulletin.parse.AsciidoctorSession;
import org.bulletin.parse.DocumentLoader;
import org.bulletin.parse.MessagesCsvParser;
import org.bulletin.parse.ParsedDocument;
import org.bulletin.parse.QuizEmbedCheck;
import org.bulletin.parse.QuizMacro;
import org.bulletin.parse.QuizParser;
import org.bulletin.postprocess.HeadingAnchors;
import org.bulletin.postprocess.HtmlPostProcessor;
import org.bulletin.postprocess.ImageAttributes;
import org.bulletin.postprocess.ImageSizes;
import org.bulletin.postprocess.InlineStyleExtractor;
import org.bulletin.postprocess.LinkRewriter;
import org.bulletin.postprocess.PageContext;
import org.bulletin.postprocess.QuizEmbeds;
import org.bulletin.publish.SitePublisher;
import org.bulletin.publish.ThemeAssets;
import org.bulletin.render.AnalyticsTag;
import org.bulletin.render.MessageWall;
import org.bulletin.render.MessageWallSettings;
import org.bulletin.render.OutputFile;
import org.bulletin.render.PrintPages;
import org.bulletin.render.QuizPages;
import org.bulletin.render.SiteRenderer;
import org.bulletin.render.ThymeleafRenderer;
import org.bulletin.source.SiteScanner;
import org.bulletin.source.SiteSources;
import org.bulletin.source.SourceFile;

/**
 * The facade, and the only place that knows the order of the stages:
 * scan → parse → model → render → post-process → publish. The CLI, the Maven plugin and the dev
 * server all call {@link #build(BuildRequest)}.
 *
 * <p>One generator holds one Asciidoctor instance, started in the background as soon as the
 * generator is created (JRuby takes seconds) and reused by every build until {@link #close()}.
 */
public final class SiteGenerator implements AutoCloseable {

    private final CompletableFuture<AsciidoctorSession> session;
    private final BuildListener listener;

    public SiteGenerator(BuildListener listener) {
        this.listener = listener;
        this.session = CompletableFuture.supplyAsync(AsciidoctorSession::start);
    }

    /**
     * The parsed site: scan, parse and model, nothing rendered or written. Used by {@link #build},
     * the report and the collector (which need the quizzes).
     *
     * @param config      the typed configuration
     * @param sources     what the scan found
     * @param site        the model
     * @param sourceTexts source text of every published document, by site-relative path
     * @param problems    problems found so far
     */
    public record LoadedSite(SiteConfig config, SiteSources sources, Site site, Map<String, String> sourceTexts,
                             Problems problems) {
    }

    /** Scans, parses and models the site without rendering or writing anything. */
    public LoadedSite load(BuildRequest request) throws IOException {
        Problems problems = new Problems();
        Path siteDir = request.siteDir();
        if (!java.nio.file.Files.isDirectory(siteDir)) {
            throw new java.nio.file.NoSuchFileException(siteDir.toString(), null, "the site folder does not exist");
        }
        SiteConfig config = ConfigLoader.load(siteDir, request.overrides(), problems);
        SiteSources sources = SiteScanner.scan(siteDir, config);
        listener.info("Converting " + sources.documents().size() + " documents");

        session().register(QuizMacro.REGISTRATION);
        DocumentLoader loader = new DocumentLoader(session(), config, siteDir);
        ArticleParser articles = new ArticleParser(loader, config);
        QuizParser quizParser = new QuizParser(loader, config);
        List<Page> documents = new ArrayList<>();
        List<Quiz> quizzes = new ArrayList<>();
        Map<String, String> sourceTexts = new HashMap<>();
        int done = 0;
        for (SourceFile file : sources.documents()) {
            ParsedDocument doc = loader.load(file, problems);
            listener.progress("convert", ++done, sources.documents().size());
            if (doc == null || doc.isDraft()) {
                continue;
            }
            sourceTexts.put(file.relative(), doc.text());
            if ("quiz".equals(doc.type())) {
                quizzes.add(quizParser.parse(doc, problems));
                continue;
            }
            documents.add(articles.parse(doc, problems));
        }
        checkUniqueUris(documents, problems);
        List<Message> messages = MessagesCsvParser.parse(siteDir, config.folders().data(), problems);
        QuizParser.checkUniqueIds(quizzes, problems);
        Set<String> quizIds = new java.util.TreeSet<>();
        quizzes.forEach(q -> quizIds.add(q.id()));
        for (Page p : documents) {
            QuizEmbedCheck.check(p, sourceTexts.getOrDefault(p.source(), ""), quizIds, problems);
        }
        Site site = SiteBuilder.build(config, documents, quizzes, messages);
        return new LoadedSite(config, sources, site, sourceTexts, problems);
    }

    /** Builds the site and, when it has no errors, publishes it atomically to the output folder. */
    public BuildResult build(BuildRequest request) throws IOException {
        long start = System.nanoTime();
        LoadedSite loaded = load(request);
        SiteConfig config = loaded.config();
        SiteSources sources = loaded.sources();
        Site site = loaded.site();
        Problems problems = loaded.problems();
        Map<String, String> sourceTexts = loaded.sourceTexts();

        Map<String, String> quizEmbeds = new TreeMap<>();
        List<OutputFile> rendered = render(sources, config, site, problems, quizEmbeds);
        Map<String, Path> files = assetFiles(sources, config);
        Map<String, byte[]> theme = ThemeAssets.load();
        Set<String> outputs = new LinkedHashSet<>(files.keySet());
        outputs.addAll(theme.keySet());
        rendered.forEach(f -> outputs.add(f.path()));

        InlineStyleExtractor styles = new InlineStyleExtractor();
        outputs.add(InlineStyleExtractor.PATH);
        HtmlPostProcessor post = new HtmlPostProcessor(List.of(
                new QuizEmbeds(quizEmbeds, QuizPages.SCRIPTS, QuizPages.STYLES),
                styles,
                new LinkRewriter(config.folders().index(), config.folders().error404(), config.basePath()),
                new HeadingAnchors(config.chinese() ? "本节链接" : "Link to section"),
                new ImageAttributes(new ImageSizes(files))));
        List<OutputFile> finished = new ArrayList<>(rendered.size());
        for (OutputFile f : rendered) {
            finished.add(post.process(f, new PageContext(f.path(), f.source(),
                    sourceTexts.getOrDefault(f.source(), ""), outputs, problems)));
        }
        if (styles.hasRules()) {
            finished.add(new OutputFile(InlineStyleExtractor.PATH, styles.stylesheet(), false, ""));
        }

        String refusal = SitePublisher.refusal(request.outputDir(), request.siteDir(), List.of(
                request.siteDir().resolve(config.folders().content()), request.siteDir().resolve(config.folders().assets()),
                request.siteDir().resolve(config.folders().data()), request.siteDir().resolve(config.folders().templates())));
        if (refusal != null) {
            problems.error("", 0, refusal);
        }
        boolean strict = request.strict() != null ? request.strict() : config.strict();
        List<Problem> all = problems.sorted();
        if (strict) {
            all = all.stream().map(Problem::asError).toList();
        }
        if (all.stream().anyMatch(Problem::isError)) {
            return new BuildResult(all, false, request.outputDir(), 0, 0, millis(start));
        }
        int count = publish(request.outputDir(), theme, files, finished);
        listener.info("Wrote " + count + " files to " + request.outputDir());
        long pages = finished.stream().filter(OutputFile::html).count();
        return new BuildResult(all, true, request.outputDir(), (int) pages, count, millis(start));
    }

    private AsciidoctorSession session() {
        return session.join();
    }

    private List<OutputFile> render(SiteSources sources, SiteConfig config, Site site, Problems problems,
                                    Map<String, String> quizEmbeds) throws IOException {
        ThymeleafRenderer thymeleaf = new ThymeleafRenderer(sources.templates(), Locale.forLanguageTag(config.locale()));
        try {
            QuizPages quizPages = new QuizPages(thymeleaf);
            quizEmbeds.putAll(quizPages.embeds(site));
            List<SiteRenderer.PageContributor> contributors = new ArrayList<>();
            contributors.add(quizPages);
            contributors.addAll(contributors(config, thymeleaf, problems, false));
            return new SiteRenderer(thymeleaf, site, contributors).renderAll();
        } catch (ThymeleafRenderer.RenderException e) {
            String file = sources.templates() != null
                    && java.nio.file.Files.exists(sources.templates().resolve(e.template() + ".html"))
                    ? config.folders().templates() + "/" + e.template() + ".html"
                    : "theme:" + e.template();
            problems.error(file, e.line(), "template error: " + e.getMessage());
            return List.of();
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

    /** Site path → file for the site's assets (at the root) and non-AsciiDoc files in content. */
    private static Map<String, Path> assetFiles(SiteSources sources, SiteConfig config) {
        Map<String, Path> files = new TreeMap<>();
        String assets = config.folders().assets() + "/";
        for (SourceFile f : sources.assets()) {
            files.put(f.relative().substring(assets.length()), f.path());
        }
        String content = config.folders().content() + "/";
        for (SourceFile f : sources.contentAssets()) {
            files.putIfAbsent(f.relative().substring(content.length()), f.path());
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

    private int publish(Path output, Map<String, byte[]> theme, Map<String, Path> files, List<OutputFile> pages)
            throws IOException {
        int count = 0;
        try (SitePublisher publisher = SitePublisher.open(output)) {
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
            for (OutputFile f : pages) {
                publisher.write(f.path(), f.bytes());
                count++;
            }
            publisher.commit();
        }
        return count;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        session.thenAccept(AsciidoctorSession::close);
    }
}

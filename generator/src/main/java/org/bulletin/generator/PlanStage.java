package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bulletin.config.SiteConfig;
import org.bulletin.generator.SiteGenerator.LoadedSite;
import org.bulletin.model.Document;
import org.bulletin.model.Draft;
import org.bulletin.model.OutputFile;
import org.bulletin.model.Page;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.postprocess.HeadingAnchors;
import org.bulletin.postprocess.ScrollableBlocks;
import org.bulletin.postprocess.HtmlPostProcessor;
import org.bulletin.postprocess.ImageAttributes;
import org.bulletin.postprocess.ImageSizes;
import org.bulletin.postprocess.InlineStyleExtractor;
import org.bulletin.postprocess.InlineSvgs;
import org.bulletin.images.InlineSvg;
import org.bulletin.postprocess.LinkRewriter;
import org.bulletin.postprocess.PhoneLinks;
import org.bulletin.postprocess.QuizEmbeds;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.publish.ThemeAssets;
import org.bulletin.render.AnalyticsTag;
import org.bulletin.render.MessageWall;
import org.bulletin.render.MessageWallSettings;
import org.bulletin.render.PrintPages;
import org.bulletin.render.QuizPages;
import org.bulletin.render.SiteRenderer;
import org.bulletin.render.ThymeleafRenderer;
import org.bulletin.source.DraftFiles;
import org.bulletin.source.SiteSources;
import org.bulletin.source.SourceFile;

/**
 * Plan, and what rendering needs besides: every output of the site (not rendered yet), the static files,
 * the photos (published by the {@link PhotoStage} now that the converted pages say which are used) and
 * the post-processing of the pages. A broken template stops the plan with a
 * {@link ThymeleafRenderer.RenderException} ({@link #templateProblem} says which file).
 */
final class PlanStage {

    /**
     * The planned build.
     *
     * @param pages   the pages and their post-processing
     * @param statics the files published besides the pages
     */
    record Plan(SiteOutput.Pages pages, Statics statics) {
    }

    /**
     * The files published besides the pages.
     *
     * @param theme  the theme's files, by site path (style sheets and scripts content-keyed)
     * @param files  the site's static files, by site path (not those in {@code theme})
     * @param photos the published photos
     */
    record Statics(Map<String, byte[]> theme, Map<String, Path> files, PhotoStage photos) {
    }

    private PlanStage() {
    }

    /** Plans the loaded site; the photos encoded ahead are waited for, the others encoded. */
    static Plan plan(BuildRequest request, Loaded loading, BuildListener listener) throws IOException {
        LoadedSite loaded = loading.site();
        SiteConfig config = loaded.config();
        SiteSources sources = loaded.sources();
        Site site = loaded.site();
        Problems problems = loaded.problems();
        ThemeAssets.Published published = ThemeAssets.publish(ThemeAssets.load(), assetFiles(sources, config));
        Map<String, Path> files = published.files();
        Map<String, byte[]> theme = published.theme();
        ThymeleafRenderer thymeleaf = new ThymeleafRenderer(sources.templates(), config.language());
        QuizPages quizPages = new QuizPages(thymeleaf);
        java.util.function.Function<String, String> quizEmbeds = quizPages.embeds(site);
        List<SiteRenderer.PageContributor> contributors = new ArrayList<>();
        contributors.add(quizPages);
        contributors.addAll(contributors(config, thymeleaf, problems, false));
        Set<String> documents = new java.util.HashSet<>();
        site.posts().forEach(p -> documents.add(p.uri()));
        site.pages().forEach(p -> documents.add(p.uri()));
        contributors.add(new ArticleAudio(files, config.folders().content() + "/", documents, problems, listener,
                request.language(config)));
        List<SiteRenderer.Planned> plan = new SiteRenderer(thymeleaf, site, contributors).plan();
        List<SourceFile> contentFiles = new ArrayList<>();
        for (SourceFile f : sources.contentAssets()) {
            if (!DraftFiles.isDraft(f)) {
                contentFiles.add(f);
            }
        }
        OutputCollisions.check(plan, sources.assets(), contentFiles, config, problems);
        Set<String> outputs = new LinkedHashSet<>(files.keySet());
        outputs.addAll(theme.keySet());
        plan.forEach(f -> outputs.add(f.path()));
        loading.photos().stop(); // the photos encoded ahead are in the cache now; the stage encodes the rest
        PhotoStage photos = PhotoStage.run(request, config, sources, photoPages(site),
                loaded.sourceTexts(), loading.photos().encoded(), problems, listener);
        outputs.addAll(photos.outputs());
        InlineStyleExtractor styles = new InlineStyleExtractor();
        outputs.add(InlineStyleExtractor.PATH);
        HtmlPostProcessor post = new HtmlPostProcessor(List.of(
                new QuizEmbeds(quizEmbeds, QuizPages.SCRIPTS, QuizPages.STYLES),
                new InlineSvgs(p -> p.toLowerCase(Locale.ROOT).endsWith(".svg") && files.containsKey(p),
                        inlineSvgs(files), config.folders().content() + "/"),
                styles,
                new LinkRewriter(config.folders().index(), config.folders().error404(), config.basePath(),
                        published.names()),
                photos.step(published.names()),
                new HeadingAnchors(config.chinese() ? "本节链接" : "Link to section"),
                new ScrollableBlocks(),
                new PhoneLinks(),
                new ImageAttributes(new ImageSizes(files))));
        return new Plan(new SiteOutput.Pages(plan, post, styles, outputs), new Statics(theme, files, photos));
    }

    /** The cleaned SVG of a site path, read once per build (pages are post-processed in parallel). */
    private static java.util.function.Function<String, InlineSvgs.Svg> inlineSvgs(Map<String, Path> files) {
        Map<String, InlineSvgs.Svg> read = new java.util.concurrent.ConcurrentHashMap<>();
        return path -> read.computeIfAbsent(path, p -> {
            try {
                InlineSvg.Markup m = InlineSvg.of(java.nio.file.Files.readAllBytes(files.get(p)));
                return new InlineSvgs.Svg(m.svg(), m.styled());
            } catch (IOException e) {
                return new InlineSvgs.Svg(null, false);
            }
        });
    }

    /** The page contributors of every build: message wall, printables (answer keys only when asked), analytics. */
    static List<SiteRenderer.PageContributor> contributors(SiteConfig config, ThymeleafRenderer thymeleaf,
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

    static Problem templateProblem(ThymeleafRenderer.RenderException e, SiteSources sources,
                                           SiteConfig config) {
        boolean own = sources.templates() != null
                && java.nio.file.Files.exists(sources.templates().resolve(e.template() + ".html"));
        if (own) {
            String file = config.folders().templates() + "/" + e.template() + ".html";
            return Problem.error(file, e.line(), Text.of("build.template-error", e.getMessage(), file));
        }
        // the theme's own templates are tested with Bulletin: a failure there is Bulletin's fault
        return Problem.error("theme:" + e.template(), e.line(), Text.of("build.theme-template-error", e.getMessage()));
    }

    /**
     * Site path → file for the site's assets (at the root) and non-AsciiDoc files in content (drafts among
     * them left out: {@link DraftFiles}); photos are left to the {@link PhotoStage}, which publishes them
     * resized and stripped of metadata.
     */
    private static Map<String, Path> assetFiles(SiteSources sources, SiteConfig config) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        String assets = config.folders().assets() + "/";
        for (SourceFile f : sources.assets()) {
            if (!PhotoStage.isPhoto(f.relative())) {
                files.put(f.relative().substring(assets.length()), f.path());
            }
        }
        String content = config.folders().content() + "/";
        for (SourceFile f : sources.contentAssets()) {
            if (!PhotoStage.isPhoto(f.relative()) && !DraftFiles.isDraft(f)) {
                files.putIfAbsent(f.relative().substring(content.length()), f.path());
            }
        }
        return files;
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
}

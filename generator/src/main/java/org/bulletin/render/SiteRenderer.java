package org.bulletin.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Document;
import org.bulletin.model.Draft;
import org.bulletin.model.Page;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.model.Tag;

import org.bulletin.model.OutputFile;
/**
 * Plans every output of the site and renders each with its template: home, articles and pages, tag
 * pages, archive, Atom feed, sitemap, robots.txt and the 404 page. Templates see the variables listed
 * in docs/content/site-builders/themes.md.
 */
public final class SiteRenderer {

    private final ThymeleafRenderer renderer;
    private final Site site;
    private final SiteConfig config;
    private final Dates dates;
    private final List<PageContributor> contributors;
    private final Map<String, String> tagUris;

    /** Adds outputs of other kinds (quiz pages, the message wall) or variables to every page. */
    public interface PageContributor {
        /**
         * Extra pages, planned: their paths now, their content only when {@link Planned#render} is called
         * (a build that can keep a page from the last build never renders it).
         */
        default List<Planned> pages(Site site, SiteRenderer renderer) {
            return List.of();
        }

        /** Extra variables for every template. */
        default void variables(Site site, Map<String, Object> vars) {
        }
    }

    public SiteRenderer(ThymeleafRenderer renderer, Site site, List<PageContributor> contributors) {
        this.renderer = renderer;
        this.site = site;
        this.config = site.config();
        this.dates = new Dates(config.language());
        this.contributors = List.copyOf(contributors);
        Map<String, String> uris = new HashMap<>();
        site.tags().forEach(t -> t.names().forEach(n -> uris.put(n, t.uri())));
        this.tagUris = Map.copyOf(uris);
    }

    /**
     * An output not rendered yet: its path is known before anything is rendered, so pages can be rendered
     * (and post-processed) in parallel and a rebuild can render only some of them.
     *
     * @param path     output path
     * @param html     true for HTML pages
     * @param source   the content file it comes from, or empty
     * @param document the article or page it shows, or null for list pages and contributors' pages
     * @param render   renders it (thread-safe)
     */
    public record Planned(String path, boolean html, String source, Page document,
                          java.util.function.Supplier<OutputFile> render) {
    }

    /** Every output, in a fixed order. */
    public List<OutputFile> renderAll() {
        return plan().stream().map(p -> p.render().get()).toList();
    }

    /** Every output in a fixed order, not rendered yet. */
    public List<Planned> plan() {
        List<Planned> out = new ArrayList<>();
        out.add(planned(config.folders().index(), true, "", null, this::home));
        for (Document d : site.documents()) {
            d.match(new Document.Cases<Void>() {
                @Override
                public Void page(Page p) {
                    out.add(planned(p.uri(), true, p.source(), p, () -> document(p)));
                    return null;
                }

                @Override
                public Void quiz(Quiz q) {
                    return null; // its pages come from QuizPages and PrintPages (contributors, below)
                }

                @Override
                public Void draft(Draft draft) {
                    return null; // not published
                }
            });
        }
        if (enabled("render.tags")) {
            for (Tag t : site.tags()) {
                out.add(planned(t.uri(), true, "", null, () -> tag(t)));
            }
            if (!site.tags().isEmpty()) {
                String path = config.folders().tags() + "/" + config.folders().index();
                out.add(planned(path, true, "", null, () -> html("tags", path, "", Map.of())));
            }
        }
        if (enabled("render.archive")) {
            out.add(planned(config.folders().archive(), true, "", null,
                    () -> html("archive", config.folders().archive(), "", Map.of())));
        }
        if (enabled("render.error404")) {
            out.add(planned(config.folders().error404(), true, "", null,
                    () -> html("404", config.folders().error404(), "", Map.of())));
        }
        for (PageContributor c : contributors) {
            out.addAll(c.pages(site, this));
        }
        if (enabled("render.feed")) {
            out.add(planned(config.folders().feed(), false, "", null, () -> text("feed", config.folders().feed())));
        }
        if (enabled("render.sitemap")) {
            List<String> htmlPaths = out.stream().filter(Planned::html).map(Planned::path).toList();
            out.add(planned(config.folders().sitemap(), false, "", null, () -> sitemap(htmlPaths)));
            out.add(planned("robots.txt", false, "", null, () -> text("robots", "robots.txt")));
        }
        return out;
    }

    private static Planned planned(String path, boolean html, String source, Page document,
                                   java.util.function.Supplier<OutputFile> render) {
        return new Planned(path, html, source, document, render);
    }

    /** A contributor's HTML page, rendered from {@code template} when asked for. */
    public Planned planned(String template, String path, String source, Map<String, Object> extra) {
        return new Planned(path, true, source, null, () -> html(template, path, source, extra));
    }

    public OutputFile home() {
        return html("index", config.folders().index(), "", Map.of());
    }

    public OutputFile document(Page p) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("page", p);
        // a page in another language than the site's: the theme's own words keep the site's language
        vars.put("uiLang", p.lang().isEmpty() ? null : config.locale());
        vars.put("newer", site.newer(p).orElse(null));
        vars.put("older", site.older(p).orElse(null));
        vars.put("title", p.title());
        vars.put("description", p.summary());
        return html(p.isPost() ? "post" : "page", p.uri(), p.source(), vars);
    }

    public OutputFile tag(Tag t) {
        return html("tag", t.uri(), "", Map.of("tag", t, "title", t.name()));
    }

    /**
     * Renders an HTML template to {@code path}.
     *
     * @param extra variables for this page (override the common ones)
     */
    public OutputFile html(String template, String path, String source, Map<String, Object> extra) {
        Map<String, Object> vars = common(path);
        vars.putAll(extra);
        return new OutputFile(path, renderer.render(template, vars), true, source);
    }

    /** JBake's {@code render.*} switches; Bulletin renders everything unless a key says {@code false}. */
    private boolean enabled(String key) {
        return config.renders(key.substring("render.".length()));
    }

    private OutputFile text(String template, String path) {
        return new OutputFile(path, XmlText.readable(renderer.render(template, common(path))), false, "");
    }

    private OutputFile sitemap(List<String> htmlPaths) {
        List<String> urls = new ArrayList<>();
        for (String path : htmlPaths) {
            if (!path.equals(config.folders().error404())) {
                urls.add(config.absoluteUrl(address(path)));
            }
        }
        Map<String, Object> vars = common(config.folders().sitemap());
        vars.put("urls", urls);
        return new OutputFile(config.folders().sitemap(), XmlText.readable(renderer.render("sitemap", vars)), false, "");
    }

    private Map<String, Object> common(String path) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("site", config);
        vars.put("model", site);
        vars.put("data", site.data());
        vars.put("dates", dates);
        vars.put("path", path);
        vars.put("canonical", config.absoluteUrl(address(path)));
        vars.put("title", null);
        vars.put("description", config.description());
        vars.put("homePosts", site.posts().subList(0, Math.min(config.homePosts(), site.posts().size())));
        vars.put("newer", null);
        vars.put("older", null);
        vars.put("page", null);
        vars.put("uiLang", null);
        vars.put("kind", kind(path));
        vars.put("navigation", new ArrayList<Link>());
        vars.put("pageScripts", new ArrayList<String>());
        vars.put("quizCards", new ArrayList<Link>());
        vars.put("messagesUri", null);
        vars.put("tagUris", tagUris);
        for (PageContributor c : contributors) {
            c.variables(site, vars);
        }
        return vars;
    }

    /**
     * The public address of an output path: the home page is the site's root; with JBake's
     * {@code uri.noExtension=true}, {@code a/index.html} is {@code a/} (the clean address of the page).
     */
    private String address(String path) {
        String index = config.folders().index();
        if (path.equals(index)) {
            return "";
        }
        boolean clean = "true".equalsIgnoreCase(config.get("uri.noExtension", "false"));
        return clean && path.endsWith("/" + index) ? path.substring(0, path.length() - index.length()) : path;
    }

    private String kind(String path) {
        var f = config.folders();
        if (path.equals(f.index())) {
            return "home";
        }
        if (path.equals(f.archive())) {
            return "archive";
        }
        if (path.equals(f.error404())) {
            return "404";
        }
        return path.startsWith(f.tags() + "/") ? "tag" : "page";
    }

    /** A UI string in the site's language, for contributors that build text. */
    public String text(String key, Object... args) {
        return renderer.text(key, args);
    }
}

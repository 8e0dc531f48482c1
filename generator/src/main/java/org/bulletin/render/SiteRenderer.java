package org.bulletin.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Page;
import org.bulletin.model.Site;
import org.bulletin.model.Tag;

/**
 * Plans every output of the site and renders each with its template: home, articles and pages, tag
 * pages, archive, Atom feed, sitemap, robots.txt and the 404 page. Templates see the variables listed
 * in README ("Templates").
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
        /** Extra pages. */
        default List<OutputFile> render(Site site, SiteRenderer renderer) {
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
        this.dates = new Dates(java.util.Locale.forLanguageTag(config.locale()));
        this.contributors = List.copyOf(contributors);
        Map<String, String> uris = new HashMap<>();
        site.tags().forEach(t -> uris.put(t.name(), t.uri()));
        this.tagUris = Map.copyOf(uris);
    }

    /** Every output, in a fixed order. */
    public List<OutputFile> renderAll() {
        List<OutputFile> out = new ArrayList<>();
        out.add(home());
        for (Page p : site.posts()) {
            out.add(document(p));
        }
        for (Page p : site.pages()) {
            out.add(document(p));
        }
        if (enabled("render.tags")) {
            for (Tag t : site.tags()) {
                out.add(tag(t));
            }
            if (!site.tags().isEmpty()) {
                out.add(html("tags", config.folders().tags() + "/" + config.folders().index(), "", Map.of()));
            }
        }
        if (enabled("render.archive")) {
            out.add(html("archive", config.folders().archive(), "", Map.of()));
        }
        if (enabled("render.error404")) {
            out.add(html("404", config.folders().error404(), "", Map.of()));
        }
        for (PageContributor c : contributors) {
            out.addAll(c.render(site, this));
        }
        if (enabled("render.feed")) {
            out.add(text("feed", config.folders().feed()));
        }
        if (enabled("render.sitemap")) {
            out.add(sitemap(out));
            out.add(text("robots", "robots.txt"));
        }
        return out;
    }

    public OutputFile home() {
        return html("index", config.folders().index(), "", Map.of());
    }

    public OutputFile document(Page p) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("page", p);
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
        return !"false".equalsIgnoreCase(config.get(key, "true"));
    }

    private OutputFile text(String template, String path) {
        return new OutputFile(path, XmlText.readable(renderer.render(template, common(path))), false, "");
    }

    private OutputFile sitemap(List<OutputFile> pages) {
        List<String> urls = new ArrayList<>();
        for (OutputFile f : pages) {
            if (f.html() && !f.path().equals(config.folders().error404())) {
                urls.add(config.absoluteUrl(f.path().equals(config.folders().index()) ? "" : f.path()));
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
        vars.put("dates", dates);
        vars.put("path", path);
        vars.put("canonical", config.absoluteUrl(path.equals(config.folders().index()) ? "" : path));
        vars.put("title", null);
        vars.put("description", config.description());
        vars.put("homePosts", site.posts().subList(0, Math.min(config.homePosts(), site.posts().size())));
        vars.put("newer", null);
        vars.put("older", null);
        vars.put("page", null);
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

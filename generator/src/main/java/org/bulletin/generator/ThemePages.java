package org.bulletin.generator;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bulletin.model.OutputFile;
import org.bulletin.model.Site;
import org.bulletin.postprocess.HtmlPostProcessor;
import org.bulletin.postprocess.LinkRewriter;
import org.bulletin.postprocess.PhoneLinks;
import org.bulletin.postprocess.PageContext;
import org.bulletin.problem.Problems;
import org.bulletin.publish.ContentKeys;
import org.bulletin.publish.ThemeAssets;
import org.bulletin.render.PrintPages;
import org.bulletin.render.SiteRenderer;

/**
 * Pages in the site's theme made outside a build, for a folder of their own (the campaign report and
 * the staff's answer keys): rendered, then their links rewritten as a build does. The features use this
 * instead of the render, post-process and publish stages.
 */
public final class ThemePages {

    private static volatile ContentKeys.Keyed keyed;

    private final Site site;
    private final SiteRenderer renderer;

    /** @param renderer a renderer of {@code site} in its theme ({@link SiteGenerator#renderer}) */
    public ThemePages(Site site, SiteRenderer renderer) {
        this.site = site;
        this.renderer = renderer;
    }

    /** A message of the theme in the site's language. */
    public String text(String key, Object... args) {
        return renderer.text(key, args);
    }

    /**
     * The page {@code template} renders with {@code vars} at {@code path}, its links rewritten for a folder
     * that holds {@code outputs}.
     */
    public byte[] page(String template, String path, Map<String, Object> vars, Set<String> outputs) {
        return postProcess(renderer.html(template, path, "", vars), outputs);
    }

    /** Site path → bytes of every printable answer key ({@code print/key-QUIZ.html}): for staff only. */
    public Map<String, byte[]> answerKeys(Set<String> outputs) {
        Map<String, byte[]> keys = new TreeMap<>();
        for (SiteRenderer.Planned planned : new PrintPages(true).pages(site, renderer)) {
            if (planned.path().startsWith(PrintPages.FOLDER + "key-")) {
                OutputFile f = planned.render().get();
                keys.put(f.path(), postProcess(f, outputs));
            }
        }
        return keys;
    }

    /**
     * The default theme's static files (style sheets, scripts, icons) by the site path they are published
     * under: style sheets and scripts content-keyed, as in a build ({@link #publishedPath}).
     */
    public static Map<String, byte[]> themeAssets() throws IOException {
        return keyed().files();
    }

    /** The path a theme file is published under: {@code css/site.css} → {@code css/site.3f9a2c1b.css}. */
    public static String publishedPath(String path) throws IOException {
        return keyed().names().getOrDefault(path, path);
    }

    /** The theme's files keyed (once per process: the jar does not change). */
    private static ContentKeys.Keyed keyed() throws IOException {
        ContentKeys.Keyed k = keyed;
        if (k == null) {
            k = ContentKeys.of(ThemeAssets.load());
            keyed = k;
        }
        return k;
    }

    private static byte[] postProcess(OutputFile file, Set<String> outputs) {
        Map<String, String> names;
        try {
            names = keyed().names();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the theme's files", e);
        }
        HtmlPostProcessor post = new HtmlPostProcessor(List.of(new LinkRewriter("index.html", "404.html", "/", names),
                new PhoneLinks()));
        return post.process(file, new PageContext(file.path(), "", "", outputs, new Problems())).bytes();
    }
}

package org.bulletin.postprocess;

import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.bulletin.text.Urls;
/**
 * Makes every internal link relative to the page, so the site works at a host's root, under a path
 * ({@code https://example.org/meiting/}) and straight from the file system:
 * <ul>
 *   <li>{@code /tags/x.html} (theme templates) becomes {@code ../tags/x.html} on a page one folder deep;</li>
 *   <li>a folder ({@code /}, {@code tags/}) gets its index file, since file:// has no index lookup;</li>
 *   <li>a content path that does not exist beside the page but does at the root ({@code images/a.png}
 *       from {@code articles/x.html}, as AsciiDoc writers expect) is pointed at the root;</li>
 *   <li>on a page at a clean address ({@code blog/first/index.html} from {@code blog/first.adoc}), a
 *       relative link is first read from the source's folder, where the editor wrote it;</li>
 *   <li>a file published under a content-keyed name ({@code css/site.css} as {@code css/site.3f9a2c1b.css})
 *       is linked by that name, so templates keep the plain one.</li>
 * </ul>
 */
public final class LinkRewriter implements PageStep {

    private static final String[][] ATTRIBUTES = {
        {"a", "href"}, {"link", "href"}, {"area", "href"}, {"img", "src"}, {"script", "src"},
        {"source", "src"}, {"video", "src"}, {"video", "poster"}, {"audio", "src"}, {"track", "src"},
        {"iframe", "src"}, {"form", "action"}, {"object", "data"}, {"embed", "src"},
    };

    private final String indexFile;
    private final String errorPage;
    private final String basePath;
    private final Map<String, String> keyed;

    /** A rewriter for a site without content-keyed files. */
    public LinkRewriter(String indexFile, String errorPage, String basePath) {
        this(indexFile, errorPage, basePath, Map.of());
    }

    /**
     * @param indexFile folder index file name ({@code index.html})
     * @param errorPage the 404 page, which hosts serve at any depth: its links start at {@code basePath}
     * @param basePath  the site's path on its host ({@code /} or {@code /meiting/})
     * @param keyed     site path → the content-keyed site path it is published under
     */
    public LinkRewriter(String indexFile, String errorPage, String basePath, Map<String, String> keyed) {
        this.indexFile = indexFile;
        this.errorPage = errorPage;
        this.basePath = basePath;
        this.keyed = Map.copyOf(keyed);
    }

    @Override
    public void apply(Document page, PageContext context) {
        for (String[] pair : ATTRIBUTES) {
            for (Element e : page.select(pair[0] + "[" + pair[1] + "]")) {
                String value = e.attr(pair[1]).strip();
                if (Urls.isInternal(value)) {
                    e.attr(pair[1], rewrite(value, context));
                }
            }
        }
    }

    String rewrite(String url, PageContext context) {
        String path = Urls.pathOf(url);
        String suffix = Urls.suffixOf(url);
        Set<String> outputs = context.outputs();
        String target;
        if (path.startsWith("/")) {
            target = path.substring(1);
        } else {
            String beside = Urls.resolve(context.folder(), path);
            if (beside != null && keyed.containsKey(beside)) {
                target = beside;
            } else if (beside != null && (outputs.contains(beside) || outputs.contains(withIndex(beside)))) {
                return withIndexUrl(url, path, suffix);
            } else {
                String written = cleanPageSourceFolder(context);
                String fromSource = written == null ? null : Urls.resolve(written, path);
                if (fromSource != null && (outputs.contains(fromSource) || outputs.contains(withIndex(fromSource)))) {
                    target = fromSource; // written beside the source, which a clean address moved one folder down
                } else if (keyed.containsKey(path) || outputs.contains(path) || outputs.contains(withIndex(path))) {
                    target = path;
                } else {
                    return withIndexUrl(url, path, suffix);
                }
            }
        }
        target = keyed.getOrDefault(target, target);
        if (target.isEmpty() || target.endsWith("/")) {
            target = target + indexFile;
        }
        String prefix = context.path().equals(errorPage) ? basePath : context.rootPrefix();
        return prefix + encode(target) + suffix;
    }

    /**
     * For a page published at a clean address ({@code uri.noExtension}: {@code blog/first.adoc} as
     * {@code blog/first/index.html}), the folder its source was written in ({@code blog/}), where the
     * editor's relative links start; null for other pages.
     */
    private String cleanPageSourceFolder(PageContext context) {
        String path = context.path();
        if (context.source().isEmpty() || !path.endsWith("/" + indexFile)) {
            return null;
        }
        String folder = path.substring(0, path.length() - indexFile.length() - 1);
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        String source = context.source().substring(context.source().lastIndexOf('/') + 1);
        int dot = source.lastIndexOf('.');
        return dot > 0 && source.substring(0, dot).equals(name) ? folder.substring(0, folder.length() - name.length())
                : null;
    }

    private String withIndexUrl(String url, String path, String suffix) {
        if (path.isEmpty() && !suffix.isEmpty()) {
            return url;
        }
        return path.endsWith("/") || path.isEmpty() ? encode(path) + indexFile + suffix : url;
    }

    private String withIndex(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + indexFile : path;
    }

    /** Keeps non-ASCII letters (browsers accept IRIs) but escapes spaces and the few characters that break URLs. */
    static String encode(String path) {
        StringBuilder b = new StringBuilder(path.length());
        for (char c : path.toCharArray()) {
            switch (c) {
                case ' ' -> b.append("%20");
                case '%' -> b.append("%25");
                case '"' -> b.append("%22");
                case '<' -> b.append("%3C");
                case '>' -> b.append("%3E");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

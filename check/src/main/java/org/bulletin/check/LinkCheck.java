package org.bulletin.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bulletin.problem.Text;
import org.jsoup.nodes.Element;

/**
 * Every internal link, anchor ({@code #id}, also {@code page.html#id}) and image resolves to a published
 * file and an element with that id.
 */
final class LinkCheck implements Check {

    private static final String[][] REFERENCES = {
        {"a", "href"}, {"area", "href"}, {"link", "href"}, {"img", "src"}, {"script", "src"}, {"source", "src"},
        {"video", "src"}, {"video", "poster"}, {"audio", "src"}, {"track", "src"}, {"iframe", "src"},
        {"embed", "src"}, {"object", "data"}, {"form", "action"},
    };

    @Override
    public String name() {
        return "links";
    }

    @Override
    public void run(OutputSite site, Findings findings) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (CheckedPage page : site.pages()) {
            Set<String> set = new HashSet<>();
            page.doc().select("[id]").forEach(e -> set.add(e.id()));
            page.doc().select("a[name]").forEach(e -> set.add(e.attr("name")));
            ids.put(page.path(), set);
        }
        for (CheckedPage page : site.pages()) {
            for (String[] ref : REFERENCES) {
                for (Element e : page.doc().select(ref[0] + "[" + ref[1] + "]")) {
                    check(site, ids, findings, page, e, e.attr(ref[1]), ref[0].equals("img") ? "image" : "link");
                }
            }
            for (Element e : page.doc().select("img[srcset], source[srcset]")) {
                for (String candidate : e.attr("srcset").split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        check(site, ids, findings, page, e, url, "image");
                    }
                }
            }
        }
    }

    /** What to look for in the AsciiDoc source: the anchor, else the file name (links are rewritten). */
    static String needle(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0 && hash < u.length() - 1) {
            return u.substring(hash + 1);
        }
        int end = hash >= 0 ? hash : u.length();
        int query = u.indexOf('?');
        if (query >= 0 && query < end) {
            end = query;
        }
        String path = u.substring(0, end);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void check(OutputSite site, Map<String, Set<String>> ids, Findings findings, CheckedPage page,
                              Element e, String url, String what) {
        boolean image = "image".equals(what);
        if (image && emptyDataUri(url)) {
            findings.error(page, e, Text.of("check.empty-data-image"), null);
            return;
        }
        if (!OutputSite.isInternal(url) || url.strip().equals("#")) {
            return;
        }
        if (url.strip().isEmpty()) {
            findings.error(page, e, image ? Text.of("check.image-empty") : Text.of("check.link-empty"),
                    needle(url));
            return;
        }
        OutputSite.Target target = site.resolve(page.path(), url);
        if (target.path() == null) {
            findings.error(page, e, image ? Text.of("check.image-outside", url)
                    : Text.of("check.link-outside", url), needle(url));
            return;
        }
        if (!site.exists(target.path())) {
            findings.error(page, e, image ? Text.of("check.image-broken", url, target.path())
                    : Text.of("check.link-broken", url, target.path()), needle(url));
            return;
        }
        String fragment = target.fragment();
        if (fragment != null && !fragment.isEmpty() && target.path().endsWith(".html")) {
            Set<String> known = ids.getOrDefault(target.path(), Set.of());
            if (!known.contains(fragment)) {
                findings.error(page, e, Text.of("check.anchor-broken", url, target.path(), fragment), needle(url));
            }
        }
    }

    /** {@code data:image/png;base64,} with nothing after the comma: Asciidoctor's data-uri for a missing file. */
    static boolean emptyDataUri(String url) {
        String u = url.strip();
        return u.regionMatches(true, 0, "data:", 0, 5) && (u.indexOf(',') < 0 || u.substring(u.indexOf(',') + 1).isBlank());
    }
}

package org.bulletin.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;
import org.jsoup.nodes.Element;

/**
 * Nothing loads from another host: scripts, stylesheets, fonts, images, media and frames all come
 * from the site itself (residents pay for data, WeChat blocks some hosts, and third parties track).
 * Links ({@code <a href>}) to other sites are fine.
 */
final class ThirdPartyCheck implements Check {

    /** {@code <link rel>} values that are not loaded by the page. */
    private static final Set<String> NOT_LOADED = Set.of("canonical", "alternate", "author", "license", "next",
            "prev", "help", "search", "me", "bookmark", "external", "nofollow", "noopener", "noreferrer");

    private static final String[][] RESOURCES = {
        {"script", "src"}, {"img", "src"}, {"source", "src"}, {"video", "src"}, {"video", "poster"},
        {"audio", "src"}, {"track", "src"}, {"iframe", "src"}, {"frame", "src"}, {"embed", "src"},
        {"object", "data"}, {"input", "src"}, {"form", "action"}, {"button", "formaction"},
    };

    @Override
    public String name() {
        return "third-party";
    }

    @Override
    public void run(OutputSite site, Findings findings) throws IOException {
        Set<String> stylesheets = new TreeSet<>();
        for (CheckedPage page : site.pages()) {
            for (String[] r : RESOURCES) {
                for (Element e : page.doc().select(r[0] + "[" + r[1] + "]")) {
                    report(findings, page, e, e.attr(r[1]));
                }
            }
            for (Element e : page.doc().select("img[srcset], source[srcset]")) {
                for (String candidate : e.attr("srcset").split(",")) {
                    report(findings, page, e, candidate.strip().split("\\s+")[0]);
                }
            }
            for (Element link : page.doc().select("link[href]")) {
                if (loaded(link)) {
                    report(findings, page, link, link.attr("href"));
                }
                if (link.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")
                        && OutputSite.isInternal(link.attr("href"))) {
                    String path = site.resolve(page.path(), link.attr("href")).path();
                    if (path != null && site.exists(path)) {
                        stylesheets.add(path);
                    }
                }
            }
        }
        for (String css : stylesheets) {
            String text = new String(site.bytes(css), StandardCharsets.UTF_8);
            for (CssRules.Url u : CssRules.urls(text)) {
                if (OutputSite.isThirdParty(u.url())) {
                    findings.add(Problem.error(css, u.line(), Text.of("check.third-party-css", u.url())));
                }
            }
        }
    }

    private static boolean loaded(Element link) {
        String rel = link.attr("rel").toLowerCase(Locale.ROOT).strip();
        if (rel.isEmpty()) {
            return false;
        }
        for (String r : rel.split("\\s+")) {
            if (!NOT_LOADED.contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static void report(Findings findings, CheckedPage page, Element e, String url) {
        if (OutputSite.isThirdParty(url)) {
            findings.error(page, e, e.tagName().equals("form") || e.tagName().equals("button")
                    ? Text.of("check.third-party-form", url) : Text.of("check.third-party", e.tagName(), url), url);
        }
    }
}

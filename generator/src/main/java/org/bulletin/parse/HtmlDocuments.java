package org.bulletin.parse;

import java.util.Locale;
import java.util.regex.Pattern;
import org.bulletin.problem.Problems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * HTML content whose body (after the JBake header) is a whole document, {@code <!doctype html><html><head>…
 * </head><body>…</body></html>}: the theme's page embeds only what is inside {@code <body>}, the
 * {@code <title>} is the title when the header has none, and what the head held that changes how the page
 * looks or behaves ({@code <script>}, {@code <style>}, style sheets) is left out with a warning at its line,
 * never silently: the theme's page has its own, and the pages' Content-Security-Policy would block inline ones.
 */
final class HtmlDocuments {

    /** A whole document: optional comments, a doctype or an {@code <html>} start tag first. */
    private static final Pattern WHOLE = Pattern.compile(
            "\\A\\s*(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html[^>]*>|<html[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * What a whole document gives the page.
     *
     * @param body  the content of {@code <body>}
     * @param title the text of {@code <title>}, or empty
     * @param lang  the {@code lang} of {@code <html>}, or empty
     */
    record Whole(String body, String title, String lang) {
    }

    private HtmlDocuments() {
    }

    /** The body of a whole document, or null when {@code html} is a fragment (kept as it is). */
    static Whole read(String html, String rel, Problems problems) {
        if (!WHOLE.matcher(html).find()) {
            return null;
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = parser.parseInput(html, "");
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        for (Element e : doc.head().select("script, style, link")) {
            String what = dropped(e);
            if (what != null) {
                problems.warning(rel, e.sourceRange().start().lineNumber(), what + " in the document's <head> is "
                        + "left out: the page is shown in the site's theme, whose <head> has its own styles and "
                        + "scripts, and only what is inside <body> is kept. " + (e.nameIs("script")
                        ? "A script for every page goes into your own templates/layout.html (README, \"The default "
                        + "theme and your own templates\"); else drop the line"
                        : "Put your styles in assets/css/site.css, or drop the line"));
            }
        }
        Element title = doc.head().selectFirst("title");
        Element root = doc.selectFirst("html");
        return new Whole(doc.body().html().strip() + "\n", title == null ? "" : title.text().strip(),
                root == null ? "" : root.attr("lang").strip());
    }

    private static String dropped(Element e) {
        if (e.nameIs("script")) {
            return e.hasAttr("src") ? "<script src=\"" + e.attr("src") + "\">" : "an inline <script>";
        }
        if (e.nameIs("style")) {
            return "a <style> element";
        }
        String rel = e.attr("rel").toLowerCase(Locale.ROOT);
        return rel.contains("stylesheet") ? "the style sheet <link href=\"" + e.attr("href") + "\">" : null;
    }
}

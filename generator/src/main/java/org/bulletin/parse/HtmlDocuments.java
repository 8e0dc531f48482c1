package org.bulletin.parse;

import java.util.Locale;
import java.util.regex.Pattern;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
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
            Text dropped = dropped(e);
            if (dropped != null) {
                problems.warning(rel, e.sourceRange().start().lineNumber(), dropped);
            }
        }
        Element title = doc.head().selectFirst("title");
        Element root = doc.selectFirst("html");
        return new Whole(doc.body().html().strip() + "\n", title == null ? "" : title.text().strip(),
                root == null ? "" : root.attr("lang").strip());
    }

    /** The warning for an element of {@code <head>} that is left out, or null for one that does not matter. */
    private static Text dropped(Element e) {
        if (e.nameIs("script")) {
            return e.hasAttr("src") ? Text.of("page.head-script-dropped", e.attr("src"))
                    : Text.of("page.head-inline-script-dropped");
        }
        if (e.nameIs("style")) {
            return Text.of("page.head-style-dropped");
        }
        String rel = e.attr("rel").toLowerCase(Locale.ROOT);
        return rel.contains("stylesheet") ? Text.of("page.head-stylesheet-dropped", e.attr("href")) : null;
    }
}

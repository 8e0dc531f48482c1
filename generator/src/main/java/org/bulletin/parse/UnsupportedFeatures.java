package org.bulletin.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Document;
import org.bulletin.problem.Problems;
import org.bulletin.text.SourceLines;

/**
 * AsciiDoc features that need something Bulletin never serves, each a warning at the line that asks for
 * it, saying what the page shows instead: STEM ({@code :stem:}, MathJax from a CDN: the formula's source
 * is shown as text), font icons without {@code :icons: font} ({@code icon:heart[]} shows as
 * {@code [heart]}; with it, {@link FontIcons} draws them) and {@code :data-uri:} (images stay files).
 */
final class UnsupportedFeatures {

    /** An {@code icon:name[]} macro outside a literal (a rough test: at the start of a word). */
    private static final Pattern ICON_USE = Pattern.compile("(?<![\\w`+])icon:([\\w-]+)\\[[^\\]]*\\]");
    /** A STEM macro or block: {@code stem:[…]}, {@code latexmath:[…]}, {@code asciimath:[…]}, {@code [stem]}. */
    private static final Pattern STEM_USE = Pattern.compile(
            "(?<![\\w`+])(?:stem|latexmath|asciimath):\\[|^\\[(?:stem|latexmath|asciimath)[\\],]", Pattern.MULTILINE);

    private UnsupportedFeatures() {
    }

    static void check(String rel, String text, Document document, Problems problems) {
        Matcher stem = STEM_USE.matcher(text);
        if (document.hasAttribute("stem") || stem.find()) {
            int line = document.hasAttribute("stem") ? SourceLines.attributeLine(text, "stem") : lineAt(text, stem.start());
            problems.warning(rel, line, "STEM formulas (:stem:, stem:[…], [stem]) are shown as their source text "
                    + "(e.g. x^2 + 1): drawing them needs MathJax, a script from a third-party host that Bulletin "
                    + "does not load. Where readers need the formula drawn, write it in words or as an image (SVG)");
        }
        Matcher icon = ICON_USE.matcher(text);
        if (AsciidoctorAttributes.headerValue(text, "icons") == null && icon.find()) {
            problems.warning(rel, lineAt(text, icon.start()), "icon:" + icon.group(1) + "[] shows as ["
                    + icon.group(1) + "]: add ':icons: font' to the header to draw icons from Bulletin's built-in "
                    + "set (" + String.join(", ", FontIcons.PATHS.keySet()) + "), or use an image");
        }
        if (AsciidoctorAttributes.headerValue(text, "data-uri") != null) {
            problems.warning(rel, SourceLines.attributeLine(text, "data-uri"), ":data-uri: is not used: images are "
                    + "published as files (found in assets/ or beside the document, resized, cleaned), which "
                    + "browsers cache and load at the width of the screen; embedded in the page, every image "
                    + "would be loaded again, a third larger, with each page on a weak network. Remove the line");
        }
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

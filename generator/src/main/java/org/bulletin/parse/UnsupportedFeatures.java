package org.bulletin.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Document;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
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

    static void check(String rel, String source, Document document, Problems problems) {
        // examples in code, literal and comment blocks (a how-to for editors) are not uses
        String text = source.contains("stem") || source.contains("math:[") || source.contains("icon:")
                ? SourceLines.prose(source) : source;
        // most documents use none of these: plain searches spare them the patterns and the calls into Ruby
        boolean stemAttribute = text.contains("stem") && document.hasAttribute("stem");
        Matcher stem = STEM_USE.matcher(text);
        boolean stemUsed = (text.contains("stem") || text.contains("math:[")) && stem.find();
        if (stemAttribute || stemUsed) {
            int line = stemAttribute ? SourceLines.attributeLine(text, "stem") : lineAt(text, stem.start());
            problems.warning(rel, line, Text.of("article.stem"));
        }
        if (text.contains("icon:")) {
            Matcher icon = ICON_USE.matcher(text);
            if (AsciidoctorAttributes.headerValue(text, "icons") == null && icon.find()) {
                problems.warning(rel, lineAt(text, icon.start()), Text.of("article.icon-needs-icons", icon.group(1),
                        String.join(", ", FontIcons.PATHS.keySet())));
            }
        }
        if (text.contains("data-uri") && AsciidoctorAttributes.headerValue(text, "data-uri") != null) {
            problems.warning(rel, SourceLines.attributeLine(text, "data-uri"), Text.of("article.data-uri"));
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

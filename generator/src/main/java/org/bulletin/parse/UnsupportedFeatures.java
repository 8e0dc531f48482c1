package org.bulletin.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Document;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.text.SourceLines;

/**
 * AsciiDoc features that need something from a third-party host in the browser, which Bulletin never
 * loads: STEM ({@code :stem:}, MathJax from a CDN) and font icons ({@code :icons: font}, a web font).
 * Instead of leaving readers with raw {@code \$...\$} delimiters and {@code [heart]}, the editor gets a
 * warning at the line that asks for them.
 */
final class UnsupportedFeatures {

    /** An {@code icon:name[]} macro outside a literal (a rough test: at the start of a word). */
    private static final Pattern ICON_USE = Pattern.compile("(?<![\\w`+])icon:[\\w-]+\\[[^\\]]*\\]");

    private UnsupportedFeatures() {
    }

    static void check(String rel, String text, Document document, Problems problems) {
        if (document.hasAttribute("stem")) {
            int stemLine = SourceLines.attributeLine(text, "stem");
            problems.warning(rel, stemLine, Text.of("article.stem"));
        }
        String icons = AsciidoctorAttributes.headerValue(text, "icons");
        int iconsLine = AsciidoctorAttributes.headerValue(text, "icons") == null ? 0 : SourceLines.attributeLine(text, "icons");
        Matcher icon = ICON_USE.matcher(text);
        if (iconsLine > 0 || icon.find()) {
            problems.warning(rel, iconsLine > 0 ? iconsLine : lineAt(text, icon.start()),
                    icons == null || icons.isEmpty() ? Text.of("article.icons") : Text.of("article.icons-set", icons));
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

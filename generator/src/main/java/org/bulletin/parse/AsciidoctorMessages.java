package org.bulletin.parse;

import java.util.Locale;

import org.bulletin.problem.Text;
import org.bulletin.text.SourceLines;
/** Turns Asciidoctor's log messages into advice an editor can act on. */
final class AsciidoctorMessages {

    private AsciidoctorMessages() {
    }

    /** Messages about content that tried to reach outside the site: always errors. */
    static boolean isRefusal(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("outside of jail") || m.contains("ancestor of jail") || m.contains("allow-uri-read") || m.contains("uri not readable")
                || m.contains("include uri not readable");
    }

    /** For messages without a cursor (inline substitutions), the line that holds what they name, or 0. */
    static int guessLine(String message, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("missing attribute: (\\S+)").matcher(message);
        if (m.find()) {
            int line = SourceLines.lineOf(text, "{" + m.group(1) + "}");
            // Asciidoctor names the attribute in lower case: {sourceDirectory} is "sourcedirectory"
            return line > 0 ? line : SourceLines.lineOf(text.toLowerCase(Locale.ROOT), "{" + m.group(1) + "}");
        }
        return 0;
    }

    /**
     * Asciidoctor names the document {@code <stdin>} in some messages (Bulletin hands it the text, not the
     * file); the problem already names the file, so that part goes.
     */
    static String withoutStdin(String message) {
        return message.replaceFirst("^<stdin>:\\s*", "").replace("<stdin>", "the document");
    }

    /** Asciidoctor's own {@code message} (not translated) with Bulletin's advice around it, in the catalogue's words. */
    static Text explain(String message) {
        message = withoutStdin(message);
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("outside of jail") || m.contains("ancestor of jail")) {
            return Text.of("asciidoctor.outside-site");
        }
        if (m.contains("allow-uri-read")) {
            return Text.of("asciidoctor.uri-refused", message);
        }
        if (m.startsWith("include file not found")) {
            return Text.of("asciidoctor.include-not-found", message);
        }
        if (m.contains("missing attribute")) {
            return Text.of("asciidoctor.missing-attribute", message);
        }
        return Text.plain(message);
    }
}

package org.bulletin.parse;

import java.util.Locale;

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

    static String explain(String message) {
        message = withoutStdin(message);
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("outside of jail") || m.contains("ancestor of jail")) {
            return "refused: a path leads outside the site folder (only files inside the site folder can be "
                    + "included or embedded; use a path relative to this file)";
        }
        if (m.contains("allow-uri-read")) {
            return "include refused: " + message + " (web addresses cannot be included; copy the text into the site)";
        }
        if (m.startsWith("include file not found")) {
            return message + " (check the path; it is relative to this file)";
        }
        if (m.contains("missing attribute")) {
            return message + " (define the attribute in the header or escape the braces as \\{name})";
        }
        return message;
    }
}

package org.bulletin.text;

/** Finds where things are in an AsciiDoc source, for messages that point at the right line. */
public final class SourceLines {

    private SourceLines() {
    }

    /** The 1-based line that sets {@code :name:} (or unsets it), or 1 when not found. */
    public static int attributeLine(String text, String name) {
        int line = 1;
        int start = 0;
        String set = ":" + name + ":";
        String unset = ":" + name + "!:";
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String row = text.substring(start, end).stripLeading().replace('：', ':');
            if (row.startsWith(set) || row.startsWith(unset)) {
                return line;
            }
            line++;
            start = end + 1;
        }
        return 1;
    }

    /** The 1-based line of the first occurrence of {@code needle}, or 0 when absent. */
    public static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * {@code text} with the lines of listing, literal, passthrough and comment blocks ({@code ----},
     * {@code ....}, {@code ++++}, {@code ////}, {@code ```}) and of line comments ({@code //}) left empty, so
     * a search for markup finds what the page uses, not examples of it; line numbers stay.
     */
    public static String prose(String text) {
        String[] rows = text.split("\n", -1);
        String open = null;
        for (int i = 0; i < rows.length; i++) {
            String r = rows[i].strip();
            if (open != null) {
                if (open.equals("```") ? r.startsWith("```") && r.chars().allMatch(c -> c == '`') : r.equals(open)) {
                    open = null;
                }
                rows[i] = "";
            } else if (r.startsWith("```")) {
                open = "```";
                rows[i] = "";
            } else if (r.length() >= 4 && "-.+/".indexOf(r.charAt(0)) >= 0
                    && r.chars().allMatch(c -> c == r.charAt(0))) {
                open = r;
                rows[i] = "";
            } else if (r.startsWith("//")) {
                rows[i] = "";
            }
        }
        return String.join("\n", rows);
    }

    /**
     * The 1-based line where list markers or block delimiters first get deep (a run of 8 or more of
     * {@code * . = _ - + / :} at the start of a line), or 0 when there is none.
     */
    public static int deepNesting(String text) {
        int line = 1;
        for (String row : text.split("\n", -1)) {
            String r = row.strip();
            if (!r.isEmpty() && "*.=_-+/:!|".indexOf(r.charAt(0)) >= 0) {
                char c = r.charAt(0);
                int n = 0;
                while (n < r.length() && r.charAt(n) == c) {
                    n++;
                }
                if (n >= 8) {
                    return line;
                }
            }
            line++;
        }
        return 0;
    }

    /** The 1-based line of the document title ({@code = Title}), or 1. */
    public static int titleLine(String text) {
        int line = 1;
        for (String row : text.split("\n", -1)) {
            if (row.startsWith("= ")) {
                return line;
            }
            line++;
        }
        return 1;
    }
}

package org.bulletin.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JBake's metadata header at the top of a content file: {@code key=value} lines ({@code title=…},
 * {@code date=…}, {@code type=…}, {@code status=…}, {@code tags=…}, any other key), blank lines allowed,
 * ended by a line starting with the separator ({@code header.separator}, {@code ~~~~~~} by default).
 * JBake reads it in AsciiDoc, Markdown and HTML files alike.
 *
 * @param values the keys (lower case) and their values, in file order
 * @param lines  the 1-based line of each key
 * @param length how many lines the header takes, separator included; 0 when the file has none
 */
public record JBakeHeader(Map<String, String> values, Map<String, Integer> lines, int length) {

    /** JBake's default separator. */
    public static final String SEPARATOR = "~~~~~~";
    /** A header is a few lines at the top of the file. */
    private static final int MAX_LINES = 60;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    public static final JBakeHeader NONE = new JBakeHeader(Map.of(), Map.of(), 0);

    public JBakeHeader {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        lines = Map.copyOf(lines);
    }

    public boolean present() {
        return length > 0;
    }

    /** The value of {@code key}, or {@code fallback} when it is absent or blank. */
    public String get(String key, String fallback) {
        String v = values.get(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** The line of {@code key}, or 1. */
    public int line(String key) {
        return lines.getOrDefault(key, 1);
    }

    /**
     * The header of {@code text} (a leading byte-order mark ignored), or {@link #NONE} when the file does
     * not start with one: every line before the separator must be blank or {@code key=value}.
     */
    public static JBakeHeader read(String text, String separator) {
        String sep = separator == null || separator.isBlank() ? SEPARATOR : separator.strip();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int lineNo = 0;
        while (start <= text.length() && lineNo < MAX_LINES) {
            int end = text.indexOf('\n', start);
            String line = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
            lineNo++;
            if (line.startsWith(sep)) {
                return new JBakeHeader(values, lines, lineNo);
            }
            if (!line.isEmpty()) {
                int eq = line.indexOf('=');
                if (eq <= 0 || !KEY.matcher(line.substring(0, eq).strip()).matches()) {
                    return NONE;
                }
                String key = line.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
                values.put(key, line.substring(eq + 1).strip());
                lines.put(key, lineNo);
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return NONE;
    }

    /** {@code text} with the header's lines left blank, so line numbers stay those of the file. */
    public String blankOut(String text) {
        if (!present()) {
            return text;
        }
        int pos = 0;
        for (int i = 0; i < length; i++) {
            int nl = text.indexOf('\n', pos);
            pos = nl < 0 ? text.length() : nl + 1;
        }
        return "\n".repeat(length) + text.substring(pos);
    }
}

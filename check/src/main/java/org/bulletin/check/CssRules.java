package org.bulletin.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small CSS reader for the checks: style rules with their declarations and lines, the media they
 * apply to, {@code @import}s and every {@code url(…)}. Not a full CSS parser; enough for a theme.
 */
final class CssRules {

    /**
     * @param selector     the selector list as written, or an at-rule such as {@code @font-face}
     * @param declarations property → value, in order (later wins)
     * @param line         1-based line of the selector
     * @param media        the enclosing {@code @media} condition, or empty
     */
    record Rule(String selector, Map<String, String> declarations, int line, String media) {
    }

    /** A {@code url(…)} or {@code @import} reference and its line. */
    record Url(String url, int line) {
    }

    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3",
            Pattern.CASE_INSENSITIVE);

    private final String text;
    private final List<Rule> rules = new ArrayList<>();

    private CssRules(String css) {
        this.text = stripComments(css);
    }

    static List<Rule> parse(String css) {
        CssRules r = new CssRules(css);
        r.block(0, r.text.length(), "");
        return List.copyOf(r.rules);
    }

    static List<Url> urls(String css) {
        String text = stripComments(css);
        List<Url> urls = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String u = m.group(2) != null ? m.group(2) : m.group(4);
            urls.add(new Url(u.strip(), lineAt(text, m.start())));
        }
        return urls;
    }

    /** Comments become spaces (newlines kept, so lines stay right). */
    private static String stripComments(String css) {
        StringBuilder b = new StringBuilder(css);
        int i = 0;
        while ((i = b.indexOf("/*", i)) >= 0) {
            int end = b.indexOf("*/", i + 2);
            end = end < 0 ? b.length() : end + 2;
            for (int j = i; j < end; j++) {
                if (b.charAt(j) != '\n') {
                    b.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return b.toString();
    }

    private void block(int from, int to, String media) {
        int i = from;
        while (i < to) {
            int brace = next(i, to, '{');
            int semi = next(i, to, ';');
            if (brace < 0 && semi < 0) {
                return;
            }
            if (semi >= 0 && (brace < 0 || semi < brace)) {
                i = semi + 1; // @import, @charset … (urls() reads those)
                continue;
            }
            int close = matching(brace, to);
            String prelude = text.substring(i, brace).strip();
            String lower = prelude.toLowerCase(Locale.ROOT);
            if (lower.startsWith("@media") || lower.startsWith("@supports") || lower.startsWith("@layer")) {
                String inner = lower.startsWith("@media") ? prelude.substring(6).strip() : media;
                block(brace + 1, close, media.isEmpty() ? inner : media + " and " + inner);
            } else if (!lower.startsWith("@") || lower.startsWith("@font-face")) {
                rules.add(new Rule(prelude, declarations(brace + 1, close), lineAt(text, i + leading(i, brace)), media));
            }
            i = close + 1;
        }
    }

    private int leading(int from, int to) {
        int k = 0;
        while (from + k < to && Character.isWhitespace(text.charAt(from + k))) {
            k++;
        }
        return k;
    }

    private Map<String, String> declarations(int from, int to) {
        Map<String, String> map = new LinkedHashMap<>();
        int i = from;
        while (i < to) {
            int end = next(i, to, ';');
            end = end < 0 ? to : end;
            String decl = text.substring(i, end);
            int colon = decl.indexOf(':');
            if (colon > 0) {
                String value = decl.substring(colon + 1).strip();
                value = value.replaceAll("(?i)\\s*!important$", "");
                map.put(decl.substring(0, colon).strip().toLowerCase(Locale.ROOT), value);
            }
            i = end + 1;
        }
        return map;
    }

    /** The next {@code c} at nesting depth 0 outside strings and parentheses, or -1. */
    private int next(int from, int to, char c) {
        int parens = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\'') {
                i = stringEnd(i, to);
            } else if (ch == '(') {
                parens++;
            } else if (ch == ')') {
                parens = Math.max(0, parens - 1);
            } else if (ch == c && parens == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The closing brace of the block opened at {@code open}, outside strings, or {@code to}. */
    private int matching(int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\'') {
                i = stringEnd(i, to);
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return i;
            }
        }
        return to;
    }

    /** The quote that closes the string opened at {@code open} (backslash escapes skipped), or {@code to}. */
    private int stringEnd(int open, int to) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == quote) {
                return i;
            }
        }
        return to;
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

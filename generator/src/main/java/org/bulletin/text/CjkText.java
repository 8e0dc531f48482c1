package org.bulletin.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese and Japanese text as AsciiDoc source: where a line break inside a paragraph must not become a
 * space, and where AsciiDoc's constrained {@code *…*}, {@code _…_} and {@code `…`} fail because the
 * text around them has no word boundary. Korean (Hangul) separates words with spaces and is not CJK here.
 */
public final class CjkText {

    /** Marks that may close a line or open the next one around the character that decides the join. */
    private static final String EDGE_MARKS = "*_`#^~]";
    /** Punctuation that is Chinese beside a Chinese character (East Asian "ambiguous" width). */
    private static final String SHARED_PUNCTUATION = "“”‘’…—·";
    private static final String[] MARKS = {"*", "_", "`"};
    /** Spans never rewritten: passthroughs, URLs and attribute references. */
    private static final Pattern PROTECTED = Pattern.compile(
            "\\+\\+\\+.*?\\+\\+\\+|\\+\\+.*?\\+\\+|\\+[^+\\s][^+]*\\+|pass:[a-z,]*\\[.*?\\]|[a-z][a-z0-9+.-]*://\\S+"
                    + "|\\{[\\w-]+\\}");

    private CjkText() {
    }

    /** True when {@code cp} is a Han, kana or Bopomofo character, or CJK or full-width punctuation. */
    public static boolean isCjk(int cp) {
        if (cp < 0x2E80) { // below CJK Radicals: Latin, Greek, Cyrillic, general punctuation … (fast for English text)
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        return cp >= 0x3000 && cp <= 0x303F // CJK symbols and punctuation
                || cp >= 0xFF01 && cp <= 0xFF60 // full-width forms
                || cp >= 0xFE10 && cp <= 0xFE1F || cp >= 0xFE30 && cp <= 0xFE4F; // vertical and compatibility forms
    }

    /** True when {@code text} has at least one CJK character (documents without any are left alone). */
    public static boolean containsCjk(CharSequence text) {
        return text.codePoints().anyMatch(CjkText::isCjk);
    }

    /**
     * The lines of a paragraph with every break between two CJK characters (or CJK punctuation) removed:
     * such lines are joined without a space. A break beside Latin text, and a line ending with a hard
     * break ({@code " +"}), stay as they are.
     */
    public static List<String> joinLines(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            int last = out.size() - 1;
            if (last >= 0 && joins(out.get(last), line)) {
                out.set(last, out.get(last) + line.stripLeading());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** True when the break between {@code before} and {@code after} must not become a space. */
    static boolean joins(String before, String after) {
        if (before.endsWith(" +")) {
            return false;
        }
        int left = edge(before, false);
        int right = edge(after.stripLeading(), true);
        if (left < 0 || right < 0) {
            return false;
        }
        boolean l = isCjk(left);
        boolean r = isCjk(right);
        return l && r || l && shared(right) || r && shared(left);
    }

    /**
     * True when {@code next} (a new paragraph) follows {@code text} without a space: {@code text} ends with
     * CJK punctuation (。！？；，：…) and {@code next} starts with a CJK character.
     */
    public static boolean afterSentence(CharSequence text, String next) {
        if (text.length() == 0 || next.isEmpty()) {
            return false;
        }
        int last = Character.codePointBefore(text, text.length());
        return isCjk(last) && !Character.isLetterOrDigit(last) && isCjk(next.codePointAt(0));
    }

    private static boolean shared(int cp) {
        return SHARED_PUNCTUATION.indexOf(cp) >= 0;
    }

    /** The first (or last) character of {@code s} that is not a formatting mark, or -1. */
    private static int edge(String s, boolean first) {
        int i = first ? 0 : s.length();
        while (first ? i < s.length() : i > 0) {
            int cp = first ? s.codePointAt(i) : s.codePointBefore(i);
            if (EDGE_MARKS.indexOf(cp) < 0) {
                return Character.isWhitespace(cp) ? -1 : cp;
            }
            i += first ? Character.charCount(cp) : -Character.charCount(cp);
        }
        return -1;
    }

    /**
     * {@code line} with each constrained pair ({@code *不*}, {@code _强调_}, {@code `代码`}) that touches a
     * CJK letter or digit on its outside made unconstrained ({@code **不**}), so it renders as meant
     * instead of showing its marks. Pairs beside spaces, punctuation or Latin text are left alone, and
     * so are escaped marks, passthroughs, URLs and attribute references.
     */
    public static String constrainedToUnconstrained(String line) {
        if (line.indexOf('*') < 0 && line.indexOf('_') < 0 && line.indexOf('`') < 0 || !containsCjk(line)) {
            return line;
        }
        boolean[] locked = new boolean[line.length()];
        Matcher p = PROTECTED.matcher(line);
        while (p.find()) {
            for (int i = p.start(); i < p.end(); i++) {
                locked[i] = true;
            }
        }
        String result = line;
        for (String mark : MARKS) {
            result = rewrite(result, mark.charAt(0), locked);
            if (result.length() != locked.length) {
                locked = relock(result);
            }
        }
        return result;
    }

    private static boolean[] relock(String line) {
        boolean[] locked = new boolean[line.length()];
        Matcher p = PROTECTED.matcher(line);
        while (p.find()) {
            for (int i = p.start(); i < p.end(); i++) {
                locked[i] = true;
            }
        }
        return locked;
    }

    private static String rewrite(String line, char mark, boolean[] locked) {
        StringBuilder out = new StringBuilder(line.length() + 4);
        int copied = 0;
        int i = 0;
        while (i < line.length()) {
            int close = i < line.length() - 2 && opens(line, i, mark, locked) ? closing(line, i, mark, locked) : -1;
            if (close < 0) {
                i++;
                continue;
            }
            boolean before = i > 0 && cjkWord(line.codePointBefore(i));
            boolean after = close + 1 < line.length() && cjkWord(line.codePointAt(close + 1));
            if (before || after) {
                out.append(line, copied, i).append(mark).append(line, i, close + 1).append(mark);
                copied = close + 1;
            }
            i = close + 1;
        }
        return copied == 0 ? line : out.append(line, copied, line.length()).toString();
    }

    /** A single (not doubled, not escaped) mark at {@code i} followed by a non-space. */
    private static boolean opens(String line, int i, char mark, boolean[] locked) {
        return line.charAt(i) == mark && !locked[i] && (i == 0 || line.charAt(i - 1) != mark && line.charAt(i - 1) != '\\')
                && line.charAt(i + 1) != mark && !Character.isWhitespace(line.charAt(i + 1));
    }

    /** The single mark closing the pair opened at {@code open}, or -1. */
    private static int closing(String line, int open, char mark, boolean[] locked) {
        for (int j = open + 1; j < line.length(); j++) {
            if (line.charAt(j) != mark) {
                continue;
            }
            boolean single = (j + 1 >= line.length() || line.charAt(j + 1) != mark) && line.charAt(j - 1) != mark;
            if (j == open + 1 || !single || locked[j] || Character.isWhitespace(line.charAt(j - 1))) {
                return -1;
            }
            return j;
        }
        return -1;
    }

    /** A CJK character that AsciiDoc counts as part of a word (a letter or digit, not punctuation). */
    private static boolean cjkWord(int cp) {
        return isCjk(cp) && Character.isLetterOrDigit(cp);
    }
}

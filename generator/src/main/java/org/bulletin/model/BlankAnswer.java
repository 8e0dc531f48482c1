package org.bulletin.model;

/**
 * How a typed fill-in answer is compared, the same in the page ({@code normalise} in {@code js/quiz.js}):
 * <ol>
 * <li>full-width ASCII forms (U+FF01–U+FF5E) become their ASCII twins, the ideographic space a space;</li>
 * <li>white space (space, tab, line breaks, U+00A0) is removed and A–Z become a–z;</li>
 * <li>the sentence marks {@code 。.，,！!？?、;；:："'“”‘’} at either end are removed;</li>
 * <li>only when the question allows numerals ({@code [.answers.numerals]}): each run of Chinese numerals
 *     ({@code 零〇一二两三四五六七八九十百千万}) becomes its Arabic number ({@code 三} → 3, {@code 二十一} → 21,
 *     {@code 二〇二二} → 2022).</li>
 * </ol>
 */
public final class BlankAnswer {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final int[] VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final String UNITS = "十百千万";
    private static final String MARKS = "。.，,！!？?、;；:：\"'“”‘’";

    private BlankAnswer() {
    }

    public static String normalise(String typed, boolean numerals) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0'
                    || c == '\u3000') {
                continue;
            }
            s.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        int start = 0;
        int end = s.length();
        while (start < end && MARKS.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && MARKS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        String text = s.substring(start, end);
        return numerals ? numerals(text) : text;
    }

    private static String numerals(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && (DIGITS.indexOf(text.charAt(j)) >= 0 || UNITS.indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            if (j == i) {
                out.append(text.charAt(i++));
            } else {
                out.append(number(text.substring(i, j)));
                i = j;
            }
        }
        return out.toString();
    }

    private static String number(String run) {
        boolean units = false;
        for (int i = 0; i < run.length(); i++) {
            units |= UNITS.indexOf(run.charAt(i)) >= 0;
        }
        if (!units) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < run.length(); i++) {
                digits.append(VALUES[DIGITS.indexOf(run.charAt(i))]);
            }
            return digits.toString();
        }
        long total = 0;
        long section = 0;
        long digit = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = VALUES[d];
            } else if (c == '十') {
                section += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                section += digit * 100;
                digit = 0;
            } else if (c == '千') {
                section += digit * 1000;
                digit = 0;
            } else {
                total += (section + digit) * 10000;
                section = 0;
                digit = 0;
            }
        }
        return String.valueOf(total + section + digit);
    }
}

package org.bulletin.report;

/**
 * Puts text that residents wrote into generated AsciiDoc as inert words. Every ASCII character
 * other than letters, digits, space, comma, {@code !} and {@code ?} becomes a decimal character
 * reference ({@code &#58;}), which Asciidoctor passes through as text after all its substitutions:
 * no macro ({@code link:}, {@code image:}, {@code pass:[]}), attribute reference ({@code {docdir}}),
 * inline formatting, replacement or HTML can form. Line breaks and other whitespace or control
 * characters become one space (so no block delimiter such as {@code ++++} can start a line), the ends
 * are trimmed, and broken UTF-16 (a lone surrogate) becomes U+FFFD.
 */
final class AsciidocText {

    private AsciidocText() {
    }

    /** {@code text} as one line of inert AsciiDoc paragraph text. */
    static String inline(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                space = s.length() > 0;
                continue;
            }
            if (space) {
                s.append(' ');
                space = false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                s.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                s.append('\uFFFD');
            } else if (c < 0x80 && !Character.isLetterOrDigit(c) && c != ',' && c != '!' && c != '?') {
                s.append("&#").append((int) c).append(';');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}

package org.bulletin.hardening;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Mutations that know nothing about AsciiDoc: bytes, lines, encodings. */
final class TextMutations {

    static final List<String> ENCODINGS = List.of("GBK", "GB18030", "UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32",
            "Big5", "ISO-8859-1");
    private static final String[] ODD_CHARS = {"\u0000", "\u0007", "\u001b[31m", "\u202e", "\uffff", "\ufeff",
            "\u2028", "\r", "\t", "\\", "\ud83d\ude00", "\u0301\u0301\u0301", "\u00a0", "%", "{", "}", "<", "&"};

    private TextMutations() {
    }

    static String[] lines(String text) {
        return text.split("\n", -1);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Cuts the file at a random byte (possibly inside a UTF-8 sequence). */
    static byte[] truncate(byte[] bytes, Random r) {
        return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : r.nextInt(bytes.length));
    }

    static String shuffleLines(String text, Random r) {
        List<String> rows = new ArrayList<>(List.of(lines(text)));
        Collections.shuffle(rows, r);
        return String.join("\n", rows);
    }

    static String deleteLines(String text, Random r) {
        List<String> rows = new ArrayList<>(List.of(lines(text)));
        int n = 1 + r.nextInt(Math.max(1, rows.size() / 2));
        for (int i = 0; i < n && rows.size() > 1; i++) {
            rows.remove(r.nextInt(rows.size()));
        }
        return String.join("\n", rows);
    }

    static String duplicateLines(String text, Random r) {
        List<String> rows = new ArrayList<>(List.of(lines(text)));
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(rows.size());
            rows.add(r.nextInt(rows.size() + 1), rows.get(at));
        }
        return String.join("\n", rows);
    }

    /** Overwrites and inserts random bytes. */
    static byte[] randomBytes(byte[] bytes, Random r) {
        byte[] out = Arrays.copyOf(bytes, bytes.length + 1 + r.nextInt(64));
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        for (int i = bytes.length; i < out.length; i++) {
            out[i] = (byte) r.nextInt(256);
        }
        int flips = 1 + r.nextInt(16);
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        return out;
    }

    /** Inserts control characters, bidi overrides, lone markup characters. */
    static String oddCharacters(String text, Random r) {
        StringBuilder b = new StringBuilder(text);
        int n = 1 + r.nextInt(10);
        for (int i = 0; i < n; i++) {
            b.insert(r.nextInt(b.length() + 1), ODD_CHARS[r.nextInt(ODD_CHARS.length)]);
        }
        return b.toString();
    }

    /** Adds one enormous line (no spaces, or one character repeated that means something to AsciiDoc). */
    static String enormousLine(String text, Random r) {
        String[] units = {"字", "a", "*", "[", "`+", "{", "<", "_", "#", "|", "\\", "http://x.y/", "[[a]]", "+"};
        String unit = units[r.nextInt(units.length)];
        int length = 20_000 + r.nextInt(80_000);
        String line = unit.repeat(length / unit.length());
        List<String> rows = new ArrayList<>(List.of(lines(text)));
        rows.add(Math.min(rows.size(), 4 + r.nextInt(Math.max(1, rows.size()))), line);
        return String.join("\n", rows);
    }

    /** The same text in an encoding that is not UTF-8. */
    static byte[] encode(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    /** Empty and nearly empty files. */
    static byte[] empty(Random r) {
        String[] texts = {"", " ", "\n\n\n", "\ufeff", "\ufeff\n", "\t \r\n", "=", "= ", "==", "// only a comment\n",
            "= \n:jbake-type: post\n"};
        return utf8(texts[r.nextInt(texts.length)]);
    }
}

package org.bulletin.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

/**
 * What a Chinese input method types instead of AsciiDoc's ASCII marks, made ASCII before Asciidoctor
 * reads the file, line for line (so every line number stays right):
 * <ul>
 * <li>checklist boxes: {@code * ［ ］ 选项}, {@code * ［x］ 选项}, {@code * 【×】选项}, {@code * [√] 选项} →
 * {@code * [ ] 选项} / {@code * [x] 选项};</li>
 * <li>header attribute lines: {@code :jbake-date：2022年3月15日}, {@code ：jbake-type：post} or an ideographic
 * space after the colon → {@code :jbake-date: 2022年3月15日}. In the body such a line could be text, so it
 * is left alone with a warning that names the full-width character and shows the fix.</li>
 * </ul>
 * Lines inside listing, literal, passthrough and comment blocks are never changed.
 */
final class FullWidthSyntax {

    private static final Pattern BOX = Pattern.compile(
            "([ \\t]*(?:[*\\-]{1,5}|\\.{1,5}|＊)[ \\t　]+)([\\[［【〔])([ 　xX×✓✔√＊*ｘＸ]?)([\\]］】〕])[ \\t　]*(.*)");
    private static final Pattern ENTRY = Pattern.compile("[:：](!?[A-Za-z0-9_][A-Za-z0-9_-]*!?)[:：]([ \\t　]*)(.*)");
    private static final Pattern DELIMITER = Pattern.compile("-{4,}|\\.{4,}|\\+{4,}|/{4,}|```.*");
    private static final String CHECKED = "xX×✓✔√＊*ｘＸ";

    private FullWidthSyntax() {
    }

    /** {@code text} with full-width syntax made ASCII; body lines that cannot be read so are reported. */
    static String normalise(String text, String rel, Problems problems) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean header = true;
        boolean seenText = false;
        String verbatim = null;
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (verbatim != null) {
                if (trimmed.equals(verbatim)) {
                    verbatim = null;
                }
                continue;
            }
            if (DELIMITER.matcher(trimmed).matches()) {
                verbatim = trimmed.startsWith("```") ? "```" : trimmed;
                header = false;
                continue;
            }
            if (trimmed.isEmpty()) {
                header = header && !seenText;
                continue;
            }
            seenText = true;
            String fixed = header ? headerEntry(line) : line;
            fixed = fixed.equals(line) ? box(line) : fixed;
            if (!header && fixed.equals(line)) {
                warnBodyEntry(line, rel, i + 1, problems);
            }
            if (!fixed.equals(line)) {
                lines[i] = fixed;
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    private static String headerEntry(String line) {
        Matcher m = ENTRY.matcher(line.strip());
        if (!m.matches() || line.strip().equals(line.strip().replace('：', ':').replace('　', ' '))) {
            return line;
        }
        return ":" + m.group(1) + ":" + (m.group(3).isEmpty() ? "" : " " + m.group(3).strip());
    }

    private static String box(String line) {
        Matcher m = BOX.matcher(line);
        if (!m.matches() || m.group(5).isEmpty()) {
            return line;
        }
        boolean ascii = m.group(1).indexOf('　') < 0 && m.group(1).indexOf('＊') < 0 && "[".equals(m.group(2))
                && "]".equals(m.group(4)) && (" ".equals(m.group(3)) || "x".equalsIgnoreCase(m.group(3))
                || "*".equals(m.group(3)));
        if (ascii && line.startsWith(m.group(1) + m.group(2) + m.group(3) + m.group(4) + " ")) {
            return line;
        }
        String marker = m.group(1).replace('＊', '*').replace('　', ' ');
        String mark = !m.group(3).isEmpty() && CHECKED.contains(m.group(3)) ? "x" : " ";
        return marker + "[" + mark + "] " + m.group(5).strip();
    }

    private static void warnBodyEntry(String line, String rel, int number, Problems problems) {
        Matcher m = ENTRY.matcher(line.strip());
        if (m.matches() && (line.indexOf('：') >= 0 && line.strip().indexOf('：') <= m.group(1).length() + 1)) {
            problems.warning(rel, number, Text.of("article.full-width-colon", line.strip(),
                    ":" + m.group(1) + ": " + m.group(3).strip()));
        }
    }
}

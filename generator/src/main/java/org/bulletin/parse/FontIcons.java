package org.bulletin.parse;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.text.SourceLines;

/**
 * Font icons without a web font: with {@code :icons: font}, Asciidoctor writes {@code <i class="fa fa-heart">}
 * for {@code icon:heart[]} and {@code <i class="fa icon-note">} in admonitions, which need Font Awesome from
 * a third-party host. Each becomes an inline SVG from a small built-in set (simple paths drawn for Bulletin),
 * {@code 1em} square so it scales with the text and filled with {@code currentColor}. An admonition keeps its
 * caption beside the icon (the icon is {@code aria-hidden}); an icon in the text is {@code role="img"}, named
 * by its {@code title} or its name. An icon not in the set stays {@code [name]}, with a warning at its line.
 */
final class FontIcons {

    /** The built-in icons: name → path data in a 16 × 16 box (filled with the even-odd rule). */
    static final Map<String, String> PATHS;
    /** Font Awesome 4 names (as Asciidoctor's admonitions and writers use them) for icons of the set. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("info-circle", "info"), Map.entry("lightbulb-o", "lightbulb"),
            Map.entry("exclamation-triangle", "warning"), Map.entry("exclamation", "exclamation-circle"),
            Map.entry("close", "times"), Map.entry("remove", "times"), Map.entry("heart-o", "heart"),
            Map.entry("star-o", "star"), Map.entry("clock-o", "clock"), Map.entry("calendar-o", "calendar"),
            Map.entry("envelope-o", "envelope"), Map.entry("user-o", "user"), Map.entry("question-circle", "question"),
            Map.entry("map-marker-alt", "map-marker"), Map.entry("check-circle", "check"), Map.entry("mobile", "phone"));
    /** Asciidoctor's admonition names → the icon Asciidoctor's own stylesheet shows for them. */
    private static final Map<String, String> ADMONITIONS = Map.of("note", "info", "tip", "lightbulb",
            "important", "exclamation-circle", "caution", "fire", "warning", "warning");

    static {
        Map<String, String> p = new TreeMap<>();
        p.put("calendar", "M4 1h1.5v2h5V1H12v2h2a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h2Z"
                + "m-1.5 5v7.5h11V6Zm1.5 2h3v3H4Z");
        p.put("check", "M6.2 11.6 2.4 7.8l1.4-1.4 2.4 2.4 5.8-5.8 1.4 1.4Z");
        p.put("clock", "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 1.8a5.2 5.2 0 1 1 0 10.4A5.2 5.2 0 0 1 8 2.8Z"
                + "M7.2 4h1.6v3.7l2.6 1.5-.8 1.4-3.4-2Z");
        p.put("envelope", "M1 3h14v10H1ZM2.5 4.5h11L8 8.6ZM2.5 6.3 8 10.4l5.5-4.1v5.2h-11Z");
        p.put("exclamation-circle", "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-1 3h2v5H7Zm0 6h2v2H7Z");
        p.put("fire", "M8 1c.5 2.5 4 4 4 8a4 4 0 0 1-8 0c0-1.6.8-2.8 1.8-3.6-.1 1.3.4 2.3 1.2 2.6C6.6 5.6 7.3 3 8 1Z");
        p.put("heart", "M8 14 2.2 8.3A3.5 3.5 0 1 1 8 4.1a3.5 3.5 0 1 1 5.8 4.2Z");
        p.put("home", "M8 1.3 15.2 8H13v6.5H9.6V10H6.4v4.5H3V8H.8Z");
        p.put("info", "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-1 6h2v5H7Zm0-3h2v2H7Z");
        p.put("lightbulb", "M8 1a5 5 0 0 0-3 9v2h6v-2a5 5 0 0 0-3-9ZM5.5 13h5v1.2L9.5 15h-3l-1-.8Z");
        p.put("map-marker", "M8 1a5 5 0 0 0-5 5c0 3.5 5 9 5 9s5-5.5 5-9a5 5 0 0 0-5-5Zm0 3a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z");
        p.put("phone", "M3.5 1.5 6 1.2l1.3 3.4-1.6 1.3a8 8 0 0 0 4.4 4.4l1.3-1.6 3.4 1.3-.3 2.5c-.1.9-.9 1.5-1.8 1.5"
                + "C6.8 14 2 9.2 2 3.3c0-.9.6-1.6 1.5-1.8Z");
        p.put("question", "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.9 9.6h1.8v1.8H7.1ZM5.4 6.2a2.6 2.6 0 1 1 3.6 2.4"
                + "c-.2.1-.2.3-.2.5v.5H7.2V9c0-.8.4-1.4 1.1-1.7a1 1 0 1 0-1.4-1.1Z");
        p.put("star", "M8 1.4 9.7 6.3 14.8 6.4 10.8 9.5 12.2 14.4 8 11.5 3.8 14.4 5.2 9.5 1.2 6.4 6.3 6.3Z");
        p.put("times", "M3.5 2.1 8 6.6l4.5-4.5 1.4 1.4L9.4 8l4.5 4.5-1.4 1.4L8 9.4l-4.5 4.5-1.4-1.4L6.6 8 2.1 3.5Z");
        p.put("user", "M8 1.5a3.3 3.3 0 1 1 0 6.6 3.3 3.3 0 0 1 0-6.6ZM1.5 15c0-3.6 2.9-5.6 6.5-5.6s6.5 2 6.5 5.6Z");
        p.put("warning", "M8 1.5 15.5 14.5H.5Zm-1 4.5v4.5h2V6Zm0 5.5v2h2v-2Z");
        PATHS = java.util.Collections.unmodifiableMap(p);
    }

    /** Asciidoctor's {@code icon:name[]} with {@code :icons: font} (the size, flip and rotate classes it adds). */
    private static final Pattern INLINE = Pattern.compile(
            "<i class=\"fa fa-([^\"]*?)((?: fa-(?:lg|[1-5]x|flip-[a-z]+|rotate-\\d+))*)\"(?: title=\"([^\"]*)\")?></i>");
    /** An admonition's label with {@code :icons: font}. */
    private static final Pattern ADMONITION = Pattern.compile(
            "<i class=\"fa icon-([a-z]+)\" title=\"([^\"]*)\"></i>");
    /** A callout number with {@code :icons: font}: the number follows as {@code <b>}, which stays. */
    private static final Pattern CALLOUT = Pattern.compile("<i class=\"conum\" data-value=\"\\d+\"></i>");
    private static final String CARET = "<i class=\"fa fa-angle-right caret\"></i>";

    private FontIcons() {
    }

    /** True when {@code html} holds font-icon markup for {@link #apply}. */
    static boolean present(String html) {
        return html.contains("<i class=\"");
    }

    /** The converted HTML with every font icon drawn as inline SVG; icons not in the set warned at their line. */
    static String apply(String html, String rel, String text, Problems problems) {
        if (!present(html)) {
            return html;
        }
        // checklist markers as Asciidoctor writes them without font icons (✓, ❏)
        String out = html.replace(CARET, "<b class=\"caret\">&#8250;</b>")
                .replace("<i class=\"fa fa-check-square-o\"></i> ", "&#10003; ")
                .replace("<i class=\"fa fa-square-o\"></i> ", "&#10063; ");
        out = CALLOUT.matcher(out).replaceAll("");
        out = ADMONITION.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                svg(ADMONITIONS.getOrDefault(m.group(1), "info"), "", null)
                        + "<div class=\"title\">" + m.group(2) + "</div>"));
        Matcher m = INLINE.matcher(out);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String icon = ALIASES.getOrDefault(name, name);
            String replacement;
            if (PATHS.containsKey(icon)) {
                String title = m.group(3);
                replacement = svg(icon, m.group(2), title == null || title.isBlank() ? name : title);
            } else {
                replacement = "[" + escape(name) + "&#93;";
                int line = SourceLines.lineOf(text, "icon:" + name + "[");
                problems.warning(rel, line > 0 ? line : SourceLines.attributeLine(text, "icons"),
                        Text.of("article.icon-unknown", name, String.join(", ", PATHS.keySet())));
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * One icon as inline SVG.
     *
     * @param classes Asciidoctor's size, flip and rotate classes ({@code " fa-2x fa-rotate-90"})
     * @param label   the accessible name, or null when text beside the icon says what it means
     */
    static String svg(String icon, String classes, String label) {
        String size = "1em";
        String transform = "";
        for (String c : classes.strip().split("\\s+")) {
            if (c.equals("fa-lg")) {
                size = "1.33em";
            } else if (c.matches("fa-[1-5]x")) {
                size = c.charAt(3) + "em";
            } else if (c.equals("fa-flip-horizontal")) {
                transform = "matrix(-1 0 0 1 16 0)";
            } else if (c.equals("fa-flip-vertical")) {
                transform = "matrix(1 0 0 -1 0 16)";
            } else if (c.matches("fa-rotate-\\d+")) {
                transform = "rotate(" + c.substring("fa-rotate-".length()) + " 8 8)";
            }
        }
        String a11y = label == null ? " aria-hidden=\"true\"" : " role=\"img\" aria-label=\"" + escape(label) + "\"";
        String path = "<path fill-rule=\"evenodd\" d=\"" + PATHS.get(icon) + "\"/>";
        return "<svg class=\"icon icon-" + icon + "\" viewBox=\"0 0 16 16\" width=\"" + size + "\" height=\"" + size
                + "\" fill=\"currentColor\"" + a11y + ">"
                + (transform.isEmpty() ? path : "<g transform=\"" + transform + "\">" + path + "</g>") + "</svg>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}

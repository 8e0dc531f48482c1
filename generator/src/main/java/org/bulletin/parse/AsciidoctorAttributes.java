package org.bulletin.parse;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.config.SiteConfig;

/**
 * The document attributes every file is converted with: captions in the page's language, no web fonts.
 * The language and the captions are soft-set (Asciidoctor's trailing {@code @}): a document's own
 * {@code :lang:}, {@code :toc-title:} or {@code :note-caption:} wins for its page.
 */
final class AsciidoctorAttributes {

    private AsciidoctorAttributes() {
    }

    static Map<String, Object> forSite(SiteConfig config) {
        Map<String, Object> a = new TreeMap<>();
        a.put("attribute-missing", "warn");
        a.put("showtitle!", "");
        a.put("nofooter", "");
        a.put("icons!", "");
        a.put("webfonts!", "");
        // images are published as files (resized, cleaned, cached by the browser, one srcset width for each
        // screen); embedded, each photo would weigh a third more on every page load (UnsupportedFeatures warns)
        a.put("data-uri!", "");
        a.put("source-highlighter!", "");
        a.put("sectids", "");
        a.put("lang", config.locale() + "@");
        a.put("site-title", config.title());
        a.put("site-host", config.host());
        if (config.chinese()) {
            captions(a, true);
        }
        // JBake's asciidoctor.attributes key: name=value pairs separated by commas
        String extra = config.get("asciidoctor.attributes", "");
        for (String pair : extra.split(",")) {
            String p = pair.strip();
            if (p.startsWith("source-highlighter")) {
                highlight(a);
                continue;
            }
            if (p.isEmpty() || p.startsWith("rouge-") || p.startsWith("data-uri")) {
                continue; // data-uri: see forSite's comment; a document's own :data-uri: is warned about
            }
            if (p.equals("icons") || p.startsWith("icons=")) {
                a.remove("icons!");
                a.put("icons", "font"); // drawn from FontIcons' built-in set, whatever kind was asked for
                continue;
            }
            int eq = p.indexOf('=');
            a.put(eq < 0 ? p : p.substring(0, eq).strip(), eq < 0 ? "" : p.substring(eq + 1).strip());
        }
        return a;
    }

    /**
     * The site's attributes adjusted for one document: when its header sets a {@code :lang:} of another
     * language than the site's, the captions follow the document (Asciidoctor's English defaults for a
     * non-Chinese document on a Chinese site, Chinese ones for a Chinese document on an English site).
     */
    static void forDocument(Map<String, Object> attributes, String text) {
        if (headerValue(text, "source-highlighter") != null) {
            highlight(attributes);
        }
        if (headerValue(text, "icons") != null) {
            attributes.remove("icons!");
            attributes.put("icons", "font"); // drawn from FontIcons' built-in set, whatever kind was asked for
        }
        String lang = headerValue(text, "lang");
        if (lang == null || lang.isEmpty()) {
            return;
        }
        boolean chinese = lang.toLowerCase(Locale.ROOT).startsWith("zh");
        if (chinese != attributes.containsKey("note-caption")) {
            captions(attributes, chinese);
        }
    }

    /**
     * Syntax highlighting at build time, whichever highlighter was asked for: Rouge (shipped with
     * AsciidoctorJ) writing CSS classes, which the theme's stylesheet colours. highlight.js and Prism
     * would need a script from a third-party host; inline styles would break the Content-Security-Policy.
     */
    private static void highlight(Map<String, Object> a) {
        a.remove("source-highlighter!");
        a.put("source-highlighter", "rouge");
        a.put("rouge-css", "class");
    }

    /** The value of header attribute {@code :name:} (an empty value counts), or null when the header does not set it. */
    static String headerValue(String text, String name) {
        String set = ":" + name + ":";
        if (!text.contains(set)) {
            return null;
        }
        boolean started = false;
        for (String line : text.split("\n", 200)) {
            if (line.isBlank()) {
                if (started) {
                    return null;
                }
                continue;
            }
            started = true;
            String row = line.strip();
            if (row.startsWith(set)) {
                return row.substring(set.length()).strip();
            }
        }
        return null;
    }

    private static void captions(Map<String, Object> a, boolean chinese) {
        String[][] zh = {
            {"caution-caption", "注意"}, {"important-caption", "重要"}, {"note-caption", "说明"},
            {"tip-caption", "提示"}, {"warning-caption", "警告"}, {"figure-caption", "图"},
            {"table-caption", "表"}, {"example-caption", "示例"}, {"appendix-caption", "附录"},
            {"toc-title", "目录"}, {"untitled-label", "无标题"}, {"last-update-label", "更新于"},
        };
        for (String[] c : zh) {
            if (chinese) {
                a.put(c[0], c[1] + "@");
            } else {
                a.remove(c[0]);
            }
        }
    }
}

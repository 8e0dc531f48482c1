package org.bulletin.parse;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.config.SiteConfig;

/**
 * The document attributes every file is converted with: captions in the page's language, no web fonts.
 * The language and the captions are soft-set (Asciidoctor's trailing {@code @}): a document's own
 * {@code :lang:}, {@code :toc-title:} or {@code :note-caption:} wins for its page.
 */
final class AsciidoctorAttributes {

    /** {@code :lang: en} in a document header (the header ends at the first blank line after text). */
    private static final Pattern LANG = Pattern.compile("^:lang:[ \\t]+(\\S+)[ \\t]*$");

    private AsciidoctorAttributes() {
    }

    static Map<String, Object> forSite(SiteConfig config) {
        Map<String, Object> a = new TreeMap<>();
        a.put("attribute-missing", "warn");
        a.put("showtitle!", "");
        a.put("nofooter", "");
        a.put("icons!", "");
        a.put("webfonts!", "");
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
            if (p.isEmpty() || p.startsWith("source-highlighter")) {
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
        String lang = headerLang(text);
        if (lang == null) {
            return;
        }
        boolean chinese = lang.toLowerCase(Locale.ROOT).startsWith("zh");
        if (chinese != attributes.containsKey("note-caption")) {
            captions(attributes, chinese);
        }
    }

    /** The value of {@code :lang:} in the document header, or null. */
    static String headerLang(String text) {
        if (!text.contains(":lang:")) {
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
            Matcher m = LANG.matcher(line.strip());
            if (m.matches()) {
                return m.group(1);
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

package org.bulletin.parse;

import java.util.Map;
import java.util.TreeMap;
import org.bulletin.config.SiteConfig;

/** The document attributes every file is converted with: captions in the site's language, no web fonts. */
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
        a.put("source-highlighter!", "");
        a.put("sectids", "");
        a.put("lang", config.locale());
        a.put("site-title", config.title());
        a.put("site-host", config.host());
        if (config.chinese()) {
            a.put("caution-caption", "注意");
            a.put("important-caption", "重要");
            a.put("note-caption", "说明");
            a.put("tip-caption", "提示");
            a.put("warning-caption", "警告");
            a.put("figure-caption", "图");
            a.put("table-caption", "表");
            a.put("example-caption", "示例");
            a.put("appendix-caption", "附录");
            a.put("toc-title", "目录");
            a.put("untitled-label", "无标题");
            a.put("last-update-label", "更新于");
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
}

package org.bulletin.check;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.problem.Text;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Pages work under the Content-Security-Policy they are served with ({@code StaticSiteServer.CSP},
 * {@code script-src 'self'; style-src 'self'}): no inline scripts (JSON data blocks are fine), no
 * {@code on*} event handler attributes, no {@code javascript:} URLs, and, unless the policy allows
 * inline styles, no {@code style} attributes or {@code <style>} elements.
 */
final class CspCheck implements Check {

    /** The scheme of a script in an address; also what to look for in the source. */
    private static final String JAVASCRIPT = "javascript:";

    private final Map<String, String> policy;

    /** @param csp the policy the site will be served with */
    CspCheck(String csp) {
        Map<String, String> map = new TreeMap<>();
        for (String directive : csp.split(";")) {
            String d = directive.strip();
            if (!d.isEmpty()) {
                String[] parts = d.split("\\s+", 2);
                map.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
            }
        }
        this.policy = map;
    }

    @Override
    public String name() {
        return "csp";
    }

    private boolean inlineAllowed(String directive) {
        String value = policy.getOrDefault(directive, policy.get("default-src"));
        return value == null || value.contains("'unsafe-inline'");
    }

    @Override
    public void run(OutputSite site, Findings findings) {
        boolean scripts = !inlineAllowed("script-src");
        boolean styles = !inlineAllowed("style-src");
        for (CheckedPage page : site.pages()) {
            for (Element e : page.doc().getAllElements()) {
                if (scripts) {
                    scripts(page, e, findings);
                }
                if (styles && e.hasAttr("style")) {
                    findings.error(page, e, Text.of("check.csp-style-attribute", e.tagName()), e.attr("style"));
                }
                if (styles && e.tagName().equals("style")) {
                    findings.error(page, e, Text.of("check.csp-style-element"), null);
                }
            }
        }
    }

    private static void scripts(CheckedPage page, Element e, Findings findings) {
        if (e.tagName().equals("script") && !e.hasAttr("src") && !isData(e.attr("type"))) {
            findings.error(page, e, Text.of("check.csp-inline-script"), null);
        }
        for (Attribute a : e.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            if (key.startsWith("on") && key.length() > 2) {
                findings.error(page, e, Text.of("check.csp-event-handler", a.getKey(), e.tagName()), a.getKey());
            } else if (a.getValue().strip().toLowerCase(Locale.ROOT).startsWith(JAVASCRIPT)) {
                findings.error(page, e, Text.of("check.csp-javascript-url", a.getKey(), e.tagName()), JAVASCRIPT);
            }
        }
    }

    private static boolean isData(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.equals("application/json") || t.equals("application/ld+json");
    }
}

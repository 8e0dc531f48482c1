package org.bulletin.check;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Accessibility rules that need no browser: the page's language, alt text on images, a label on every
 * form control, and headings that start with one {@code h1} and never skip a level.
 */
final class AccessibilityCheck implements Check {

    private static final Set<String> UNLABELLED_INPUTS = Set.of("hidden", "submit", "reset", "button", "image");

    @Override
    public String name() {
        return "accessibility";
    }

    @Override
    public void run(OutputSite site, Findings findings) {
        for (CheckedPage page : site.pages()) {
            lang(page, findings);
            images(page, findings);
            controls(page, findings);
            headings(page, findings);
        }
    }

    private static void lang(CheckedPage page, Findings findings) {
        Element html = page.doc().selectFirst("html");
        if (html == null || html.attr("lang").isBlank()) {
            findings.error(page, html, "the page has no lang attribute on <html>: screen readers cannot pick "
                    + "the right voice (set site.locale, e.g. zh-CN)", null);
        }
    }

    private static void images(CheckedPage page, Findings findings) {
        for (Element img : page.doc().select("img:not([alt])")) {
            findings.error(page, img, "image without alt text: '" + img.attr("src") + "' (describe it for "
                    + "residents who cannot see it, e.g. image::photo.jpg[社工入户探访]; use alt=\"\" only for decoration)",
                    LinkCheck.needle(img.attr("src")));
        }
        for (Element area : page.doc().select("area[href]:not([alt])")) {
            findings.error(page, area, "image map area without alt text", null);
        }
    }

    private static void controls(CheckedPage page, Findings findings) {
        for (Element c : page.doc().select("input, select, textarea")) {
            if (c.tagName().equals("input") && UNLABELLED_INPUTS.contains(c.attr("type").toLowerCase(java.util.Locale.ROOT))) {
                if (!c.attr("type").equalsIgnoreCase("image") || c.hasAttr("alt")) {
                    continue;
                }
            }
            if (!labelled(page, c)) {
                findings.error(page, c, "form control <" + c.tagName() + (c.hasAttr("name") ? " name=\"" + c.attr("name") + "\"" : "")
                        + "> has no label: wrap it in <label> or give it a <label for=id>", c.attr("name"));
            }
        }
    }

    private static boolean labelled(CheckedPage page, Element c) {
        if (!c.attr("aria-label").isBlank() || !c.attr("aria-labelledby").isBlank() || !c.attr("title").isBlank()) {
            return true;
        }
        if (c.closest("label") != null) {
            return true;
        }
        if (c.id().isEmpty()) {
            return false;
        }
        for (Element label : page.doc().select("label[for]")) {
            if (label.attr("for").equals(c.id()) && !label.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for another checker's message about a skipped heading level (the Nu checker's "skipping 1
     * heading level"): this check reports each skip once, with the AsciiDoc advice, so theirs is dropped.
     */
    static boolean reportsHeadingSkip(String message) {
        return message.contains("heading") && message.contains("skipping") && message.contains("level");
    }

    private static void headings(CheckedPage page, Findings findings) {
        Elements headings = page.doc().select("h1, h2, h3, h4, h5, h6");
        long h1 = headings.stream().filter(h -> h.tagName().equals("h1")).count();
        if (h1 == 0) {
            findings.error(page, page.doc().selectFirst("body"), "the page has no <h1> heading: give it a title", null);
        } else if (h1 > 1) {
            Element second = headings.stream().filter(h -> h.tagName().equals("h1")).skip(1).findFirst().orElseThrow();
            findings.error(page, second, "the page has " + h1 + " <h1> headings: keep one (the page title) and "
                    + "use == for sections", second.ownText().strip());
        }
        int previous = 0;
        for (Element h : headings) {
            int level = h.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                findings.error(page, h, "heading level skipped: <" + h.tagName() + "> \"" + h.ownText().strip() + "\" follows <h"
                        + previous + "> (in AsciiDoc, use one more = than the section above, not two)", h.ownText().strip());
            }
            previous = level;
        }
    }
}

package org.bulletin.check;

import java.util.Set;
import org.bulletin.problem.Text;
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
            findings.error(page, html, Text.of("check.no-lang"), null);
        }
    }

    private static void images(CheckedPage page, Findings findings) {
        for (Element img : page.doc().select("img:not([alt])")) {
            findings.error(page, img, Text.of("check.image-no-alt", img.attr("src")), LinkCheck.needle(img.attr("src")));
        }
        for (Element area : page.doc().select("area[href]:not([alt])")) {
            findings.error(page, area, Text.of("check.area-no-alt"), null);
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
                findings.error(page, c, Text.of("check.control-no-label", c.tagName()
                        + (c.hasAttr("name") ? " name=\"" + c.attr("name") + "\"" : "")), c.attr("name"));
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
            findings.error(page, page.doc().selectFirst("body"), Text.of("check.no-h1"), null);
        } else if (h1 > 1) {
            Element second = headings.stream().filter(h -> h.tagName().equals("h1")).skip(1).findFirst().orElseThrow();
            findings.error(page, second, Text.of("check.many-h1", h1), second.ownText().strip());
        }
        int previous = 0;
        for (Element h : headings) {
            int level = h.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                findings.error(page, h, Text.of("check.heading-skipped", h.tagName(), h.ownText().strip(), previous),
                        h.ownText().strip());
            }
            previous = level;
        }
    }
}

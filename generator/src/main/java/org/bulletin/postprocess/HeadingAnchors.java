package org.bulletin.postprocess;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives every section heading of an article an id and a visible anchor link, so a social worker can
 * share a link to one part of a long article. The empty {@code <a class="anchor">} that AsciiDoc's
 * {@code :sectanchors:} puts before a heading's text is removed: the heading already has this anchor,
 * and a link without text is announced as an unnamed link.
 */
public final class HeadingAnchors implements PageStep {

    private final String label;

    /** @param label accessible name of the anchor links, in the site's language */
    public HeadingAnchors(String label) {
        this.label = label;
    }

    @Override
    public void apply(Document page, PageContext context) {
        for (Element empty : page.select(".article-body :is(h2, h3, h4, h5, h6) > a.anchor")) {
            if (empty.text().isBlank() && empty.select("img, svg").isEmpty()) {
                empty.remove();
            }
        }
        int n = 0;
        for (Element h : page.select(".article-body h2, .article-body h3, .article-body h4")) {
            n++;
            String id = h.id();
            if (id.isEmpty()) {
                id = "s" + n;
                while (page.getElementById(id) != null) {
                    id = id + "-" + n;
                }
                h.id(id);
            }
            if (h.selectFirst("a.heading-anchor") == null) {
                h.appendElement("a").addClass("heading-anchor").attr("href", "#" + id)
                        .attr("aria-label", label + " " + h.text()).text("#");
            }
        }
    }
}

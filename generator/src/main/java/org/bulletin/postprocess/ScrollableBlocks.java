package org.bulletin.postprocess;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the blocks of an article that scroll sideways on a narrow screen (code and literal blocks,
 * tables: the theme gives them {@code overflow-x: auto}) reachable with the keyboard: each gets
 * {@code tabindex="0"} and an accessible name (its block title, else "代码"/"Code", "公式"/"Formula" for a
 * STEM block's source, "表格"/"Table"; a
 * name that repeats on the page is numbered, "代码 2"), and a code block the role {@code region}, so a keyboard user can focus it and scroll it with the arrow keys
 * (axe's "scrollable-region-focusable"). Tables (AsciiDoc's, Markdown's, HTML's) keep their own role and are
 * named by their caption.
 */
public final class ScrollableBlocks implements PageStep {

    @Override
    public void apply(Document page, PageContext context) {
        Element html = page.selectFirst("html");
        boolean chinese = html != null && html.attr("lang").toLowerCase(Locale.ROOT).startsWith("zh");
        java.util.Map<String, Integer> names = new java.util.HashMap<>();
        for (Element pre : page.select(".article-body pre")) {
            if (pre.hasAttr("tabindex") || pre.parents().is("pre")) {
                continue;
            }
            pre.attr("tabindex", "0");
            pre.attr("role", "region");
            if (!pre.hasAttr("aria-label") && !pre.hasAttr("aria-labelledby")) {
                // regions are landmarks: each needs a name of its own ("代码", "代码 2" …)
                String name = name(pre, pre.hasClass("stem") ? (chinese ? "公式" : "Formula") : chinese ? "代码" : "Code");
                int n = names.merge(name, 1, Integer::sum);
                pre.attr("aria-label", n == 1 ? name : name + " " + n);
            }
        }
        // every table the theme lets scroll: AsciiDoc's, Markdown's and those of HTML pages; not the layout
        // tables of admonitions and of numbered code lines
        for (Element table : page.select(".article-body table")) {
            if (table.hasAttr("tabindex") || table.hasClass("linenotable")
                    || (table.parent() != null && table.parent().hasClass("admonitionblock"))) {
                continue;
            }
            table.attr("tabindex", "0");
            Element caption = table.selectFirst("> caption");
            if (caption == null && !table.hasAttr("aria-label") && !table.hasAttr("aria-labelledby")) {
                table.attr("aria-label", chinese ? "表格" : "Table");
            }
        }
    }

    /** The title of the block the element sits in ({@code .Title} above a listing), or {@code fallback}. */
    private static String name(Element pre, String fallback) {
        for (Element block = pre.parent(); block != null && !block.hasClass("article-body"); block = block.parent()) {
            if (block.hasClass("listingblock") || block.hasClass("literalblock") || block.hasClass("stemblock")) {
                Element title = block.selectFirst("> .title");
                if (title != null && !title.text().isBlank()) {
                    return title.text().strip();
                }
                break;
            }
        }
        return fallback;
    }
}

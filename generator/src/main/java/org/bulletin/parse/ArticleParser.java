package org.bulletin.parse;

import org.bulletin.config.SiteConfig;
import org.bulletin.model.Page;
import org.bulletin.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.bulletin.text.SourceLines;
/** Turns a loaded article or page into a {@link Page}: converts the body once and derives its summary. */
public final class ArticleParser {

    private static final int SUMMARY_CHARS = 120;

    private final DocumentLoader loader;
    private final SiteConfig config;

    public ArticleParser(DocumentLoader loader, SiteConfig config) {
        this.loader = loader;
        this.config = config;
    }

    public Page parse(ParsedDocument doc, Problems problems) {
        String html = loader.convert(doc, problems);
        String description = DocumentLoader.attr(doc.document(), "description", "");
        String summary = description.isEmpty() ? summarise(html) : description;
        return new Page(doc.file().relative(), doc.type().value(), doc.title(), doc.date(), doc.tags(), html, summary,
                PageUris.uri(config, doc.file().relative()), SourceLines.titleLine(doc.text()));
    }

    /** The first paragraphs' text, cut at a sentence or word end near {@value #SUMMARY_CHARS} characters. */
    static String summarise(String html) {
        StringBuilder text = new StringBuilder();
        for (Element p : Jsoup.parseBodyFragment(html).select("p")) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(p.text().strip());
            if (text.length() >= SUMMARY_CHARS) {
                break;
            }
        }
        if (text.length() <= SUMMARY_CHARS) {
            return text.toString();
        }
        int cut = SUMMARY_CHARS;
        for (int i = SUMMARY_CHARS; i > SUMMARY_CHARS / 2; i--) {
            char c = text.charAt(i - 1);
            if ("。！？；，.!?;, ".indexOf(c) >= 0) {
                cut = i;
                break;
            }
        }
        return text.substring(0, cut).strip() + "…";
    }
}

package org.bulletin.parse;

import org.bulletin.config.SiteConfig;
import org.bulletin.model.Page;
import org.bulletin.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.bulletin.text.CjkText;
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
        VisibleMarkup.check(doc.file().relative(), doc.text(), html, problems);
        String description = DocumentLoader.attr(doc.document(), "description", "");
        String summary = description.isEmpty() ? summarise(html) : description;
        String lang = DocumentLoader.attr(doc.document(), "lang", config.locale());
        return new Page(doc.file().relative(), doc.type().value(), doc.title(), doc.date(), doc.tags(), html, summary,
                PageUris.uri(config, doc.file().relative()), SourceLines.titleLine(doc.text()),
                lang.equalsIgnoreCase(config.locale()) ? "" : lang);
    }

    /** Blocks whose paragraphs are never a summary: lists, tables, admonitions, quotes, sidebars, the TOC. */
    private static final String NOT_PROSE = "li, dd, dt, td, th, table, blockquote, .admonitionblock, .sidebarblock, "
            + ".exampleblock, .quoteblock, .verseblock, .colist, .dlist, .hdlist, .olist, .ulist, #toc, #footnotes";

    /**
     * The summary: whole sentences of the document's first prose paragraphs (never of a list, table,
     * admonition or quote, whose parts make no sense alone), up to about {@value #SUMMARY_CHARS}
     * characters, with no space after a Chinese sentence's end mark; a first sentence longer than that is cut
     * at a word end with "…". Empty when the
     * document has no prose paragraph (set {@code :description:} then).
     */
    static String summarise(String html) {
        StringBuilder text = new StringBuilder();
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(html);
        body.select("sup.footnote, sup.footnoteref").remove();
        for (Element p : body.select(".paragraph > p")) {
            if (p.parents().is(NOT_PROSE)) {
                continue;
            }
            String paragraph = p.text().strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            if (!text.isEmpty() && !CjkText.afterSentence(text, paragraph)) {
                text.append(' ');
            }
            text.append(paragraph);
            if (text.length() >= SUMMARY_CHARS) {
                break;
            }
        }
        if (text.length() <= SUMMARY_CHARS) {
            return text.toString();
        }
        int sentences = lastSentenceEnd(text, SUMMARY_CHARS);
        if (sentences > 0) {
            return text.substring(0, sentences).strip();
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

    /** The end of the last whole sentence within the first {@code limit} characters, or 0. */
    private static int lastSentenceEnd(CharSequence text, int limit) {
        for (int i = Math.min(limit, text.length()); i > 0; i--) {
            char c = text.charAt(i - 1);
            if ("。！？".indexOf(c) >= 0) {
                return closing(text, i);
            }
            if (".!?".indexOf(c) >= 0 && (i == text.length() || Character.isWhitespace(text.charAt(i)))) {
                return i;
            }
        }
        return 0;
    }

    /** Past a closing quote or bracket right after a Chinese sentence end (”）」), within the text. */
    private static int closing(CharSequence text, int i) {
        while (i < text.length() && "”’）」』".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}

package org.bulletin.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Document;
import org.bulletin.model.Draft;
import org.bulletin.model.Page;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.source.ContentFormat;
import org.bulletin.source.JBakeHeader;
import org.bulletin.source.SourceFile;
import org.bulletin.text.TextFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Markdown and HTML content documents, as JBake reads them: a JBake header ({@code title=}, {@code date=},
 * {@code type=}, {@code status=}, {@code tags=}, {@code description=}, ended by {@code ~~~~~~}), then the
 * body: Markdown converted with flexmark ({@link MarkdownRenderer}), HTML kept as the editor wrote it.
 * Each becomes a {@link Page} (an article or a page) like an AsciiDoc one, or a {@link Draft}; quizzes
 * are AsciiDoc only.
 */
public final class MarkupPageParser {

    private final SiteConfig config;
    private final MarkdownRenderer markdown;

    public MarkupPageParser(SiteConfig config) {
        this.config = config;
        this.markdown = new MarkdownRenderer(config);
    }

    /** The document, or null (with the problem reported) when it cannot be read or is not published at all. */
    public Document parse(SourceFile file, ContentFormat format, Problems problems) throws IOException {
        String rel = file.relative();
        String text;
        try {
            text = TextFiles.readUtf8(file.path());
        } catch (CharacterCodingException e) {
            problems.error(rel, TextFiles.firstBadLine(file.path()), Text.of("article.not-utf8"));
            return null;
        }
        JBakeHeader header = JBakeHeader.read(text, config.get("header.separator", JBakeHeader.SEPARATOR));
        String body = header.blankOut(text);
        String typeName = header.get("type", config.get("default.type", Page.POST)).toLowerCase(Locale.ROOT);
        DocumentType type = DocumentType.resolve(typeName, config);
        if (type == DocumentType.QUIZ) {
            problems.error(rel, header.line("type"), Text.of("article.quiz-not-asciidoc"));
            return null;
        }
        if (type == null) { // a JBake custom type: its template is JBake's, the page is Bulletin's
            problems.warning(rel, header.line("type"), Text.of("article.custom-type", typeName));
            type = DocumentType.PAGE;
        }
        String status = status(file, header, problems);
        String title = header.get("title", "");
        String lang = "";
        String html;
        try {
            if (format == ContentFormat.MARKDOWN) {
                Node doc = markdown.parse(body);
                if (title.isEmpty() && doc.getFirstChild() instanceof Heading h && h.getLevel() == 1) {
                    // the first "# Title" is the title, as in a README; its text without the markup
                    title = new TextCollectingVisitor().collectAndGetText(h).strip();
                    h.unlink();
                }
                html = markdown.render(doc);
            } else {
                HtmlDocuments.Whole whole = HtmlDocuments.read(body, rel, problems);
                html = whole == null ? body.strip() + "\n" : whole.body();
                if (whole != null) {
                    title = title.isEmpty() ? whole.title() : title;
                    lang = whole.lang().equalsIgnoreCase(config.locale()) ? "" : whole.lang();
                }
                if (title.isEmpty()) {
                    Element h1 = Jsoup.parseBodyFragment(html).selectFirst("h1");
                    title = h1 == null ? "" : h1.text().strip();
                }
            }
        } catch (RuntimeException e) {
            problems.error(rel, header.length() + 1, Text.of("article.unconvertible-markup"));
            return null;
        }
        LocalDate date = date(rel, header, problems);
        if ("draft".equals(status)) {
            return new Draft(rel, title, date);
        }
        if (title.isEmpty()) {
            title = baseName(file);
            problems.warning(rel, 1, format == ContentFormat.MARKDOWN ? Text.of("article.no-title-markdown", title)
                    : Text.of("article.no-title-html", title));
        }
        if (date == null && type == DocumentType.POST) {
            problems.warning(rel, 1, Text.of("article.no-date-header"));
        }
        String description = header.get("description", header.get("summary", ""));
        return new Page(rel, type.value(), title, date, tags(header), html,
                description.isEmpty() ? ArticleParser.summarise(html) : description,
                PageUris.uri(config, rel), header.lines().getOrDefault("title", 1), lang);
    }

    private String status(SourceFile file, JBakeHeader header, Problems problems) {
        String status = header.get("status", config.get("default.status", "published")).toLowerCase(Locale.ROOT);
        if (!Set.of("published", "draft", "published-date").contains(status)) {
            problems.error(file.relative(), header.line("status"), Text.of("article.unknown-header-status", status));
            status = "draft";
        }
        if (baseName(file).endsWith(config.folders().draftSuffix())) {
            status = "draft";
        }
        return "published-date".equals(status) ? "published" : status;
    }

    private LocalDate date(String rel, JBakeHeader header, Problems problems) {
        String value = header.get("date", "");
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date = JBakeDates.parse(value, config);
        if (date == null) {
            problems.error(rel, header.line("date"), JBakeDates.invalid(value, config));
        }
        return date;
    }

    private static List<String> tags(JBakeHeader header) {
        Set<String> tags = new LinkedHashSet<>();
        for (String t : header.get("tags", "").split(",")) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        return new ArrayList<>(tags);
    }

    private static String baseName(SourceFile file) {
        String name = file.path().getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}

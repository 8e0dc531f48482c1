package org.bulletin.parse;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.source.JBakeHeader;
import org.bulletin.source.SourceFile;
import org.bulletin.text.TextFiles;
import org.jsoup.Jsoup;

import org.bulletin.text.DateText;
import org.bulletin.text.SourceLines;
/**
 * Loads an AsciiDoc file once with the shared Asciidoctor (SAFE mode, jailed to the site folder) and
 * reads its {@code :jbake-*:} header. Every message points at a file and line.
 */
public final class DocumentLoader {

    /** The site's assets folder, absolute, for extensions that list it (the gallery). */
    public static final String ASSETS_DIR_ATTRIBUTE = "bulletin-assets-dir";

    private static final Set<String> STATUSES = Set.of("published", "draft", "published-date");

    private final java.util.function.Supplier<AsciidoctorSession> session;
    private final SiteConfig config;
    private final Path siteDir;
    private final Map<String, Object> attributes;

    public DocumentLoader(AsciidoctorSession session, SiteConfig config, Path siteDir) {
        this(() -> session, config, siteDir);
    }

    /** A loader that asks for the session only when it converts (a fully cached build never starts JRuby). */
    public DocumentLoader(java.util.function.Supplier<AsciidoctorSession> session, SiteConfig config, Path siteDir) {
        this.session = session;
        this.config = config;
        this.siteDir = siteDir;
        this.attributes = attributes(config, siteDir);
    }

    /** The attributes every document of the site is converted with (part of the conversion cache's key). */
    public static Map<String, Object> attributes(SiteConfig config, Path siteDir) {
        Map<String, Object> a = AsciidoctorAttributes.forSite(config);
        a.put(ASSETS_DIR_ATTRIBUTE, siteDir.resolve(config.folders().assets()).toAbsolutePath()
                .normalize().toString());
        return Map.copyOf(a);
    }

    /** Loads one file; returns null (with the problem reported) when it cannot be read as UTF-8 text. */
    public ParsedDocument load(SourceFile file, Problems problems) throws IOException {
        String text;
        try {
            text = TextFiles.readUtf8(file.path());
        } catch (CharacterCodingException e) {
            problems.error(file.relative(), TextFiles.firstBadLine(file.path()), Text.of("article.not-utf8"));
            return null;
        }
        if (text.isBlank()) {
            problems.error(file.relative(), 1, Text.of("article.empty"));
            return null;
        }
        JBakeHeader jbake = JBakeHeader.read(text, config.get("header.separator", JBakeHeader.SEPARATOR));
        IncludeGuard.Checked checked = IncludeGuard.check(siteDir, file.path(), file.relative(), jbake.blankOut(text),
                problems);
        if (!checked.usable()) {
            return null;
        }
        Map<String, Object> attrs = new TreeMap<>(attributes);
        jbake.values().forEach((key, value) -> attrs.put("jbake-" + key, value)); // as JBake passes them
        attrs.put("docfile", file.path().toString());
        attrs.put("docdir", file.path().getParent().toString());
        AsciidoctorAttributes.forDocument(attrs, text);
        org.asciidoctor.AttributesBuilder attributesBuilder = Attributes.builder();
        attrs.forEach(attributesBuilder::attribute);
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(siteDir.toFile())
                .standalone(false)
                .sourcemap(true)
                .attributes(attributesBuilder.build())
                .build();
        String source = FullWidthSyntax.normalise(checked.text(), file.relative(), problems);
        Document document;
        try {
            document = session.get().withLog(r -> report(file, text, checked.included(), r, problems),
                    () -> session.get().asciidoctor().load(source, options));
            CjkBlocks.apply(document, source);
        } catch (StackOverflowError | RuntimeException e) {
            failed(file.relative(), text, e, problems);
            return null;
        }
        return header(file, text, jbake, document, checked.included(), problems);
    }

    /** Converts the body, with Asciidoctor's messages reported against the file. */
    public String convert(ParsedDocument doc, Problems problems) {
        try {
            String html = session.get().withLog(r -> report(doc.file(), doc.text(), doc.included(), r, problems),
                    () -> doc.document().convert());
            return FontIcons.apply(html, doc.file().relative(), doc.text(), problems);
        } catch (StackOverflowError | RuntimeException e) {
            failed(doc.file().relative(), doc.text(), e, problems);
            return "";
        }
    }

    /**
     * Asciidoctor gave up on a file (deep nesting exhausts its recursion; a Ruby error on odd markup): one
     * editor-facing error instead of a stack trace.
     */
    private static void failed(String rel, String text, Throwable e, Problems problems) {
        int line = SourceLines.deepNesting(text);
        if (e instanceof StackOverflowError) {
            problems.error(rel, line, Text.of("article.too-deep"));
        } else {
            problems.error(rel, line, Text.of(line > 0 ? "article.unconvertible-line" : "article.unconvertible"));
        }
    }

    /** Converts one block of a loaded document (quiz questions, options, explanations). */
    public String convert(ParsedDocument doc, org.asciidoctor.ast.StructuralNode block, Problems problems) {
        try {
            String html = session.get().withLog(r -> report(doc.file(), doc.text(), doc.included(), r, problems),
                    block::convert);
            return FontIcons.apply(html, doc.file().relative(), doc.text(), problems);
        } catch (StackOverflowError | RuntimeException e) {
            failed(doc.file().relative(), doc.text(), e, problems);
            return "";
        }
    }

    private ParsedDocument header(SourceFile file, String text, JBakeHeader jbake, Document document,
                                  List<String> included,
                                  Problems problems) {
        String rel = file.relative();
        String typeName = attr(document, "jbake-type", config.get("default.type", "post")).toLowerCase(Locale.ROOT);
        DocumentType type = DocumentType.resolve(typeName, config);
        if (type == null) {
            int typeLine = line(jbake, text, "type");
            problems.error(rel, typeLine, Text.of("article.unknown-type", typeName,
                    DocumentType.choices().get(0), DocumentType.choices().get(1)));
            type = DocumentType.PAGE;
        }
        String status = attr(document, "jbake-status", config.get("default.status", "published"))
                .toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            int statusLine = line(jbake, text, "status");
            problems.error(rel, statusLine, Text.of("article.unknown-status", status));
            status = "draft";
        }
        String base = file.path().getFileName().toString();
        base = base.substring(0, base.lastIndexOf('.'));
        if (base.endsWith(config.folders().draftSuffix())) {
            status = "draft";
        }
        if ("published-date".equals(status)) {
            status = "published";
        }
        VisibleMarkup.check(rel, text, document.getDoctitle(), problems);
        String title = attr(document, "jbake-title", "");
        if (title.isEmpty()) {
            title = plain(document.getDoctitle());
        }
        if (title.isEmpty()) {
            problems.error(rel, 1, Text.of("article.no-title"));
        }
        UnsupportedFeatures.check(rel, text, document, problems);
        String dateName = document.hasAttribute("jbake-date") ? "jbake-date" : "revdate";
        LocalDate date = date(document, dateName, rel, text, jbake, problems);
        if (date == null && attr(document, dateName, "").isEmpty() && type == DocumentType.POST
                && !"draft".equals(status)) {
            problems.warning(rel, SourceLines.titleLine(text), Text.of("article.no-date"));
        }
        return new ParsedDocument(file, text, document, type, status, title, date, tags(document), included);
    }

    /** The date of {@code :name:} in JBake's {@code date.format} or {@link DateText}'s grammar (a time after it is ignored), or null. */
    private LocalDate date(Document document, String name, String rel, String text, JBakeHeader jbake,
                           Problems problems) {
        String value = attr(document, name, "");
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date = JBakeDates.parse(value, config);
        if (date == null) {
            int line = "jbake-date".equals(name) ? line(jbake, text, "date") : SourceLines.attributeLine(text, name);
            problems.error(rel, line, JBakeDates.invalid(value, config));
        }
        return date;
    }

    /** The line of a JBake header key, or of the {@code :jbake-KEY:} attribute. */
    private static int line(JBakeHeader jbake, String text, String key) {
        return jbake.lines().containsKey(key) ? jbake.line(key) : SourceLines.attributeLine(text, "jbake-" + key);
    }

    private static List<String> tags(Document document) {
        Set<String> tags = new LinkedHashSet<>();
        for (String t : attr(document, "jbake-tags", "").split("[,，、]")) {
            String tag = t.strip();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return new ArrayList<>(tags);
    }

    static String attr(Document document, String name, String fallback) {
        Object v = document.getAttribute(name);
        return v == null || v.toString().isBlank() ? fallback : v.toString().strip();
    }

    /** Inline HTML to plain text. */
    public static String plain(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }

    private void report(SourceFile file, String text, List<String> included, LogRecord r, Problems problems) {
        String where = file.relative();
        int line = 0;
        if (r.getCursor() != null) {
            line = Math.max(r.getCursor().getLineNumber(), 0);
            String shown = AsciidoctorSession.display(siteDir, r.getCursor().getPath());
            if (shown != null && !shown.equals(where) && r.getCursor().getFile() != null
                    && !r.getCursor().getFile().equals(file.path().toString())) {
                where = shown;
            }
        }
        if (line == 0) {
            line = AsciidoctorMessages.guessLine(r.getMessage(), text);
        }
        for (int i = 0; line == 0 && i < included.size(); i++) {
            // a message without a cursor (inline substitutions) about text that came from an included file
            String rel = included.get(i);
            try {
                line = AsciidoctorMessages.guessLine(r.getMessage(), TextFiles.readUtf8(siteDir.resolve(rel)));
            } catch (IOException e) {
                line = 0;
            }
            if (line > 0) {
                where = rel;
            }
        }
        Text message = AsciidoctorMessages.explain(r.getMessage().replace(siteDir + "/", ""));
        if (AsciidoctorMessages.isRefusal(r.getMessage())) {
            problems.error(where, line, message);
        } else {
            problems.warning(where, line, message);
        }
    }
}

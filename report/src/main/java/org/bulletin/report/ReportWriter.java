package org.bulletin.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bulletin.files.FolderSwap;
import org.bulletin.generator.ThemePages;
import org.bulletin.model.Site;
import org.bulletin.problem.Text;

/**
 * Writes the report folder: {@code index.html} (the report page in the site's theme, charts as inline
 * SVG), {@code prize-eligible.csv}, {@code winners.csv} after a draw, {@code wrap-up.adoc} (draft
 * article) and the theme's style sheets (under their content-keyed names, as a build publishes them).
 * Same input, same bytes. Its notes (skipped lines, refused claims, warnings) are in the site's language
 * ({@code site.locale}), like the page around them.
 */
public final class ReportWriter {

    private static final List<String> BANDS = List.of("0–9", "10–19", "20–29", "30–39", "40–49", "50–59", "60–69",
            "70–79", "80–89", "90–100");

    private ReportWriter() {
    }

    /** The files of the report folder besides the theme's style sheets. */
    private static final Set<String> OUTPUTS = Set.of("index.html", "css/site.css", "css/printable.css", "favicon.svg");

    /**
     * Writes the report folder atomically: everything goes into a staging folder beside {@code out},
     * which replaces {@code out} only when complete (see {@link ReportFolder}), so a
     * failed write leaves the previous report untouched.
     *
     * @throws IOException also when {@code out} is a file or a folder of files that are not a report
     */
    public static void write(Site site, ThemePages pages, CampaignReport report, Path out) throws IOException {
        Text refusal = refusal(out);
        if (refusal != null) {
            throw new IOException(refusal.in(language(site)));
        }
        try (FolderSwap folder = FolderSwap.open(out)) {
            writeFiles(site, pages, report, folder.staging());
            folder.commit();
        }
    }

    /** The language of the site's report: its {@code site.locale}. */
    public static Locale language(Site site) {
        return site.config().language();
    }

    /** Why {@code out} must not be replaced by a report, or null when it may. */
    static Text refusal(Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Text.of("report.folder-is-file", out);
        }
        if (!Files.isDirectory(out) || Files.isRegularFile(out.resolve("wrap-up.adoc"))
                || Files.isRegularFile(out.resolve("index.html"))) {
            return null;
        }
        try (var files = Files.list(out)) {
            return files.findAny().isEmpty() ? null : Text.of("report.folder-not-empty", out);
        }
    }

    private static void writeFiles(Site site, ThemePages pages, CampaignReport report, Path out) throws IOException {
        Files.createDirectories(out);
        Map<String, byte[]> theme = ThemePages.themeAssets();
        for (String file : List.of("css/site.css", "css/printable.css", "favicon.svg")) {
            String published = ThemePages.publishedPath(file); // content-keyed, as the pages link it
            Path target = out.resolve(published);
            Files.createDirectories(target.getParent());
            Files.write(target, theme.get(published));
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("title", pages.text("report.title"));
        vars.put("report", report);
        vars.put("charts", charts(report, pages));
        vars.put("articleUrls", articleUrls(site, report));
        vars.put("language", language(site));
        Files.write(out.resolve("index.html"), pages.page("report", "index.html", vars, OUTPUTS));
        ZoneId zone = report.prizes().zone();
        Files.writeString(out.resolve("prize-eligible.csv"), eligibleCsv(report.eligible(), zone), StandardCharsets.UTF_8);
        if (report.drawSeed() != null) {
            Files.writeString(out.resolve("winners.csv"), eligibleCsv(report.winners(), zone), StandardCharsets.UTF_8);
        }
        if (!report.prizes().ranking().isEmpty()) {
            Files.writeString(out.resolve("ranking.csv"), eligibleCsv(report.prizes().ranking(), zone), StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("prize-refused.csv"), refusedCsv(report.prizes().refused(), language(site)),
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("wrap-up.adoc"), WrapUpArticle.asciidoc(site, report), StandardCharsets.UTF_8);
        writeAnswerKeys(pages, out);
    }

    /** The printable answer keys, {@code print/key-QUIZ.html}: for staff, never part of the published site. */
    static void writeAnswerKeys(ThemePages pages, Path out) throws IOException {
        for (Map.Entry<String, byte[]> key : pages.answerKeys(OUTPUTS).entrySet()) {
            Path target = out.resolve(key.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, key.getValue());
        }
    }

    private static Map<String, String> articleUrls(Site site, CampaignReport report) {
        Map<String, String> urls = new HashMap<>();
        report.articles().forEach(a -> urls.put(a.uri(), site.config().absoluteUrl(a.uri())));
        return urls;
    }

    /** Per quiz id: the distribution chart and the per-question chart. */
    private static Map<String, List<String>> charts(CampaignReport report, ThemePages renderer) {
        Map<String, List<String>> charts = new HashMap<>();
        for (QuizStats q : report.quizzes()) {
            List<String> labels = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            int i = 1;
            for (QuizStats.QuestionStats s : q.questions()) {
                labels.add(i++ + ". " + s.title());
                rates.add(s.asked() == 0 ? 0.0 : 100.0 * s.correct() / s.asked()); // over those asked it
            }
            charts.put(q.quiz(), List.of(
                    BarCharts.columns(renderer.text("report.distribution"), BANDS, q.distribution()),
                    BarCharts.rows(renderer.text("report.correct"), labels, rates)));
        }
        return charts;
    }

    /**
     * {@code claim,name,phone,score,time,quiz,verified}, UTF-8 with BOM so spreadsheet programs read Chinese.
     * {@code time}: received by the collector (else submitted) in the report's zone, {@code 2022-03-15 10:14:40};
     * {@code verified}: {@code signed} (the collector's key checked it), {@code unverified} or {@code paper}.
     */
    static String eligibleCsv(List<ScoredSubmission> records, ZoneId zone) {
        StringBuilder s = new StringBuilder("\uFEFFclaim,name,phone,score,time,quiz,verified\r\n");
        for (ScoredSubmission r : records) {
            QuizSubmission q = r.submission();
            String time = q.paper() ? "paper" : ReportTimes.format(q.arrived(), zone);
            String verified = q.paper() ? "paper" : q.signature() == QuizSubmission.Signature.VALID ? "signed" : "unverified";
            s.append(String.join(",", cell(PrizeDraw.key(r)), cell(q.name()), cell(q.phone()),
                    String.format(java.util.Locale.ROOT, "%.2f", r.score()), cell(time), cell(q.quiz()), verified))
                    .append("\r\n");
        }
        return s.toString();
    }

    /** {@code file,line,claim,quiz,reason}: every result that is not eligible although it could have been. */
    static String refusedCsv(List<Refusal> refused, Locale language) {
        StringBuilder s = new StringBuilder("\uFEFFfile,line,claim,quiz,reason\r\n");
        for (Refusal r : refused) {
            s.append(String.join(",", cell(r.file()), Long.toString(r.line()), cell(r.key()), cell(r.quiz()),
                    cell(r.reason().in(language)))).append("\r\n");
        }
        return s.toString();
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets never run it as a formula. */
    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** The console summary, in English. */
    public static String summary(CampaignReport r) {
        return summary(r, Locale.ENGLISH);
    }

    /**
     * The console summary in the language of {@code language}; a warning's line starts with the catalogue's
     * {@code problem.warning} ({@code warning: }, {@code 警告：}).
     */
    public static String summary(CampaignReport r, Locale language) {
        StringBuilder s = new StringBuilder();
        line(s, language, Text.of("report.summary.participants", r.participants(), r.submissions()));
        line(s, language, Text.of("report.summary.average", r.average(), r.passRate()));
        line(s, language, Text.of("report.summary.knowledge", r.knowledgePoints()));
        for (QuizStats q : r.quizzes()) {
            s.append("  ");
            line(s, language, Text.of("report.summary.quiz", q.quiz(), q.participants(), q.paper(), q.average(),
                    q.passRate(), q.eligible().size()));
        }
        if (r.measured()) {
            line(s, language, Text.of("report.summary.reads", r.articleViews(), r.pageViews(), r.visitors(), r.visits()));
        } else {
            line(s, language, Text.of("report.summary.not-measured"));
        }
        prizeSummary(s, r, language);
        lines(s, Text.of("report.summary.tampered", r.tampered().count()), r.tampered(), language);
        lines(s, Text.of("report.summary.old-versions", r.oldVersions().count()), r.oldVersions(), language);
        lines(s, Text.of("report.summary.skipped", r.bad().count()), r.bad(), language);
        if (r.drawSeed() != null) {
            line(s, language, Text.of("report.summary.draw", r.drawSeed(),
                    String.join(", ", r.winners().stream().map(PrizeDraw::key).toList())));
        }
        return s.toString();
    }

    private static void line(StringBuilder s, Locale language, Text text) {
        s.append(text.in(language)).append('\n');
    }

    private static void prizeSummary(StringBuilder s, CampaignReport r, Locale language) {
        PrizeReport p = r.prizes();
        p.warnings().forEach(w -> line(s, language, Text.of("problem.warning", w)));
        line(s, language, Text.of("report.summary.zone", p.zone()));
        if (p.duplicates() > 0) {
            line(s, language, Text.of("report.summary.duplicates", p.duplicates()));
        }
        line(s, language, Text.of(p.verified() ? "report.summary.eligible-signed" : "report.summary.eligible-unverified",
                r.eligible().size()));
        line(s, language, Text.of("report.summary.sha256", p.eligibleSha256()));
        if (!p.refused().isEmpty()) {
            line(s, language, Text.of("report.summary.refused", p.refused().size()));
            p.refused().stream().limit(BadLines.EXAMPLES).forEach(x -> s.append("  ").append(x.format(language)).append('\n'));
        }
        if (!p.clusters().isEmpty()) {
            line(s, language, Text.of("report.summary.clusters", p.clusterRule().count(),
                    p.clusterRule().minutes()));
            p.clusters().forEach(c -> {
                s.append("  ");
                boolean address = "address".equals(c.kind());
                line(s, language, Text.of(address ? "report.summary.cluster-address" : "report.summary.cluster-device",
                        c.who(), c.count(),
                        ReportTimes.format(c.first(), p.zone()), ReportTimes.format(c.last(), p.zone())));
            });
        }
        if (p.redeemed() >= 0) {
            line(s, language, Text.of("report.summary.redeemed", p.redeemed()));
        }
        if (!p.ranking().isEmpty()) {
            line(s, language, Text.of("report.summary.ranking",
                    String.join(", ", p.ranking().stream().map(PrizeDraw::key).toList())));
        }
    }

    private static void lines(StringBuilder s, Text title, BadLines lines, Locale language) {
        if (lines.count() > 0) {
            line(s, language, title);
            lines.examples(language).forEach(e -> s.append("  ").append(e).append('\n'));
        }
    }
}

package org.bulletin.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletin.files.FolderSwap;
import org.bulletin.generator.ThemePages;
import org.bulletin.model.Site;

/**
 * Writes the report folder: {@code index.html} (the report page in the site's theme, charts as inline
 * SVG), {@code prize-eligible.csv}, {@code winners.csv} after a draw, {@code wrap-up.adoc} (draft
 * article) and the theme's style sheets (under their content-keyed names, as a build publishes them).
 * Same input, same bytes.
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
        String refusal = refusal(out);
        if (refusal != null) {
            throw new IOException(refusal);
        }
        try (FolderSwap folder = FolderSwap.open(out)) {
            writeFiles(site, pages, report, folder.staging());
            folder.commit();
        }
    }

    /** Why {@code out} must not be replaced by a report, or null when it may. */
    static String refusal(Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return "the report folder " + out + " is a file: choose a folder";
        }
        if (!Files.isDirectory(out) || Files.isRegularFile(out.resolve("wrap-up.adoc"))
                || Files.isRegularFile(out.resolve("index.html"))) {
            return null;
        }
        try (var files = Files.list(out)) {
            return files.findAny().isEmpty() ? null : "the report folder " + out + " already holds files that the "
                    + "report did not write, and a report replaces its whole folder: choose a new or empty folder";
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
        Files.write(out.resolve("index.html"), pages.page("report", "index.html", vars, OUTPUTS));
        ZoneId zone = report.prizes().zone();
        Files.writeString(out.resolve("prize-eligible.csv"), eligibleCsv(report.eligible(), zone), StandardCharsets.UTF_8);
        if (report.drawSeed() != null) {
            Files.writeString(out.resolve("winners.csv"), eligibleCsv(report.winners(), zone), StandardCharsets.UTF_8);
        }
        if (!report.prizes().ranking().isEmpty()) {
            Files.writeString(out.resolve("ranking.csv"), eligibleCsv(report.prizes().ranking(), zone), StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("prize-refused.csv"), refusedCsv(report.prizes().refused()), StandardCharsets.UTF_8);
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
                    SvgCharts.columns(renderer.text("report.distribution"), BANDS, q.distribution()),
                    SvgCharts.rows(renderer.text("report.correct"), labels, rates)));
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
    static String refusedCsv(List<Refusal> refused) {
        StringBuilder s = new StringBuilder("\uFEFFfile,line,claim,quiz,reason\r\n");
        for (Refusal r : refused) {
            s.append(String.join(",", cell(r.file()), Long.toString(r.line()), cell(r.key()), cell(r.quiz()),
                    cell(r.reason()))).append("\r\n");
        }
        return s.toString();
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets never run it as a formula. */
    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** The console summary. */
    public static String summary(CampaignReport r) {
        StringBuilder s = new StringBuilder();
        s.append("Participants: ").append(r.participants()).append(" (from ").append(r.submissions())
                .append(" submissions)\n");
        s.append("Average score: ").append(r.average()).append("   pass rate: ").append(r.passRate()).append("%\n");
        s.append("Knowledge points spread: ").append(r.knowledgePoints()).append('\n');
        for (QuizStats q : r.quizzes()) {
            s.append("  quiz ").append(q.quiz()).append(": ").append(q.participants()).append(" participants (")
                    .append(q.paper()).append(" on paper), average ").append(q.average()).append(", pass rate ")
                    .append(q.passRate()).append("%, prize-eligible ").append(q.eligible().size()).append('\n');
        }
        if (r.measured()) {
            s.append("Article reads: ").append(r.articleViews()).append("   page views: ").append(r.pageViews())
                    .append("   visitors: ").append(r.visitors()).append("   visits: ").append(r.visits()).append('\n');
        } else {
            s.append("Article reads and visits: not measured (give --access-log or --analytics-csv)\n");
        }
        prizeSummary(s, r);
        lines(s, "Client scores that did not match the answers", r.tampered());
        lines(s, "Submissions for an older quiz version", r.oldVersions());
        lines(s, "Skipped lines", r.bad());
        if (r.drawSeed() != null) {
            s.append("Draw (seed \"").append(r.drawSeed()).append("\"): ");
            s.append(String.join(", ", r.winners().stream().map(PrizeDraw::key).toList())).append('\n');
        }
        return s.toString();
    }

    private static void prizeSummary(StringBuilder s, CampaignReport r) {
        PrizeReport p = r.prizes();
        p.warnings().forEach(w -> s.append("warning: ").append(w).append('\n'));
        s.append("Times in ").append(p.zone()).append('\n');
        if (p.duplicates() > 0) {
            s.append("Results read more than once (same id in several files), counted once: ").append(p.duplicates())
                    .append('\n');
        }
        s.append("Prize-eligible: ").append(r.eligible().size()).append(p.verified() ? " (claims signed by the collector)"
                : " (unverified: give --claim-key with the collector's data folder to accept only signed claims)")
                .append('\n');
        s.append("SHA-256 of prize-eligible.csv (announce it before the draw): ").append(p.eligibleSha256()).append('\n');
        if (!p.refused().isEmpty()) {
            s.append("Not eligible (see prize-refused.csv): ").append(p.refused().size()).append('\n');
            p.refused().stream().limit(BadLines.EXAMPLES).forEach(x -> s.append("  ").append(x.format()).append('\n'));
        }
        if (!p.clusters().isEmpty()) {
            s.append("Suspicious clusters (").append(SuspiciousClusters.MIN_RESULTS).append("+ results within ")
                    .append(SuspiciousClusters.WINDOW.toMinutes()).append(" minutes):\n");
            p.clusters().forEach(c -> s.append("  ").append(c.kind()).append(' ').append(c.who()).append(": ")
                    .append(c.count()).append(" results ").append(ReportTimes.format(c.first(), p.zone())).append(" – ")
                    .append(ReportTimes.format(c.last(), p.zone())).append('\n'));
        }
        if (p.redeemed() >= 0) {
            s.append("Prizes redeemed (核销): ").append(p.redeemed()).append('\n');
        }
        if (!p.ranking().isEmpty()) {
            s.append("Ranking (score, time taken, time received): ");
            s.append(String.join(", ", p.ranking().stream().map(PrizeDraw::key).toList())).append('\n');
        }
    }

    private static void lines(StringBuilder s, String title, BadLines lines) {
        if (lines.count() > 0) {
            s.append(title).append(": ").append(lines.count()).append('\n');
            lines.examples().forEach(e -> s.append("  ").append(e).append('\n'));
        }
    }
}

package org.bulletin.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bulletin.model.Page;
import org.bulletin.model.Site;

/** Computes the {@link CampaignReport} of a site from its result files, logs and exports, streaming each. */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static CampaignReport build(Site site, ReportRequest request) throws IOException {
        BadLines bad = new BadLines();
        QuizResults results = new QuizResults(site, request.attempt(), bad);
        ResultsReader reader = new ResultsReader(bad);
        for (Path file : request.results()) {
            reader.read(file, results::add);
        }
        PaperReader paper = new PaperReader(site, bad);
        for (Path file : request.paper()) {
            paper.read(file, results::add);
        }
        Set<String> articles = new HashSet<>();
        site.posts().forEach(p -> articles.add(p.uri()));
        TrafficStats traffic = new TrafficStats(articles);
        String basePath = site.config().basePath();
        String index = site.config().folders().index();
        AccessLogReader logs = new AccessLogReader(basePath, index, traffic, bad);
        for (Path file : request.accessLogs()) {
            logs.read(file);
        }
        AnalyticsCsvReader analytics = new AnalyticsCsvReader(basePath, index, traffic, bad);
        for (Path file : request.analyticsCsv()) {
            analytics.read(file);
        }
        String source = !request.accessLogs().isEmpty() ? "log" : !request.analyticsCsv().isEmpty() ? "analytics" : "none";
        List<CampaignReport.ArticleReads> reads = new ArrayList<>();
        for (Page p : site.posts()) {
            reads.add(new CampaignReport.ArticleReads(p.title(), p.uri(), traffic.views(p.uri()), traffic.readers(p.uri())));
        }
        List<QuizStats> stats = results.stats();
        List<ScoredSubmission> eligible = stats.stream().flatMap(q -> q.eligible().stream()).toList();
        List<ScoredSubmission> winners = request.drawCount() > 0 && request.drawSeed() != null
                ? PrizeDraw.draw(eligible, request.drawCount(), request.drawSeed()) : List.of();
        return new CampaignReport(site.config().title(), stats, results.submissions(), reads, source,
                traffic.pageViews(), traffic.visitors(), traffic.visits(), logs.lines(), bad, results.tampered(),
                results.oldVersions(), winners, request.drawCount() > 0 ? request.drawSeed() : null);
    }
}

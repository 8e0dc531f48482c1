package org.bulletin.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.collect.ClaimSigner;
import org.bulletin.model.Page;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.problem.Text;
import org.bulletin.text.Sha256;

/** Computes the {@link CampaignReport} of a site from its result files, logs and exports, streaming each. */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static CampaignReport build(Site site, ReportRequest request) throws IOException {
        BadLines bad = new BadLines();
        PrizeRules rules = request.prizes();
        ZoneId zone = ReportTimes.zone(rules.zone(), site.config());
        QuizResults results = new QuizResults(site, request.attempt(), bad, zone, rules.clusters());
        ClaimSigner signer = rules.claimKey() == null ? null : ClaimSigner.read(rules.claimKey());
        ResultsReader reader = new ResultsReader(bad, signer);
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
        List<QuizStats> raw = results.stats();
        PrizeEligibility.Outcome prizes = new PrizeEligibility(signer != null, rules.exclude(), bad)
                .decide(raw.stream().flatMap(q -> q.eligible().stream()).toList());
        Set<ScoredSubmission> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
        allowed.addAll(prizes.eligible());
        List<QuizStats> stats = raw.stream().map(q -> q.withEligible(q.eligible().stream()
                .filter(allowed::contains).toList())).toList();
        List<ScoredSubmission> eligible = prizes.eligible();
        List<ScoredSubmission> winners = request.drawCount() > 0 && request.drawSeed() != null
                ? PrizeDraw.draw(eligible, request.drawCount(), request.drawSeed()) : List.of();
        List<Refusal> refused = new ArrayList<>(results.refused());
        refused.addAll(prizes.refused());
        PrizeReport prizeReport = new PrizeReport(signer != null, refused, results.clusters(),
                warnings(site, request.attempt()), Sha256.hex(ReportWriter.eligibleCsv(eligible, zone)),
                redeemed(rules.claimKey()), rules.rank() > 0 ? PrizeDraw.rank(eligible, rules.rank()) : List.of(),
                zone, results.duplicates(), rules.clusters());
        return new CampaignReport(site.config().title(), stats, results.submissions(), reads, source,
                traffic.pageViews(), traffic.visitors(), traffic.visits(), logs.lines(), bad, results.tampered(),
                results.oldVersions(), winners, request.drawCount() > 0 ? request.drawSeed() : null, prizeReport);
    }

    /** An {@code --attempt} that differs from a quiz's {@code :quiz-counts:}: the page told residents otherwise. */
    static List<Text> warnings(Site site, AttemptPolicy override) {
        List<Text> warnings = new ArrayList<>();
        if (override == null) {
            return warnings;
        }
        for (Quiz quiz : site.quizzes()) {
            if (!override.name().equalsIgnoreCase(quiz.counts())) {
                warnings.add(Text.of("report.attempt-override", quiz.source(), override.name().toLowerCase(Locale.ROOT),
                        quiz.counts(), quiz.id()));
            }
        }
        return warnings;
    }

    /** Redemptions in the collector's data folder ({@code redemptions.jsonl}), or -1 when not given. */
    static long redeemed(Path claimKey) throws IOException {
        if (claimKey == null || !Files.isDirectory(claimKey)) {
            return -1;
        }
        Path file = claimKey.resolve("redemptions.jsonl");
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        Set<String> codes = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = CODE.matcher(line);
            if (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes.size();
    }

    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");
}

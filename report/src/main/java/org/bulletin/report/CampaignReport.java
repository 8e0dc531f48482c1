package org.bulletin.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the report shows.
 *
 * @param siteTitle    the site's title
 * @param quizzes      per quiz
 * @param submissions  quiz submissions read (online and paper, known quizzes)
 * @param articles     reads per article, newest article first
 * @param traffic      where traffic numbers come from: {@code log}, {@code analytics} or {@code none}
 * @param pageViews    page views
 * @param visitors     unique visitors
 * @param visits       visits (30-minute sessions)
 * @param logLines     access log lines read
 * @param bad          skipped lines
 * @param tampered     submissions whose client score differs from the re-computed one
 * @param oldVersions  submissions made against an older quiz definition
 * @param winners      drawn winners in draw order (empty without --draw)
 * @param drawSeed     the draw's seed, or null
 * @param prizes       refused claims, clusters, warnings, the eligible list's hash, redemptions, ranking
 */
public record CampaignReport(String siteTitle, List<QuizStats> quizzes, long submissions, List<ArticleReads> articles,
                             String traffic, long pageViews, long visitors, long visits, long logLines,
                             BadLines bad, BadLines tampered, BadLines oldVersions, List<ScoredSubmission> winners,
                             String drawSeed, PrizeReport prizes) {

    public CampaignReport {
        quizzes = List.copyOf(quizzes);
        articles = List.copyOf(articles);
        winners = List.copyOf(winners);
        prizes = prizes == null ? PrizeReport.NONE : prizes;
    }

    public CampaignReport(String siteTitle, List<QuizStats> quizzes, long submissions, List<ArticleReads> articles,
                          String traffic, long pageViews, long visitors, long visits, long logLines, BadLines bad,
                          BadLines tampered, BadLines oldVersions, List<ScoredSubmission> winners, String drawSeed) {
        this(siteTitle, quizzes, submissions, articles, traffic, pageViews, visitors, visits, logLines, bad, tampered,
                oldVersions, winners, drawSeed, PrizeReport.NONE);
    }

    /** Whether reads and visits were measured (access logs or an analytics export were given). */
    public boolean measured() {
        return !traffic.equals("none");
    }

    /**
     * Reads of one article.
     *
     * @param title   article title
     * @param uri     its site path
     * @param views   page views
     * @param readers distinct visitors (0 when the source only has totals)
     */
    public record ArticleReads(String title, String uri, long views, long readers) {
    }

    public long participants() {
        return quizzes.stream().mapToLong(QuizStats::participants).sum();
    }

    public String average() {
        BigDecimal sum = quizzes.stream().map(QuizStats::scoreSum).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Numbers.average(sum, participants());
    }

    public String passRate() {
        return Numbers.percent(quizzes.stream().mapToLong(QuizStats::passed).sum(), participants());
    }

    public long knowledgePoints() {
        return quizzes.stream().mapToLong(QuizStats::knowledgePoints).sum();
    }

    public long articleViews() {
        return articles.stream().mapToLong(ArticleReads::views).sum();
    }

    public List<ScoredSubmission> eligible() {
        return quizzes.stream().flatMap(q -> q.eligible().stream())
                .sorted(java.util.Comparator.comparing(PrizeDraw::key)).toList();
    }
}

package org.bulletin.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.problem.Text;
import org.jsoup.Jsoup;

/**
 * Re-scores every submission against the site's quiz definitions and keeps one record per device and quiz:
 * the one the quiz's counting rule ({@code :quiz-counts:}, or the report's {@code --attempt} override) picks
 * among the attempts the quiz allowed, by the collector's {@code receivedAt}: attempts beyond
 * {@code :quiz-attempts:} and results received outside {@code :quiz-opens:}–{@code :quiz-closes:} never count
 * and are listed as refused. A result seen twice (the same collector id, e.g. in the files of two collectors)
 * counts once. Submissions for unknown quizzes are skipped and counted; tampered client scores and older quiz
 * versions are counted and listed. Memory grows with the number of submissions.
 */
public final class QuizResults {

    private final Site site;
    private final AttemptPolicy override;
    private final BadLines bad;
    private final Map<String, List<ScoredSubmission>> attempts = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final BadLines tampered = new BadLines();
    private final BadLines oldVersion = new BadLines();
    private final List<Refusal> refused = new ArrayList<>();
    private final SuspiciousClusters clusters;
    private long submissions;
    private long duplicates;

    private final java.time.ZoneId zone;

    public QuizResults(Site site, AttemptPolicy override, BadLines bad) {
        this(site, override, bad, java.time.ZoneOffset.UTC);
    }

    /**
     * @param override the attempt that counts for every quiz, or null for each quiz's {@code :quiz-counts:}
     * @param zone     the zone of the times in refusal reasons
     */
    public QuizResults(Site site, AttemptPolicy override, BadLines bad, java.time.ZoneId zone) {
        this(site, override, bad, zone, ClusterRule.DEFAULT);
    }

    /** @param clusterRule when many results from one address or device are listed */
    public QuizResults(Site site, AttemptPolicy override, BadLines bad, java.time.ZoneId zone, ClusterRule clusterRule) {
        this.clusters = new SuspiciousClusters(clusterRule);
        this.site = site;
        this.override = override;
        this.bad = bad;
        this.zone = zone;
    }

    public void add(QuizSubmission s) {
        Quiz quiz = site.quiz(s.quiz()).orElse(null);
        if (quiz == null) {
            bad.add(s.file(), s.line(), Text.of("report.bad.unknown-quiz", s.quiz()));
            return;
        }
        if (!s.id().isEmpty() && !ids.add(s.quiz() + "\u0000" + s.id())) {
            duplicates++;
            return;
        }
        submissions++;
        ScoredSubmission scored = Rescorer.score(quiz, s);
        if (scored.tampered()) {
            tampered.add(s.file(), s.line(), Text.of("report.tampered", s.clientScore(), scored.score(),
                    s.claim().isEmpty() ? "-" : s.claim()));
        }
        if (!scored.knownVersion()) {
            oldVersion.add(s.file(), s.line(), Text.of("report.old-version", s.quiz(), s.quizVersion()));
        }
        clusters.add(s);
        attempts.computeIfAbsent(s.client() + "\u0000" + s.quiz(), k -> new ArrayList<>()).add(scored);
    }

    public long submissions() {
        return submissions;
    }

    /** Results read more than once (the same collector id in several files). */
    public long duplicates() {
        return duplicates;
    }

    public BadLines tampered() {
        return tampered;
    }

    public BadLines oldVersions() {
        return oldVersion;
    }

    /** Results that never count: received outside the quiz's window or beyond its attempt limit. */
    public List<Refusal> refused() {
        return List.copyOf(refused);
    }

    public List<SuspiciousClusters.Cluster> clusters() {
        return clusters.clusters();
    }

    /** The rule that picks the counted attempt of {@code quiz}. */
    public AttemptPolicy policy(Quiz quiz) {
        return override != null ? override : AttemptPolicy.of(quiz.counts());
    }

    /** The counted record of each device and quiz. */
    private List<ScoredSubmission> counted() {
        List<ScoredSubmission> out = new ArrayList<>();
        List<String> keys = new ArrayList<>(attempts.keySet());
        keys.sort(Comparator.naturalOrder());
        for (String key : keys) {
            List<ScoredSubmission> list = new ArrayList<>(attempts.get(key));
            list.sort(Comparator.comparing((ScoredSubmission x) -> x.submission().arrived())
                    .thenComparing(x -> x.submission().submittedAt()).thenComparing(x -> x.submission().file())
                    .thenComparingLong(x -> x.submission().line()));
            Quiz quiz = site.quiz(list.get(0).submission().quiz()).orElseThrow();
            AttemptPolicy policy = policy(quiz);
            ScoredSubmission kept = null;
            int n = 0;
            for (ScoredSubmission s : list) {
                Text why = outside(quiz, s, ++n);
                if (why != null) {
                    refused.add(Refusal.of(s, why));
                } else if (kept == null || policy.prefers(s, kept)) {
                    kept = s;
                }
            }
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    /** Why attempt {@code n} (by arrival) of a device never counts, or null. */
    private Text outside(Quiz quiz, ScoredSubmission s, int n) {
        QuizSubmission q = s.submission();
        if (q.paper()) {
            return null;
        }
        boolean received = q.receivedAt() != null;
        if (quiz.closes() != null && !q.arrived().isBefore(quiz.closes().toInstant())) {
            return Text.of(received ? "report.refused.received-after-close" : "report.refused.submitted-after-close",
                    ReportTimes.format(q.arrived(), zone), ReportTimes.format(quiz.closes().toInstant(), zone));
        }
        if (quiz.opens() != null && q.arrived().isBefore(quiz.opens().toInstant())) {
            return Text.of(received ? "report.refused.received-before-open" : "report.refused.submitted-before-open",
                    ReportTimes.format(q.arrived(), zone), ReportTimes.format(quiz.opens().toInstant(), zone));
        }
        if (quiz.attempts() != null && n > quiz.attempts()) {
            return Text.of("report.refused.attempts", n, quiz.attempts());
        }
        return null;
    }

    /** The statistics of every quiz of the site, by quiz id. */
    public List<QuizStats> stats() {
        Map<String, List<ScoredSubmission>> byQuiz = new TreeMap<>();
        site.quizzes().forEach(q -> byQuiz.put(q.id(), new ArrayList<>()));
        counted().forEach(s -> byQuiz.get(s.submission().quiz()).add(s));
        List<QuizStats> stats = new ArrayList<>();
        byQuiz.forEach((id, records) -> stats.add(stats(site.quiz(id).orElseThrow(), records)));
        return stats;
    }

    static QuizStats stats(Quiz quiz, List<ScoredSubmission> records) {
        records.sort(Comparator.comparing((ScoredSubmission s) -> s.submission().client()));
        int n = quiz.questions().size();
        long[] answered = new long[n];
        long[] correct = new long[n];
        long[] asked = new long[n];
        long[] bands = new long[10];
        BigDecimal sum = BigDecimal.ZERO;
        long passed = 0;
        long paper = 0;
        long knowledge = 0;
        List<ScoredSubmission> eligible = new ArrayList<>();
        for (ScoredSubmission s : records) {
            sum = sum.add(s.exact());
            passed += s.score() >= quiz.passScore() ? 1 : 0;
            paper += s.submission().paper() ? 1 : 0;
            bands[Math.min(9, (int) Math.floor(s.score() / 10))]++;
            for (int i = 0; i < n; i++) {
                answered[i] += s.answered().get(i) ? 1 : 0;
                correct[i] += s.correct().get(i) ? 1 : 0;
                asked[i] += s.asked().get(i) ? 1 : 0;
            }
            knowledge += s.answeredCount();
            if (quiz.prizeScore() != null && s.score() >= quiz.prizeScore()) {
                eligible.add(s);
            }
        }
        eligible.sort(Comparator.comparing(PrizeDraw::key));
        List<QuizStats.QuestionStats> questions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Question q = quiz.questions().get(i);
            questions.add(new QuizStats.QuestionStats(q.id(), Jsoup.parse(q.titleHtml()).text(), q.knowledge(),
                    answered[i], correct[i], asked[i]));
        }
        List<Long> distribution = new ArrayList<>();
        for (long b : bands) {
            distribution.add(b);
        }
        return new QuizStats(quiz.id(), quiz.title(), records.size(), paper, Numbers.average(sum, records.size()),
                quiz.passScore(), passed, distribution, questions, knowledge, eligible, sum);
    }
}

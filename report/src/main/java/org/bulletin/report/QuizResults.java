package org.bulletin.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.jsoup.Jsoup;

/**
 * Re-scores every submission against the site's quiz definitions and keeps one record per device
 * and quiz (by the {@link AttemptPolicy}). Submissions for unknown quizzes are skipped and counted;
 * tampered client scores and older quiz versions are counted and listed. Memory grows with the
 * number of devices, not with the number of submissions.
 */
public final class QuizResults {

    private final Site site;
    private final AttemptPolicy policy;
    private final BadLines bad;
    private final Map<String, ScoredSubmission> kept = new HashMap<>();
    private final BadLines tampered = new BadLines();
    private final BadLines oldVersion = new BadLines();
    private long submissions;

    public QuizResults(Site site, AttemptPolicy policy, BadLines bad) {
        this.site = site;
        this.policy = policy;
        this.bad = bad;
    }

    public void add(QuizSubmission s) {
        Quiz quiz = site.quiz(s.quiz()).orElse(null);
        if (quiz == null) {
            bad.add(s.file(), s.line(), "unknown quiz \"" + s.quiz() + "\"");
            return;
        }
        submissions++;
        ScoredSubmission scored = Rescorer.score(quiz, s);
        if (scored.tampered()) {
            tampered.add(s.file(), s.line(), "client score " + s.clientScore() + " but the answers score "
                    + scored.score() + " (claim " + (s.claim().isEmpty() ? "-" : s.claim()) + ")");
        }
        if (!scored.knownVersion()) {
            oldVersion.add(s.file(), s.line(), "quiz " + s.quiz() + " version \"" + s.quizVersion()
                    + "\" is not the current definition; re-scored against the current one");
        }
        kept.merge(s.client() + "\u0000" + s.quiz(), scored, (old, now) -> policy.prefers(now, old) ? now : old);
    }

    public long submissions() {
        return submissions;
    }

    public BadLines tampered() {
        return tampered;
    }

    public BadLines oldVersions() {
        return oldVersion;
    }

    /** The statistics of every quiz of the site, by quiz id. */
    public List<QuizStats> stats() {
        Map<String, List<ScoredSubmission>> byQuiz = new TreeMap<>();
        site.quizzes().forEach(q -> byQuiz.put(q.id(), new ArrayList<>()));
        kept.values().forEach(s -> byQuiz.get(s.submission().quiz()).add(s));
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
            sum = sum.add(BigDecimal.valueOf(s.score()));
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

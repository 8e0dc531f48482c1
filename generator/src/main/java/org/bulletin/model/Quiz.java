package org.bulletin.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A knowledge quiz parsed from an AsciiDoc file with {@code :jbake-type: quiz}.
 *
 * @param id          unique id: file name without extension, or {@code :quiz-id:}
 * @param source      the source file relative to the site folder ({@code content/quiz/x.adoc})
 * @param title       document title, plain text
 * @param introHtml   blocks before the first question, converted HTML
 * @param date        {@code :jbake-date:}, or null
 * @param status      {@code published} or {@code draft}
 * @param passScore   0–100, default 60
 * @param prizeScore  0–100, or null when the quiz has no prize
 * @param shuffle     {@code none}, {@code questions}, {@code options}, {@code both}
 * @param attempts    maximum attempts per device, or null for unlimited
 * @param opens       opening time, or null
 * @param closes      closing time, or null
 * @param submitUrl   where results are POSTed, or null (falls back to {@code quiz.submit-url})
 * @param ask         extra fields asked for prize claims: {@code name}, {@code phone}
 * @param questions   the questions in source order
 * @param version     hash of the definition, sent with each submission
 * @param salt        salt for the per-option answer hashes
 * @param draw        {@code :quiz-draw:}: how many questions each device is asked (from each group when
 *                    {@code drawPerGroup}), or null to ask all ({@link QuizDraw})
 * @param drawPerGroup {@code :quiz-draw: N per group}
 * @param counts      which attempt of a device counts for the prize and the report: {@code first}
 *                    (default), {@code best} or {@code last} ({@code :quiz-counts:})
 */
public record Quiz(
        String id,
        String source,
        String title,
        String introHtml,
        LocalDate date,
        String status,
        int passScore,
        Integer prizeScore,
        String shuffle,
        Integer attempts,
        OffsetDateTime opens,
        OffsetDateTime closes,
        String submitUrl,
        List<String> ask,
        List<Question> questions,
        String version,
        String salt,
        Integer draw,
        boolean drawPerGroup,
        String counts) implements Document {

    /** The rule when {@code :quiz-counts:} is not set: see docs/content/editors/quizzes.md, "Which attempt counts". */
    public static final String DEFAULT_COUNTS = "first";

    public Quiz {
        ask = List.copyOf(ask);
        questions = List.copyOf(questions);
        counts = counts == null ? DEFAULT_COUNTS : counts;
    }

    /** A quiz that asks all its questions, with the default counting rule. */
    public Quiz(String id, String source, String title, String introHtml, LocalDate date, String status,
                int passScore, Integer prizeScore, String shuffle, Integer attempts, OffsetDateTime opens,
                OffsetDateTime closes, String submitUrl, List<String> ask, List<Question> questions, String version,
                String salt) {
        this(id, source, title, introHtml, date, status, passScore, prizeScore, shuffle, attempts, opens, closes,
                submitUrl, ask, questions, version, salt, null, false, DEFAULT_COUNTS);
    }

    public int totalPoints() {
        return questions.stream().mapToInt(Question::points).sum();
    }

    /**
     * Scores a result with drawn and fill-in questions: 100 × points of correctly answered questions / the
     * points of the questions asked, two decimals, as the page does.
     *
     * @param answers question id → chosen option indexes in source order
     * @param blanks  fill-in question id → the typed answer
     * @param asked   the ids of the questions the device was asked ({@code drawn}); null or empty for all
     */
    public double score(java.util.Map<String, java.util.List<Integer>> answers, java.util.Map<String, String> blanks,
                        java.util.Collection<String> asked) {
        int[] t = tally(answers, blanks, asked);
        return t[1] == 0 ? 0 : Math.round(10000.0 * t[0] / t[1]) / 100.0;
    }

    /** Whether {@code q} is answered right in {@code answers} (choices) or {@code blanks} (typed text). */
    public static boolean isRight(Question q, java.util.Map<String, java.util.List<Integer>> answers,
                                  java.util.Map<String, String> blanks) {
        if (q.blank()) {
            return blanks != null && q.isCorrectText(blanks.get(q.id()));
        }
        java.util.List<Integer> chosen = answers.get(q.id());
        return chosen != null && q.isCorrect(chosen);
    }

    /**
     * Scores answers the way the quiz page does: 100 × points of correctly answered questions / all
     * points, rounded to two decimals. A question is right when exactly its correct options are chosen
     * (multiple choice is all or nothing).
     *
     * @param answers question id → chosen option indexes in source order; missing means unanswered
     */
    public double score(java.util.Map<String, java.util.List<Integer>> answers) {
        return score(answers, java.util.Map.of(), null);
    }

    /**
     * The exact score, {@code 100 × got / total} as a fraction without rounding, for averages (rounded once, at
     * the end); {@link #score(java.util.Map, java.util.Map, java.util.Collection)} is this rounded to two decimals.
     * Parameters as there.
     */
    public java.math.BigDecimal exactScore(java.util.Map<String, java.util.List<Integer>> answers,
                                           java.util.Map<String, String> blanks, java.util.Collection<String> asked) {
        int[] t = tally(answers, blanks, asked);
        return t[1] == 0 ? java.math.BigDecimal.ZERO : java.math.BigDecimal.valueOf(100L * t[0])
                .divide(java.math.BigDecimal.valueOf(t[1]), java.math.MathContext.DECIMAL64);
    }

    /** {points got, points asked} over the questions in {@code asked} (all when null or empty). */
    private int[] tally(java.util.Map<String, java.util.List<Integer>> answers, java.util.Map<String, String> blanks,
                        java.util.Collection<String> asked) {
        int total = 0;
        int got = 0;
        for (Question q : questions) {
            if (asked != null && !asked.isEmpty() && !asked.contains(q.id())) {
                continue;
            }
            total += q.points();
            if (isRight(q, answers, blanks)) {
                got += q.points();
            }
        }
        return new int[] {got, total};
    }

    /** {@link #exactScore(java.util.Map, java.util.Map, java.util.Collection)} of choices alone, every question asked. */
    public java.math.BigDecimal exactScore(java.util.Map<String, java.util.List<Integer>> answers) {
        return exactScore(answers, java.util.Map.of(), null);
    }

    /** The quiz page's site path: the source's path under the content folder, with the site's extension. */
    public String uri(org.bulletin.config.SiteConfig config) {
        String prefix = config.folders().content() + "/";
        String path = source.startsWith(prefix) ? source.substring(prefix.length()) : source;
        return path.substring(0, path.lastIndexOf('.')) + config.folders().extension();
    }

    public boolean isDraft() {
        return "draft".equals(status);
    }

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.quiz(this);
    }
}

package org.bulletin.report;

import java.util.List;

/**
 * The numbers of one quiz over the counted records (one per device, plus paper sheets).
 *
 * @param quiz            quiz id
 * @param title           quiz title
 * @param participants    counted records
 * @param paper           of which paper sheets
 * @param average         average score, two decimals (half up)
 * @param passScore       the quiz's pass score
 * @param passed          records with score ≥ pass score
 * @param distribution    records per score band: 0–9, 10–19, …, 80–89, 90–100
 * @param questions       per question, in source order
 * @param knowledgePoints explanations delivered: questions answered, summed over records
 * @param eligible        records at or above the prize score, sorted by claim code
 * @param scoreSum        sum of the scores (for averages over several quizzes)
 */
public record QuizStats(String quiz, String title, long participants, long paper, String average, int passScore,
                        long passed, List<Long> distribution, List<QuestionStats> questions, long knowledgePoints,
                        List<ScoredSubmission> eligible, java.math.BigDecimal scoreSum) {

    public QuizStats {
        distribution = List.copyOf(distribution);
        questions = List.copyOf(questions);
        eligible = List.copyOf(eligible);
    }

    /** The same numbers with another eligible list (after the prize checks). */
    QuizStats withEligible(List<ScoredSubmission> newEligible) {
        return new QuizStats(quiz, title, participants, paper, average, passScore, passed, distribution, questions,
                knowledgePoints, newEligible, scoreSum);
    }

    /** Pass rate in percent, one decimal, e.g. {@code 87.5}. */
    public String passRate() {
        return participants == 0 ? "0.0" : Numbers.percent(passed, participants);
    }

    /**
     * One question's numbers.
     *
     * @param id        question id
     * @param title     plain-text question
     * @param knowledge knowledge point name
     * @param answered  records that answered it
     * @param correct   records that answered it correctly
     * @param asked     records that were asked it (all of them, unless the quiz draws)
     */
    public record QuestionStats(String id, String title, String knowledge, long answered, long correct, long asked) {

        /** Right answers in percent of the records asked, one decimal. */
        public String rate() {
            return asked == 0 ? "0.0" : Numbers.percent(correct, asked);
        }
    }

    /** Some records were not asked every question: the quiz draws from a bank. */
    public boolean drawn() {
        return questions.stream().anyMatch(q -> q.asked() != participants);
    }
}

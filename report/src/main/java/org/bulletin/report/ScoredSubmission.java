package org.bulletin.report;

import java.util.List;

/**
 * A submission re-scored against the quiz definition.
 *
 * @param submission  what was received
 * @param score       the score computed here (0–100, two decimals)
 * @param correct     per question in source order: answered correctly
 * @param answered    per question in source order: any option chosen
 * @param knownVersion the submission's quiz version is the current definition's
 * @param asked       per question in source order: the device was asked it (all, unless the quiz draws)
 * @param exact       the score without rounding (averages are rounded once, at the end)
 */
public record ScoredSubmission(QuizSubmission submission, double score, List<Boolean> correct,
                               List<Boolean> answered, boolean knownVersion, List<Boolean> asked,
                               java.math.BigDecimal exact) {

    public ScoredSubmission {
        correct = List.copyOf(correct);
        answered = List.copyOf(answered);
        asked = List.copyOf(asked);
        exact = exact == null ? java.math.BigDecimal.valueOf(score) : exact;
    }

    /** A submission that was asked every question. */
    public ScoredSubmission(QuizSubmission submission, double score, List<Boolean> correct, List<Boolean> answered,
                            boolean knownVersion) {
        this(submission, score, correct, answered, knownVersion, java.util.Collections.nCopies(correct.size(), true),
                null);
    }

    /** Milliseconds from start to submit by the page's clock (ranking tie-break), or {@code Long.MAX_VALUE}. */
    public long millisTaken() {
        QuizSubmission s = submission;
        return s.startedAt() == null ? Long.MAX_VALUE
                : Math.max(0, s.submittedAt().toEpochMilli() - s.startedAt().toEpochMilli());
    }

    /** The client's own score differs from the re-computed one (by more than rounding). */
    public boolean tampered() {
        Double claimed = submission.clientScore();
        return claimed != null && Math.abs(claimed - score) > 0.005;
    }

    /** The key it is drawn by ({@link PrizeDraw#key}). */
    public String drawKey() {
        return PrizeDraw.key(this);
    }

    public long answeredCount() {
        return answered.stream().filter(b -> b).count();
    }
}

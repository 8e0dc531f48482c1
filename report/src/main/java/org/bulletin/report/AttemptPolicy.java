package org.bulletin.report;

/** Which attempt counts when a device submitted a quiz several times. */
public enum AttemptPolicy {
    /** The earliest submission (default: what the resident did unaided). */
    FIRST,
    /** The highest score, earliest among equals. */
    BEST,
    /** The latest submission. */
    LAST;

    /** True when {@code candidate} should replace {@code kept}. */
    boolean prefers(ScoredSubmission candidate, ScoredSubmission kept) {
        int time = candidate.submission().submittedAt().compareTo(kept.submission().submittedAt());
        return switch (this) {
            case FIRST -> time < 0;
            case LAST -> time > 0;
            case BEST -> candidate.score() > kept.score() || (candidate.score() == kept.score() && time < 0);
        };
    }
}

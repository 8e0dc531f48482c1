package org.bulletin.report;

/** Which attempt counts when a device submitted a quiz several times. */
public enum AttemptPolicy {
    /** The earliest submission (default: what the resident did before the page showed the answers). */
    FIRST,
    /** The highest score, earliest among equals. */
    BEST,
    /** The latest submission. */
    LAST;

    /** {@code first}, {@code best} or {@code last} (a quiz's {@code :quiz-counts:}). */
    public static AttemptPolicy of(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** True when {@code candidate} should replace {@code kept}. */
    boolean prefers(ScoredSubmission candidate, ScoredSubmission kept) {
        // the collector's receivedAt when there is one: a client cannot move its attempt to the front
        int time = candidate.submission().arrived().compareTo(kept.submission().arrived());
        return switch (this) {
            case FIRST -> time < 0;
            case LAST -> time > 0;
            case BEST -> candidate.score() > kept.score() || (candidate.score() == kept.score() && time < 0);
        };
    }
}

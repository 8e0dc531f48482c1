package org.bulletin.model;

import java.time.LocalDate;

/**
 * One converted source document of the site: an article or page ({@link Page}), a {@link Quiz}, or a
 * {@link Draft} (nothing published). The type is sealed and every place that must handle every kind
 * does so through {@link #match}, so a new kind of document (a new record permitted here and a method
 * in {@link Cases}) does not compile until each of those places says what to do with it.
 */
public sealed interface Document permits Page, Quiz, Draft {

    /** The source file relative to the site folder. */
    String source();

    /** The plain-text title. */
    String title();

    /** The document's date, or null. */
    LocalDate date();

    /** Calls the method of {@code cases} for this document's kind. */
    <R> R match(Cases<R> cases);

    /**
     * What to do with each kind of document: one method per permitted type, so implementations are
     * exhaustive by construction.
     *
     * @param <R> the result ({@link Void} for side effects only)
     */
    interface Cases<R> {

        /** An article ({@code post}) or page. */
        R page(Page page);

        R quiz(Quiz quiz);

        R draft(Draft draft);
    }
}

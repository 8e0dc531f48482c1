package org.bulletin.model;

import java.time.LocalDate;

/**
 * A document with {@code :jbake-status: draft} (or the draft suffix in its file name): loaded and
 * checked, never published.
 *
 * @param source the source file relative to the site folder
 * @param title  plain-text title
 * @param date   {@code :jbake-date:}, or null
 */
public record Draft(String source, String title, LocalDate date) implements Document {

    @Override
    public <R> R match(Cases<R> cases) {
        return cases.draft(this);
    }
}

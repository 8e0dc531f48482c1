package org.bulletin.render;

/**
 * A link for templates: navigation entries and home-page cards.
 *
 * @param href    site-root path starting with {@code /} (made relative by post-processing)
 * @param label   the visible text
 * @param meta    a second line (e.g. "10 questions"), or null
 * @param current true on the page the link points to ({@code aria-current="page"})
 */
public record Link(String href, String label, String meta, boolean current) {
}

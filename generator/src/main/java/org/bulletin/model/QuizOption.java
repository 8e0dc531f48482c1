package org.bulletin.model;

/**
 * One option of a question.
 *
 * @param html    option text, inline HTML
 * @param correct marked {@code [x]} in the source
 */
public record QuizOption(String html, boolean correct) {
}

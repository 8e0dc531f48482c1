package org.bulletin.model;

import java.util.List;

/**
 * One question of a quiz: a level-2 section.
 *
 * @param id              section id ({@code [#wswd]} or derived from the title)
 * @param titleHtml       the question, inline HTML
 * @param bodyHtml        blocks between the title and the checklist
 * @param options         options in source order
 * @param points          weight, default 1
 * @param knowledge       knowledge point name, plain text (default the title)
 * @param explanationHtml blocks after the checklist, revealed after submitting
 * @param line            line of the section title in the source
 */
public record Question(
        String id,
        String titleHtml,
        String bodyHtml,
        List<QuizOption> options,
        int points,
        String knowledge,
        String explanationHtml,
        int line) {

    public Question {
        options = List.copyOf(options);
    }

    /** True when {@code chosen} (option indexes, any order, duplicates ignored) is exactly the correct set. */
    public boolean isCorrect(java.util.Collection<Integer> chosen) {
        java.util.Set<Integer> right = new java.util.TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                right.add(i);
            }
        }
        return right.equals(new java.util.TreeSet<>(chosen));
    }

    /** Several correct options: checkboxes, scored all or nothing. */
    public boolean multiple() {
        return options.stream().filter(QuizOption::correct).count() > 1;
    }
}

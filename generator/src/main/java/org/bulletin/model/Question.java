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
 * @param accepted        a fill-in question's accepted answers as written ({@code [.answers]} list); empty for
 *                        a choice question
 * @param numerals        a fill-in question compares Chinese and Arabic numerals as equal ({@code [.answers.numerals]})
 * @param group           the draw group ({@code group=} attribute), empty when none
 */
public record Question(
        String id,
        String titleHtml,
        String bodyHtml,
        List<QuizOption> options,
        int points,
        String knowledge,
        String explanationHtml,
        int line,
        List<String> accepted,
        boolean numerals,
        String group) {

    public Question {
        options = List.copyOf(options);
        accepted = List.copyOf(accepted);
        group = group == null ? "" : group;
    }

    /** A choice question, not in a draw group. */
    public Question(String id, String titleHtml, String bodyHtml, List<QuizOption> options, int points,
                    String knowledge, String explanationHtml, int line) {
        this(id, titleHtml, bodyHtml, options, points, knowledge, explanationHtml, line, List.of(), false, "");
    }

    /** A fill-in-the-blank question: the resident types the answer. */
    public boolean blank() {
        return !accepted.isEmpty();
    }

    /** True when {@code typed}, normalised ({@link BlankAnswer}), is one of the accepted answers, normalised. */
    public boolean isCorrectText(String typed) {
        if (typed == null || !blank()) {
            return false;
        }
        String t = BlankAnswer.normalise(typed, numerals);
        return !t.isEmpty() && accepted.stream().anyMatch(a -> BlankAnswer.normalise(a, numerals).equals(t));
    }

    /** True when {@code chosen} (option indexes, any order, duplicates ignored) is exactly the correct set. */
    public boolean isCorrect(java.util.Collection<Integer> chosen) {
        if (blank()) {
            return false;
        }
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

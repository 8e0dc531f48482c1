package org.bulletin.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletin.model.Question;
import org.bulletin.problem.Problems;

/** Checks {@code :quiz-draw:} against the questions: a draw must leave something to draw from. */
final class QuizDrawCheck {

    private QuizDrawCheck() {
    }

    static void check(String rel, int line, QuizSettings settings, List<Question> questions, Problems problems) {
        Integer draw = settings.draw();
        if (draw == null || questions.isEmpty()) {
            return;
        }
        if (!settings.drawPerGroup()) {
            if (draw > questions.size()) {
                problems.error(rel, line, ":quiz-draw: " + draw + " asks more questions than the quiz has ("
                        + questions.size() + "): lower it or add questions");
            }
            return;
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (Question q : questions) {
            if (q.group().isEmpty()) {
                problems.error(rel, q.line(), "question '" + DocumentLoader.plain(q.titleHtml()) + "' has no group, "
                        + "but :quiz-draw: draws per group: give it one, e.g. [group=\"法规\"]");
            }
            groups.merge(q.group(), 1, Integer::sum);
        }
        groups.forEach((group, count) -> {
            if (!group.isEmpty() && count < draw) {
                problems.error(rel, line, ":quiz-draw: " + draw + " per group, but group '" + group + "' has only "
                        + count + " question" + (count == 1 ? "" : "s") + ": lower the number or add questions");
            }
        });
    }
}

package org.bulletin.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletin.model.Question;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

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
                problems.error(rel, line, Text.of("quiz.draw-too-many", draw, questions.size()));
            }
            return;
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (Question q : questions) {
            if (q.group().isEmpty()) {
                problems.error(rel, q.line(), Text.of("quiz.no-group", DocumentLoader.plain(q.titleHtml())));
            }
            groups.merge(q.group(), 1, Integer::sum);
        }
        groups.forEach((group, count) -> {
            if (!group.isEmpty() && count < draw) {
                problems.error(rel, line, count == 1 ? Text.of("quiz.group-one", draw, group)
                        : Text.of("quiz.group-few", draw, group, count));
            }
        });
    }
}

package org.bulletin.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizDraw;

/**
 * Scores a submission from its answers with the quiz definition's rule ({@link Quiz#score}); the client's score
 * is never used. A quiz that draws is scored over the questions drawn for the submission's device
 * ({@link QuizDraw}, from its device id or paper sheet number), whatever the page said it drew.
 */
public final class Rescorer {

    private Rescorer() {
    }

    public static ScoredSubmission score(Quiz quiz, QuizSubmission s) {
        Set<String> drawn = new HashSet<>(QuizDraw.ids(quiz, s.client()));
        List<Boolean> correct = new ArrayList<>(quiz.questions().size());
        List<Boolean> answered = new ArrayList<>(quiz.questions().size());
        List<Boolean> asked = new ArrayList<>(quiz.questions().size());
        for (Question q : quiz.questions()) {
            boolean isAsked = drawn.contains(q.id());
            List<Integer> chosen = s.answers().get(q.id());
            String typed = s.blanks().get(q.id());
            asked.add(isAsked);
            answered.add(isAsked && (q.blank() ? typed != null && !typed.isBlank() : chosen != null && !chosen.isEmpty()));
            correct.add(isAsked && Quiz.isRight(q, s.answers(), s.blanks()));
        }
        boolean known = s.paper() || quiz.version() == null || quiz.version().equals(s.quizVersion());
        return new ScoredSubmission(s, quiz.score(s.answers(), s.blanks(), drawn), correct, answered, known, asked,
                quiz.exactScore(s.answers(), s.blanks(), drawn));
    }
}

package org.bulletin.report;

import java.util.ArrayList;
import java.util.List;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;

/** Scores a submission from its answers with the quiz definition's rule ({@link Quiz#score}); the client's score is never used. */
public final class Rescorer {

    private Rescorer() {
    }

    public static ScoredSubmission score(Quiz quiz, QuizSubmission s) {
        List<Boolean> correct = new ArrayList<>(quiz.questions().size());
        List<Boolean> answered = new ArrayList<>(quiz.questions().size());
        for (Question q : quiz.questions()) {
            List<Integer> chosen = s.answers().get(q.id());
            answered.add(chosen != null && !chosen.isEmpty());
            correct.add(chosen != null && q.isCorrect(chosen));
        }
        boolean known = s.paper() || quiz.version() == null || quiz.version().equals(s.quizVersion());
        return new ScoredSubmission(s, quiz.score(s.answers()), correct, answered, known, quiz.exactScore(s.answers()));
    }
}

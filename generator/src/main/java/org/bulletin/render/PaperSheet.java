package org.bulletin.render;

import java.util.ArrayList;
import java.util.List;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizDraw;

/**
 * One printed answer sheet: for a quiz that draws from a bank, sheet N asks the questions
 * {@link QuizDraw} draws for the device {@code paper:N} (the report reads sheet N's columns by the same
 * draw), and {@code print/sheet-QUIZ.html} holds sheets 1 to {@link #DRAWN_SHEETS}, one a page; a quiz
 * that asks every question has one sheet without a number, to copy.
 *
 * @param number    the printed sheet number, or null for the one sheet of a quiz without a draw
 * @param questions the questions on it, in the order printed
 */
public record PaperSheet(Integer number, List<Question> questions) {

    /** Sheets printed for a quiz that draws. */
    public static final int DRAWN_SHEETS = 30;

    public PaperSheet {
        questions = List.copyOf(questions);
    }

    /** Some question on the sheet is a blank to write in. */
    public boolean hasBlanks() {
        return questions.stream().anyMatch(Question::blank);
    }

    public static List<PaperSheet> of(Quiz quiz) {
        if (quiz.draw() == null) {
            return List.of(new PaperSheet(null, quiz.questions()));
        }
        List<PaperSheet> sheets = new ArrayList<>();
        for (int n = 1; n <= DRAWN_SHEETS; n++) {
            sheets.add(new PaperSheet(n, QuizDraw.questions(quiz, "paper:" + n)));
        }
        return sheets;
    }
}

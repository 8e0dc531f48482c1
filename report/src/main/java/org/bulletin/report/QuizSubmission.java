package org.bulletin.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One quiz result as the quiz page POSTs it (or one paper sheet).
 *
 * @param file        the file it came from
 * @param line        its line there
 * @param quiz        quiz id
 * @param quizVersion hash of the definition the page had, or empty
 * @param client      device id ({@code paper:SHEET} for paper sheets)
 * @param claim       claim code, or empty
 * @param answers     question id → option indexes in source order
 * @param clientScore the score the page computed, or null (paper)
 * @param submittedAt when it was submitted
 * @param name        name for a prize claim, or empty
 * @param phone       phone for a prize claim, or empty
 * @param blanks      fill-in question id → the typed (or written) answer
 * @param drawn       the question ids the page says it drew, empty when it sent none (the report draws again
 *                    from the device id, {@link org.bulletin.model.QuizDraw}, and uses that)
 */
public record QuizSubmission(String file, long line, String quiz, String quizVersion, String client, String claim,
                             Map<String, List<Integer>> answers, Double clientScore, Instant submittedAt,
                             String name, String phone, Map<String, String> blanks, List<String> drawn) {

    public QuizSubmission {
        answers = Map.copyOf(answers);
        blanks = Map.copyOf(blanks);
        drawn = List.copyOf(drawn);
    }

    /** A result without fill-in answers or a draw. */
    public QuizSubmission(String file, long line, String quiz, String quizVersion, String client, String claim,
                          Map<String, List<Integer>> answers, Double clientScore, Instant submittedAt, String name,
                          String phone) {
        this(file, line, quiz, quizVersion, client, claim, answers, clientScore, submittedAt, name, phone, Map.of(),
                List.of());
    }

    public boolean paper() {
        return client.startsWith("paper:");
    }
}

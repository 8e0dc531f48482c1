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
 */
public record QuizSubmission(String file, long line, String quiz, String quizVersion, String client, String claim,
                             Map<String, List<Integer>> answers, Double clientScore, Instant submittedAt,
                             String name, String phone) {

    public QuizSubmission {
        answers = Map.copyOf(answers);
    }

    public boolean paper() {
        return client.startsWith("paper:");
    }
}

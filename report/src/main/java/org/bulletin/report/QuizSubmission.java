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
 * @param id          the collector's id of the result (the same in every copy), or empty
 * @param receivedAt  when the collector received it (its own clock), or null
 * @param startedAt   when the resident started (the page's clock), or null
 * @param signedClaim the claim code the collector signed, or empty
 * @param signature   whether {@code signedClaim} is the collector's signature of this record
 * @param address     the sender's address as the collector saw it, or empty
 */
public record QuizSubmission(String file, long line, String quiz, String quizVersion, String client, String claim,
                             Map<String, List<Integer>> answers, Double clientScore, Instant submittedAt,
                             String name, String phone, Map<String, String> blanks, List<String> drawn,
                             String id, Instant receivedAt, Instant startedAt,
                             String signedClaim, Signature signature, String address) {

    /** What the claim key says about a record's signed claim. */
    public enum Signature {
        /** no key given: cannot tell */
        UNCHECKED,
        /** the collector signed this very record */
        VALID,
        /** no signed claim at all */
        NONE,
        /** a signed claim that is not the collector's signature of this record (forged or changed) */
        FORGED
    }

    public QuizSubmission {
        answers = Map.copyOf(answers);
        blanks = Map.copyOf(blanks);
        drawn = List.copyOf(drawn);
    }

    /** A result as the page sent it, not through a collector, without fill-in answers or a draw. */
    public QuizSubmission(String file, long line, String quiz, String quizVersion, String client, String claim,
                          Map<String, List<Integer>> answers, Double clientScore, Instant submittedAt, String name,
                          String phone) {
        this(file, line, quiz, quizVersion, client, claim, answers, clientScore, submittedAt, name, phone, Map.of(),
                List.of());
    }

    /** A result as the page sent it, not through a collector (also paper sheets). */
    public QuizSubmission(String file, long line, String quiz, String quizVersion, String client, String claim,
                          Map<String, List<Integer>> answers, Double clientScore, Instant submittedAt,
                          String name, String phone, Map<String, String> blanks, List<String> drawn) {
        this(file, line, quiz, quizVersion, client, claim, answers, clientScore, submittedAt, name, phone, blanks, drawn,
                "", null, null, "", Signature.UNCHECKED, "");
    }

    /** The collector's clock when there is one, else the page's. */
    public Instant arrived() {
        return receivedAt != null ? receivedAt : submittedAt;
    }

    public boolean paper() {
        return client.startsWith("paper:");
    }
}

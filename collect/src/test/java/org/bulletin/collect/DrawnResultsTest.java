package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Results of quizzes that draw from a bank ({@code drawn}) and have fill-in questions ({@code blanks}). */
class DrawnResultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One quiz "bank": device "a" is asked q2 and q5, q5 is a fill-in question. */
    private static final QuizCatalog CATALOG = new QuizCatalog() {
        @Override
        public boolean knowsQuiz(String id) {
            return id.equals("bank");
        }

        @Override
        public boolean knowsVersion(String id, String version) {
            return "v1".equals(version);
        }

        @Override
        public List<String> drawnFor(String id, String client) {
            return client.equals("a") ? List.of("q2", "q5") : List.of("q1", "q3");
        }

        @Override
        public Set<String> blankQuestions(String id) {
            return Set.of("q5");
        }
    };

    private static JsonNode body(String extra) throws Exception {
        return JSON.readTree("{\"quiz\":\"bank\",\"quizVersion\":\"v1\",\"client\":\"a\",\"claim\":null,"
                + "\"answers\":{\"q2\":[1]},\"score\":100,\"startedAt\":\"2026-11-28T09:30:00.000Z\","
                + "\"submittedAt\":\"2026-11-28T09:31:00.000Z\"" + extra + "}");
    }

    @Test
    void keepsTheDrawAndTheTypedAnswers() throws Exception {
        Submission s = new SubmissionValidator(CATALOG).quizResult(
                body(",\"blanks\":{\"q5\":\"第三\"},\"drawn\":[\"q2\",\"q5\"]"), Instant.EPOCH);

        assertThat(s.record().path("blanks").path("q5").asText()).isEqualTo("第三");
        assertThat(s.record().path("drawn").toString()).isEqualTo("[\"q2\",\"q5\"]");
    }

    @Test
    void refusesAnotherDevicesDrawTypedAnswersForChoicesAndBadShapes() {
        SubmissionValidator validator = new SubmissionValidator(CATALOG);
        assertThatThrownBy(() -> validator.quizResult(body(",\"drawn\":[\"q1\",\"q3\"]"), Instant.EPOCH))
                .hasMessage("'drawn' is not the draw of quiz 'bank' for this device; reload the page");
        assertThatThrownBy(() -> validator.quizResult(body(""), Instant.EPOCH))
                .hasMessage("'drawn' is not the draw of quiz 'bank' for this device; reload the page");
        assertThatThrownBy(() -> validator.quizResult(body(",\"drawn\":[\"q2\",\"q5\"],\"blanks\":{\"q2\":\"x\"}"),
                Instant.EPOCH)).hasMessage("'blanks.q2' is not a fill-in question of quiz 'bank'");
        SubmissionValidator any = new SubmissionValidator(null);
        assertThatThrownBy(() -> any.quizResult(body(",\"blanks\":{\"q5\":3}"), Instant.EPOCH))
                .hasMessage("'blanks.q5' must be a string");
        assertThatThrownBy(() -> any.quizResult(body(",\"blanks\":{\"q5\":\"" + "长".repeat(101) + "\"}"), Instant.EPOCH))
                .hasMessage("'blanks.q5' is longer than 100 characters");
        assertThatThrownBy(() -> any.quizResult(body(",\"drawn\":\"q2\""), Instant.EPOCH))
                .hasMessage("'drawn' must be an array of at most 1000 question ids");
    }
}

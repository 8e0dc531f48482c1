package org.bulletin.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fields of a result from a quiz with fill-in questions ({@code blanks}: question id → typed text) or
 * drawn from a bank ({@code drawn}: the question ids asked), checked for shape and, with the site's
 * quizzes, against the device's draw.
 */
final class DrawnAnswers {

    static final int BLANK_MAX = 100;
    private static final int DRAWN_MAX = 1000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DrawnAnswers() {
    }

    /** {@code blanks}: question id → the typed answer (fill-in questions), or null when absent. */
    static ObjectNode blanks(JsonNode node) throws Rejection {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new Rejection(422, "'blanks' must be an object of question id to the typed answer");
        }
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (e.getKey().isEmpty() || e.getKey().length() > SubmissionValidator.ID_MAX) {
                throw new Rejection(422, "'blanks' has an empty or too long question id");
            }
            ObjectNode one = NODES.objectNode();
            String field = "blanks." + e.getKey();
            one.set(field, e.getValue());
            String typed = SubmissionValidator.text(one, field, BLANK_MAX, false); // same rules as every text field, named
            out.put(e.getKey(), typed == null ? "" : typed);
        }
        return out;
    }

    /** {@code drawn}: the question ids the page drew from the bank, or null when absent. */
    static com.fasterxml.jackson.databind.node.ArrayNode drawn(JsonNode node) throws Rejection {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.size() > DRAWN_MAX) {
            throw new Rejection(422, "'drawn' must be an array of at most " + DRAWN_MAX + " question ids");
        }
        for (JsonNode id : node) {
            if (!id.isTextual() || id.asText().isEmpty() || id.asText().length() > SubmissionValidator.ID_MAX) {
                throw new Rejection(422, "'drawn' must be an array of question ids");
            }
        }
        return (com.fasterxml.jackson.databind.node.ArrayNode) node;
    }

    /** With the site's quizzes: the draw must be this device's, and typed answers only for fill-in questions. */
    static void check(QuizCatalog catalog, String quiz, String client,
                                  com.fasterxml.jackson.databind.node.ArrayNode drawn, ObjectNode blanks) throws Rejection {
        List<String> expected = catalog.drawnFor(quiz, client);
        if (expected != null) {
            List<String> sent = new java.util.ArrayList<>();
            if (drawn != null) {
                drawn.forEach(id -> sent.add(id.asText()));
            }
            if (!sent.equals(expected)) {
                throw new Rejection(422, "'drawn' is not the draw of quiz '" + quiz + "' for this device; reload the page");
            }
        }
        if (blanks != null) {
            java.util.Set<String> allowed = catalog.blankQuestions(quiz);
            Iterator<String> ids = blanks.fieldNames();
            while (ids.hasNext()) {
                String id = ids.next();
                if (!allowed.contains(id)) {
                    throw new Rejection(422, "'blanks." + id + "' is not a fill-in question of quiz '" + quiz + "'");
                }
            }
        }
    }
}

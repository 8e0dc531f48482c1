package org.bulletin.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks quiz results and messages against exactly the shapes the pages send, and builds the
 * records to store. Every refusal is a {@link Rejection} with status 422 naming the field.
 */
final class SubmissionValidator {

    static final int MESSAGE_MAX = 500;
    private static final List<String> QUIZ_FIELDS = List.of("quiz", "quizVersion", "client", "claim",
            "answers", "score", "startedAt", "submittedAt", "name", "phone", "blanks", "drawn");
    private static final List<String> MESSAGE_FIELDS = List.of("id", "name", "message", "client", "sentAt", "page");
    static final int ID_MAX = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final QuizCatalog catalog;
    private final ClaimSigner signer;

    /** @param catalog known quizzes, or null to accept any quiz id and version */
    SubmissionValidator(QuizCatalog catalog) {
        this(catalog, null);
    }

    /**
     * @param catalog known quizzes, or null to accept any quiz id and version
     * @param signer  signs the claims of prize-level results, or null to store them unsigned
     */
    SubmissionValidator(QuizCatalog catalog, ClaimSigner signer) {
        this.catalog = catalog;
        this.signer = signer;
    }

    Submission quizResult(JsonNode body, Instant receivedAt) throws Rejection {
        return quizResult(body, receivedAt, null);
    }

    /** @param address the sender's address (kept for the report's suspicious clusters), or null */
    Submission quizResult(JsonNode body, Instant receivedAt, String address) throws Rejection {
        ObjectNode in = object(body, QUIZ_FIELDS);
        String quiz = text(in, "quiz", ID_MAX, true);
        String version = text(in, "quizVersion", ID_MAX, true);
        String client = text(in, "client", ID_MAX, true);
        String claim = text(in, "claim", ID_MAX, false);
        ObjectNode answers = answers(in.get("answers"));
        ObjectNode blanks = DrawnAnswers.blanks(in.get("blanks"));
        com.fasterxml.jackson.databind.node.ArrayNode drawn = DrawnAnswers.drawn(in.get("drawn"));
        JsonNode score = in.get("score");
        if (score == null || score.isNull()) {
            throw missing("score");
        }
        if (!score.isNumber() || !Double.isFinite(score.asDouble())) {
            throw new Rejection(422, "'score' must be a number");
        }
        String startedAt = time(in, "startedAt");
        String submittedAt = time(in, "submittedAt");
        String name = text(in, "name", 100, false);
        String phone = text(in, "phone", 40, false);
        if (catalog != null) {
            if (!catalog.knowsQuiz(quiz)) {
                throw new Rejection(422, "this site has no quiz '" + quiz + "'");
            }
            if (!catalog.knowsVersion(quiz, version)) {
                throw new Rejection(422, "quiz '" + quiz + "' has changed since the page was loaded; reload the page");
            }
            DrawnAnswers.check(catalog, quiz, client, drawn, blanks);
        }
        ObjectNode out = NODES.objectNode();
        String key = resultKey(client, claim, quiz, submittedAt);
        String id = resultId(key);
        out.put("id", id);
        out.put("quiz", quiz);
        out.put("quizVersion", version);
        out.put("client", client);
        out.put("claim", claim);
        out.set("answers", answers);
        if (blanks != null) {
            out.set("blanks", blanks);
        }
        if (drawn != null) {
            out.set("drawn", drawn);
        }
        out.set("score", score);
        out.put("startedAt", startedAt);
        out.put("submittedAt", submittedAt);
        out.put("name", name);
        out.put("phone", phone);
        out.put("receivedAt", receivedAt.toString());
        if (address != null) {
            out.put("address", address);
        }
        if (claim != null && signer != null && (catalog == null || catalog.prizeLevel(quiz, answerMap(answers),
                blankMap(blanks), client))) {
            out.put("signedClaim", signer.code(out));
        }
        return new Submission(Submission.Kind.RESULT, key, id, out);
    }

    Submission message(JsonNode body, Instant receivedAt) throws Rejection {
        ObjectNode in = object(body, MESSAGE_FIELDS);
        String id = text(in, "id", ID_MAX, true);
        String name = text(in, "name", 100, false);
        String message = text(in, "message", Integer.MAX_VALUE, true);
        if (message.isBlank()) {
            throw new Rejection(422, "'message' is empty");
        }
        int length = message.codePointCount(0, message.length());
        if (length > MESSAGE_MAX) {
            throw new Rejection(422, "'message' has " + length + " characters; at most " + MESSAGE_MAX + " are allowed");
        }
        String client = text(in, "client", ID_MAX, true);
        String sentAt = time(in, "sentAt");
        String page = text(in, "page", 2000, true);
        ObjectNode out = NODES.objectNode();
        out.put("id", id);
        out.put("name", name);
        out.put("message", message);
        out.put("client", client);
        out.put("sentAt", sentAt);
        out.put("page", page);
        out.put("receivedAt", receivedAt.toString());
        return new Submission(Submission.Kind.MESSAGE, messageKey(id), id, out);
    }

    /**
     * Why a stored record would be refused at the door today (null when it would be accepted),
     * checked at start so that a line written by an older collector or by hand cannot stop it.
     * The site's quizzes are not checked: results of quizzes the site has dropped stay valid.
     */
    static String storedProblem(Submission.Kind kind, ObjectNode stored) {
        ObjectNode body = stored.deepCopy();
        body.remove("receivedAt");
        body.remove("address");
        body.remove("signedClaim");
        SubmissionValidator any = new SubmissionValidator(null);
        try {
            if (kind == Submission.Kind.MESSAGE) {
                any.message(body, Instant.EPOCH);
            } else {
                body.remove("id");
                any.quizResult(body, Instant.EPOCH);
            }
            return null;
        } catch (Rejection e) {
            return e.getMessage();
        }
    }

    /** The idempotency key of a stored record, the same as for the submission that made it. */
    static String keyOf(Submission.Kind kind, JsonNode stored) {
        if (kind == Submission.Kind.MESSAGE) {
            return messageKey(stored.path("id").asText());
        }
        JsonNode claim = stored.path("claim");
        return resultKey(stored.path("client").asText(), claim.isTextual() ? claim.asText() : null,
                stored.path("quiz").asText(), stored.path("submittedAt").asText());
    }

    private static String resultKey(String client, String claim, String quiz, String submittedAt) {
        return claim != null ? "claim\u0000" + client + "\u0000" + claim
                : "quiz\u0000" + client + "\u0000" + quiz + "\u0000" + submittedAt;
    }

    private static Map<String, List<Integer>> answerMap(ObjectNode answers) {
        Map<String, List<Integer>> map = new java.util.TreeMap<>();
        answers.fields().forEachRemaining(e -> {
            List<Integer> chosen = new java.util.ArrayList<>();
            e.getValue().forEach(i -> chosen.add(i.asInt()));
            map.put(e.getKey(), chosen);
        });
        return map;
    }

    private static Map<String, String> blankMap(ObjectNode blanks) {
        Map<String, String> map = new java.util.TreeMap<>();
        if (blanks != null) {
            blanks.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        }
        return map;
    }

    private static String messageKey(String id) {
        return "message\u0000" + id;
    }

    private static String resultId(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "r" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode object(JsonNode body, List<String> allowed) throws Rejection {
        if (!(body instanceof ObjectNode object)) {
            throw new Rejection(400, "the body must be a JSON object");
        }
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new Rejection(422, "unknown field '" + name + "'; allowed fields are " + String.join(", ", allowed));
            }
        }
        return object;
    }

    static String text(ObjectNode in, String field, int max, boolean required) throws Rejection {
        JsonNode node = in.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw missing(field);
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new Rejection(422, "'" + field + "' must be a string");
        }
        String value = node.asText();
        if (required && value.isEmpty()) {
            throw missing(field);
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw new Rejection(422, "'" + field + "' is longer than " + max + " characters");
        }
        ValueRules.TextFault fault = ValueRules.textFault(value);
        if (fault != null && fault.fault() == ValueRules.Fault.CONTROL_CHARACTER) {
            throw new Rejection(422, "'" + field + "' contains a control character");
        }
        if (fault != null) {
            throw new Rejection(422, "'" + field + "' is not valid Unicode (a lone surrogate \\u"
                    + HexFormat.of().toHexDigits(value.charAt(fault.at())) + ")");
        }
        return value;
    }

    private static String time(ObjectNode in, String field) throws Rejection {
        String value = text(in, field, 64, true);
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new Rejection(422, "'" + field + "' must be an ISO-8601 time with offset, like 2026-11-28T09:30:00.000Z");
        }
        if (!ValueRules.inYears(time)) {
            throw new Rejection(422, "'" + field + "' is " + value + "; only times in the years " + ValueRules.MIN_YEAR
                    + " to " + ValueRules.MAX_YEAR + " are accepted");
        }
        return value;
    }

    private static ObjectNode answers(JsonNode node) throws Rejection {
        if (node == null || node.isNull()) {
            throw missing("answers");
        }
        if (!node.isObject()) {
            throw new Rejection(422, "'answers' must be an object of question id to option indexes");
        }
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (e.getKey().isEmpty() || e.getKey().length() > ID_MAX) {
                throw new Rejection(422, "'answers' has an empty or too long question id");
            }
            JsonNode chosen = e.getValue();
            if (!chosen.isArray()) {
                throw new Rejection(422, "'answers." + e.getKey() + "' must be an array of option indexes");
            }
            for (JsonNode index : chosen) {
                // canConvertToInt first: asLong() wraps a huge index like 2^64 round to 0
                if (!index.isIntegralNumber() || !index.canConvertToInt() || !ValueRules.isOption(index.asInt())) {
                    throw new Rejection(422, "'answers." + e.getKey() + "' must hold option indexes 0 to " + ValueRules.MAX_OPTION);
                }
            }
            out.set(e.getKey(), chosen);
        }
        return out;
    }

    private static Rejection missing(String field) {
        return new Rejection(422, "'" + field + "' is missing");
    }
}

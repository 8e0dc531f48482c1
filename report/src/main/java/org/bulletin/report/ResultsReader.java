package org.bulletin.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.bulletin.collect.ClaimSigner;
import org.bulletin.collect.ValueRules;
import org.bulletin.problem.Text;

/**
 * Streams quiz results, one JSON object per line in the shape the quiz page POSTs:
 * {@code {quiz, quizVersion, client, claim, answers: {questionId: [option indexes]}, score, startedAt,
 * submittedAt, name?, phone?}} (extra fields such as the collector's {@code id} and {@code receivedAt}
 * are ignored). Lines that are not JSON or lack {@code quiz}, {@code client}, {@code answers} or
 * {@code submittedAt}, or break the {@link ResultRules} (a lone surrogate, a time outside the years
 * 2000 to 9999, an option index outside 0 to 999), are skipped and counted with file, line and reason.
 */
public final class ResultsReader {

    private static final List<String> TEXTS = List.of("quiz", "quizVersion", "client", "claim", "name", "phone",
            "id", "signedClaim", "address");
    private final ObjectMapper json = new ObjectMapper();
    private final BadLines bad;
    private final ClaimSigner signer;

    public ResultsReader(BadLines bad) {
        this(bad, null);
    }

    /** @param signer the collector's claim key, or null when none was given (signatures are not checked) */
    public ResultsReader(BadLines bad, ClaimSigner signer) {
        this.bad = bad;
        this.signer = signer;
    }

    public void read(Path file, Consumer<QuizSubmission> out) throws IOException {
        String name = file.toString();
        try (LineInput in = LineInput.open(file, bad)) {
            for (String line = in.next(); line != null; line = in.next()) {
                if (line.isBlank()) {
                    continue;
                }
                QuizSubmission s = parse(line, name, in.line());
                if (s != null) {
                    out.accept(s);
                }
            }
        }
    }

    QuizSubmission parse(String line, String file, long n) {
        try {
            return submission(line, file, n);
        } catch (Unusable e) {
            bad.add(file, n, e.why);
            return null;
        }
    }

    private QuizSubmission submission(String line, String file, long n) throws Unusable {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new Unusable(Text.of("report.bad.not-json"));
        }
        if (node == null || !node.isObject()) {
            throw new Unusable(Text.of("report.bad.not-object"));
        }
        for (String field : List.of("quiz", "client", "submittedAt")) {
            if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
                throw new Unusable(Text.of("report.bad.missing-field", field));
            }
        }
        for (String field : TEXTS) {
            if (node.path(field).isTextual()) {
                check(ResultRules.text(field, node.path(field).asText()));
            }
        }
        Map<String, List<Integer>> answers = answers(node.path("answers"));
        Instant at;
        String written = node.path("submittedAt").asText();
        try {
            at = OffsetDateTime.parse(written).toInstant();
        } catch (DateTimeParseException e) {
            throw new Unusable(Text.of("report.bad.not-date-time", "submittedAt"));
        }
        check(ResultRules.time("submittedAt", at, written));
        Double score = node.path("score").isNumber() ? node.path("score").asDouble() : null;
        String signed = text(node, "signedClaim");
        QuizSubmission.Signature signature = signer == null ? QuizSubmission.Signature.UNCHECKED
                : signed.isEmpty() ? QuizSubmission.Signature.NONE
                : signer.verifies(signed, signer.code(node)) ? QuizSubmission.Signature.VALID
                : QuizSubmission.Signature.FORGED;
        return new QuizSubmission(file, n, node.path("quiz").asText(), text(node, "quizVersion"),
                node.path("client").asText(), text(node, "claim"), answers, score, at, text(node, "name"),
                text(node, "phone"), blanks(node.path("blanks")), drawn(node.path("drawn")), text(node, "id"),
                optionalTime(node, "receivedAt"),
                optionalTime(node, "startedAt"), signed, signature, text(node, "address"));
    }

    /** A time the report uses if it is there; a bad one is refused (a receivedAt is the collector's). */
    private static Instant optionalTime(JsonNode node, String field) throws Unusable {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(v.asText()).toInstant();
            if (field.equals("receivedAt")) {
                check(ResultRules.time(field, at, v.asText()));
            }
            return ValueRules.inYears(at) ? at : null;
        } catch (DateTimeParseException e) {
            if (field.equals("receivedAt")) {
                throw new Unusable(Text.of("report.bad.not-date-time", "receivedAt"));
            }
            return null;
        }
    }

    private static void check(Text why) throws Unusable {
        if (why != null) {
            throw new Unusable(why);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText().strip() : "";
    }

    /** Fill-in answers, {@code {questionId: "typed text"}}; absent for quizzes without blanks. */
    private static Map<String, String> blanks(JsonNode node) throws Unusable {
        Map<String, String> blanks = new TreeMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return blanks;
        }
        if (!node.isObject()) {
            throw new Unusable(Text.of("report.bad.blanks"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || ResultRules.text("question id", e.getKey()) != null) {
                throw new Unusable(Text.of("report.bad.blanks"));
            }
            check(ResultRules.text("blanks." + e.getKey(), e.getValue().asText()));
            blanks.put(e.getKey(), e.getValue().asText());
        }
        return blanks;
    }

    /** The question ids the page drew; absent for quizzes that ask every question. */
    private static List<String> drawn(JsonNode node) throws Unusable {
        List<String> drawn = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return drawn;
        }
        if (!node.isArray()) {
            throw new Unusable(Text.of("report.bad.drawn"));
        }
        for (JsonNode id : node) {
            if (!id.isTextual()) {
                throw new Unusable(Text.of("report.bad.drawn"));
            }
            drawn.add(id.asText());
        }
        return drawn;
    }

    private static Map<String, List<Integer>> answers(JsonNode node) throws Unusable {
        Text shape = Text.of("report.bad.answers");
        if (!node.isObject()) {
            throw new Unusable(shape);
        }
        Map<String, List<Integer>> answers = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (ResultRules.text("question id", e.getKey()) != null) {
                throw new Unusable(Text.of("report.bad.answers-id"));
            }
            if (!e.getValue().isArray()) {
                throw new Unusable(shape);
            }
            List<Integer> chosen = new ArrayList<>();
            for (JsonNode i : e.getValue()) {
                if (!i.isIntegralNumber()) {
                    throw new Unusable(shape);
                }
                if (!i.canConvertToInt() || !ValueRules.isOption(i.asInt())) {
                    throw new Unusable(Text.of("report.bad.option-index", e.getKey(), i.asText(), ValueRules.MAX_OPTION));
                }
                chosen.add(i.asInt());
            }
            answers.put(e.getKey(), chosen);
        }
        return answers;
    }

    /** Why a line cannot be used: becomes its bad-line reason. */
    private static final class Unusable extends Exception {

        final transient Text why;

        Unusable(Text why) {
            super(why.english(), null, false, false);
            this.why = why;
        }
    }
}

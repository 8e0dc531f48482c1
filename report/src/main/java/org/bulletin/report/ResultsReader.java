package org.bulletin.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
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

/**
 * Streams quiz results, one JSON object per line in the shape the quiz page POSTs:
 * {@code {quiz, quizVersion, client, claim, answers: {questionId: [option indexes]}, score, startedAt,
 * submittedAt, name?, phone?}} (extra fields such as the collector's {@code id} and {@code receivedAt}
 * are ignored). Lines that are not JSON or lack {@code quiz}, {@code client}, {@code answers} or
 * {@code submittedAt} are skipped and counted.
 */
public final class ResultsReader {

    private final ObjectMapper json = new ObjectMapper();
    private final BadLines bad;

    public ResultsReader(BadLines bad) {
        this.bad = bad;
    }

    public void read(Path file, Consumer<QuizSubmission> out) throws IOException {
        String name = file.toString();
        try (BufferedReader in = TextInput.open(file)) {
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                QuizSubmission s = parse(line, name, n);
                if (s != null) {
                    out.accept(s);
                }
            }
        }
    }

    QuizSubmission parse(String line, String file, long n) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            bad.add(file, n, "not JSON");
            return null;
        }
        if (node == null || !node.isObject()) {
            bad.add(file, n, "not a JSON object");
            return null;
        }
        for (String field : List.of("quiz", "client", "submittedAt")) {
            if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
                bad.add(file, n, "missing field " + field);
                return null;
            }
        }
        Map<String, List<Integer>> answers = answers(node.path("answers"));
        if (answers == null) {
            bad.add(file, n, "answers is not {questionId: [option indexes]}");
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(node.path("submittedAt").asText()).toInstant();
        } catch (DateTimeParseException e) {
            bad.add(file, n, "submittedAt is not a date-time");
            return null;
        }
        Double score = node.path("score").isNumber() ? node.path("score").asDouble() : null;
        return new QuizSubmission(file, n, node.path("quiz").asText(), text(node, "quizVersion"),
                node.path("client").asText(), text(node, "claim"), answers, score, at, text(node, "name"),
                text(node, "phone"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText().strip() : "";
    }

    private static Map<String, List<Integer>> answers(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        Map<String, List<Integer>> answers = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isArray()) {
                return null;
            }
            List<Integer> chosen = new ArrayList<>();
            for (JsonNode i : e.getValue()) {
                if (!i.canConvertToInt() || !i.isIntegralNumber()) {
                    return null;
                }
                chosen.add(i.asInt());
            }
            answers.put(e.getKey(), chosen);
        }
        return answers;
    }
}

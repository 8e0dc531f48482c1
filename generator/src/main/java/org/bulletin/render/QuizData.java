package org.bulletin.render;

import org.bulletin.text.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;

/**
 * The quiz data the page script reads from {@code <script type="application/json">}: settings, per-option
 * salted answer hashes (never the key itself), explanations and the UI strings. Keys are written in a
 * fixed order so builds are byte-identical.
 */
public final class QuizData {

    /** UI strings the script needs, under {@code quiz.js.<name>} in the theme's messages. */
    static final List<String> STRINGS = List.of("progress", "missing", "question", "unanswered", "right", "wrong",
            "correctOption", "score", "passed", "failed", "prize", "claim", "qr", "sent", "notSent", "sending",
            "retry", "tryAgain", "attemptsLeft", "noAttempts", "opens", "closed", "ask", "name", "phone",
            "sendClaim", "askRequired", "explanation", "yourChoice", "wrongChoice",
            "notSentServer", "refused", "refusedReason", "refusedPhone", "refusedName", "yourAnswer",
            "notCountedFirst", "notCountedBest", "countedClaim", "confirmFirst", "confirmBest", "confirmLast",
            "confirmYes", "confirmNo", "lastKeepsClaim", "claimSigned");

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuizData() {
    }

    /**
     * The salted hash of one option: the first 16 hex digits of SHA-256 over
     * {@code salt:questionId:index:1} for a correct option ({@code :0} for a wrong one). The page computes
     * the {@code :1} form and compares.
     */
    public static String optionHash(String salt, String questionId, int index, boolean correct) {
        return sha256(salt + ":" + questionId + ":" + index + ":" + (correct ? "1" : "0")).substring(0, 16);
    }

    /**
     * The salted hash of one accepted fill-in answer: the first 16 hex digits of SHA-256 over
     * {@code salt:questionId:=NORMALISED} ({@link org.bulletin.model.BlankAnswer#normalise}). The page hashes
     * what the resident typed the same way and compares.
     */
    public static String blankHash(String salt, String questionId, String normalised) {
        return sha256(salt + ":" + questionId + ":=" + normalised).substring(0, 16);
    }

    /** The JSON for {@code quiz}, safe inside a script element. */
    static String json(Quiz quiz, ThymeleafRenderer text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", quiz.id());
        m.put("version", quiz.version());
        m.put("salt", quiz.salt());
        m.put("pass", quiz.passScore());
        m.put("prize", quiz.prizeScore());
        m.put("shuffle", quiz.shuffle());
        m.put("attempts", quiz.attempts());
        m.put("opens", quiz.opens() == null ? null : quiz.opens().toString());
        m.put("closes", quiz.closes() == null ? null : quiz.closes().toString());
        m.put("submit", quiz.submitUrl());
        m.put("ask", quiz.ask());
        if (quiz.draw() != null) {
            m.put("draw", quiz.draw());
            m.put("drawPerGroup", quiz.drawPerGroup());
        }
        m.put("counts", quiz.counts());
        List<Object> questions = new ArrayList<>();
        for (Question q : quiz.questions()) {
            Map<String, Object> qm = new LinkedHashMap<>();
            qm.put("id", q.id());
            qm.put("points", q.points());
            if (quiz.drawPerGroup()) {
                qm.put("group", q.group());
            }
            if (q.blank()) {
                blank(quiz, q, qm);
            } else {
                List<String> hashes = new ArrayList<>();
                for (int i = 0; i < q.options().size(); i++) {
                    hashes.add(optionHash(quiz.salt(), q.id(), i, q.options().get(i).correct()));
                }
                qm.put("hashes", hashes);
            }
            // base64 keeps the explanation (which usually names the answer) out of view-source at a glance
            qm.put("explanation", Base64.getEncoder().encodeToString(
                    q.explanationHtml().getBytes(StandardCharsets.UTF_8)));
            questions.add(qm);
        }
        m.put("questions", questions);
        Map<String, String> strings = new LinkedHashMap<>();
        for (String s : STRINGS) {
            strings.put(s, text.text("quiz.js." + s).replace("''", "'"));
        }
        m.put("t", strings);
        try {
            return JSON.writeValueAsString(m).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("quiz data is plain maps and lists", e);
        }
    }

    /** A fill-in question: its accepted answers' hashes, sorted (the source order would tell nothing, but why keep it). */
    private static void blank(Quiz quiz, Question q, Map<String, Object> qm) {
        java.util.TreeSet<String> hashes = new java.util.TreeSet<>();
        for (String a : q.accepted()) {
            hashes.add(blankHash(quiz.salt(), q.id(), org.bulletin.model.BlankAnswer.normalise(a, q.numerals())));
        }
        qm.put("answers", new ArrayList<>(hashes));
        qm.put("numerals", q.numerals());
    }

    private static String sha256(String text) {
        return Sha256.hex(text);
    }
}

package org.bulletin.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The random draw of a question bank ({@code :quiz-draw:}), the same in the page ({@code drawQuestions} in
 * {@code js/quiz.js}) and here (the report, the collector's checks through the site, the paper sheets):
 * <ol>
 * <li>seed: the first 8 hex digits of SHA-256 (UTF-8) of {@code DEVICE:QUIZ:draw}, as a signed 32-bit
 *     integer; DEVICE is the device id ({@code bulletin.client}) or {@code paper:SHEET} for a paper sheet;</li>
 * <li>generator: mulberry32 from that seed, each number in [0, 1) = the 32-bit output / 2^32;</li>
 * <li>groups in the order of their first question (one group, the whole quiz, unless {@code per group});
 *     each group's questions in source order are shuffled by Fisher–Yates from the last place down
 *     ({@code j = floor(random() × (i + 1))}, swap i and j) and its first N are drawn;</li>
 * <li>the drawn questions are asked in source order ({@code :quiz-shuffle:} then applies to them).</li>
 * </ol>
 */
public final class QuizDraw {

    private QuizDraw() {
    }

    /** The ids of the questions the device {@code device} is asked, in source order (all when the quiz does not draw). */
    public static List<String> ids(Quiz quiz, String device) {
        List<String> ids = new ArrayList<>();
        for (Question q : questions(quiz, device)) {
            ids.add(q.id());
        }
        return ids;
    }

    /** How many questions each device is asked (the same for every device). */
    public static int askedCount(Quiz quiz) {
        return questions(quiz, "").size();
    }

    /** The questions the device {@code device} is asked, in source order. */
    public static List<Question> questions(Quiz quiz, String device) {
        if (quiz.draw() == null) {
            return quiz.questions();
        }
        Map<String, List<Question>> groups = new LinkedHashMap<>();
        for (Question q : quiz.questions()) {
            groups.computeIfAbsent(quiz.drawPerGroup() ? q.group() : "", k -> new ArrayList<>()).add(q);
        }
        Mulberry32 random = new Mulberry32(seed(device + ":" + quiz.id() + ":draw"));
        List<Question> drawn = new ArrayList<>();
        for (List<Question> group : groups.values()) {
            List<Question> list = new ArrayList<>(group);
            for (int i = list.size() - 1; i > 0; i--) {
                int j = (int) Math.floor(random.next() * (i + 1));
                Question tmp = list.get(i);
                list.set(i, list.get(j));
                list.set(j, tmp);
            }
            drawn.addAll(list.subList(0, Math.min(quiz.draw(), list.size())));
        }
        List<Question> inOrder = new ArrayList<>(quiz.questions());
        inOrder.retainAll(drawn);
        return inOrder;
    }

    /** The seed of {@code text}: its SHA-256's first 32 bits, as the page's {@code seeded} takes them. */
    static int seed(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** mulberry32 (Tommy Ettinger), written to match the page's JavaScript bit for bit. */
    static final class Mulberry32 {
        private int state;

        Mulberry32(int seed) {
            this.state = seed;
        }

        double next() {
            state = state + 0x6D2B79F5;
            int t = (state ^ (state >>> 15)) * (1 | state);
            t = (t + (t ^ (t >>> 7)) * (61 | t)) ^ t;
            return ((t ^ (t >>> 14)) & 0xFFFFFFFFL) / 4294967296.0;
        }
    }
}

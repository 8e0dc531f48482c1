package org.bulletin.parse;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.asciidoctor.ast.Document;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.text.DateText;

/**
 * The {@code :quiz-*:} document attributes of a quiz, checked: every bad value and every unknown
 * {@code quiz-*} name is reported at the line that sets it.
 *
 * @param id          {@code quiz-id}, or null for the file name
 * @param passScore   {@code quiz-pass-score}, default 60
 * @param prizeScore  {@code quiz-prize-score}, or null
 * @param shuffle     {@code quiz-shuffle}, default {@code none}
 * @param attempts    {@code quiz-attempts}, or null
 * @param opens       {@code quiz-opens}, or null
 * @param closes      {@code quiz-closes}, or null
 * @param submitUrl   {@code quiz-submit-url}, or null
 * @param ask         {@code quiz-ask} fields
 * @param draw        {@code quiz-draw}: questions asked per device (per group with {@code per group}), or null
 * @param drawPerGroup {@code quiz-draw: N per group}
 * @param counts      {@code quiz-counts}: {@code first} (default), {@code best} or {@code last}
 */
public record QuizSettings(String id, int passScore, Integer prizeScore, String shuffle, Integer attempts,
                           OffsetDateTime opens, OffsetDateTime closes, String submitUrl, List<String> ask,
                           Integer draw, boolean drawPerGroup, String counts) {

    /** Every attribute a quiz understands; anything else starting with {@code quiz-} is a typo. */
    public static final List<String> KNOWN = List.of("quiz-id", "quiz-pass-score", "quiz-prize-score",
            "quiz-shuffle", "quiz-attempts", "quiz-opens", "quiz-closes", "quiz-submit-url", "quiz-ask", "quiz-draw",
            "quiz-counts");
    static final Set<String> SHUFFLES = Set.of("none", "questions", "options", "both");
    static final Set<String> ASKS = Set.of("name", "phone");
    static final Set<String> COUNTS = Set.of("first", "best", "last");

    public QuizSettings {
        ask = List.copyOf(ask);
    }

    /** Reads and checks the attributes of {@code doc}; bad values are reported and replaced by defaults. */
    static QuizSettings read(ParsedDocument doc, java.time.ZoneId zone, Problems problems) {
        Reader r = new Reader(doc, zone, problems);
        r.unknown();
        String id = r.value("quiz-id");
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            r.error("quiz-id", Text.of("quiz.bad-id", id));
            id = null;
        }
        int pass = r.score("quiz-pass-score", 60);
        Integer prize = r.has("quiz-prize-score") ? r.score("quiz-prize-score", -1) : null;
        prize = prize != null && prize < 0 ? null : prize;
        String shuffle = r.value("quiz-shuffle") == null ? "none" : r.value("quiz-shuffle").toLowerCase(Locale.ROOT);
        if (!SHUFFLES.contains(shuffle)) {
            r.error("quiz-shuffle", Text.of("quiz.bad-shuffle", shuffle));
            shuffle = "none";
        }
        Integer attempts = r.attempts();
        OffsetDateTime opens = r.time("quiz-opens", false);
        OffsetDateTime closes = r.time("quiz-closes", true);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            r.error("quiz-closes", Text.of("quiz.closes-before-opens", closes, opens));
        }
        String submit = r.value("quiz-submit-url");
        if (submit != null && !submit.matches("(?i)https?://\\S+|/\\S*")) {
            r.error("quiz-submit-url", Text.of("quiz.bad-submit-url", submit));
            submit = null;
        }
        String draw = r.value("quiz-draw");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,4})(\\s+per\\s+group)?",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(draw == null ? "" : draw);
        boolean drawn = m.matches() && Integer.parseInt(m.group(1)) >= 1;
        if (draw != null && !drawn) {
            r.error("quiz-draw", Text.of("quiz.bad-draw", draw));
        }
        String counts = r.value("quiz-counts") == null ? "first" : r.value("quiz-counts").toLowerCase(Locale.ROOT);
        if (!COUNTS.contains(counts)) {
            r.error("quiz-counts", Text.of("quiz.bad-counts", counts));
            counts = "first";
        }
        return new QuizSettings(id, pass, prize, shuffle, attempts, opens, closes, submit, r.ask(),
                drawn ? Integer.valueOf(m.group(1)) : null, drawn && m.group(2) != null, counts);
    }

    private static final class Reader {
        private final ParsedDocument doc;
        private final Document document;
        private final Problems problems;
        private final java.time.ZoneId zone;

        Reader(ParsedDocument doc, java.time.ZoneId zone, Problems problems) {
            this.doc = doc;
            this.zone = zone;
            this.document = doc.document();
            this.problems = problems;
        }

        boolean has(String name) {
            return value(name) != null;
        }

        String value(String name) {
            Object v = document.getAttribute(name);
            return v == null || v.toString().isBlank() ? null : v.toString().strip();
        }

        void error(String name, Text message) {
            problems.error(doc.file().relative(), doc.attributeLine(name), message);
        }

        void unknown() {
            Map<String, Object> sorted = new TreeMap<>(document.getAttributes());
            for (String name : sorted.keySet()) {
                if (name.startsWith("quiz-") && !KNOWN.contains(name)) {
                    error(name, Text.of("quiz.unknown-attribute", name, closest(name)));
                }
            }
        }

        int score(String name, int fallback) {
            String v = value(name);
            if (v == null) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v);
                if (n >= 0 && n <= 100) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(name, Text.of("quiz.bad-score", name, v));
            return fallback;
        }

        Integer attempts() {
            String v = value("quiz-attempts");
            if (v == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error("quiz-attempts", Text.of("quiz.bad-attempts", v));
            return null;
        }

        /**
         * A time in {@link DateText}'s grammar, in the site's zone unless it has an offset; a day alone opens
         * at its start and closes at its end.
         */
        OffsetDateTime time(String name, boolean endOfDay) {
            String v = value(name);
            if (v == null) {
                return null;
            }
            DateText.Parsed parsed = DateText.parse(v);
            if (parsed == null) {
                error(name, Text.of("quiz.bad-time", name, v));
                return null;
            }
            OffsetDateTime at = parsed.at(zone, endOfDay);
            if (at == null) {
                error(name, Text.of("quiz.no-zone", name, v, v.strip() + (parsed.time() == null ? " 00:00" : "")));
            }
            return at;
        }

        List<String> ask() {
            List<String> fields = new ArrayList<>();
            String v = value("quiz-ask");
            if (v == null) {
                return fields;
            }
            for (String part : v.split("[,\\s]+")) {
                String f = part.strip().toLowerCase(Locale.ROOT);
                if (f.isEmpty() || fields.contains(f)) {
                    continue;
                }
                if (ASKS.contains(f)) {
                    fields.add(f);
                } else {
                    error("quiz-ask", Text.of("quiz.bad-ask", f));
                }
            }
            return fields;
        }
    }

    /** The known attribute nearest to {@code name} by edit distance. */
    static String closest(String name) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = KNOWN.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String known : KNOWN) {
            int d = distance.apply(name, known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best;
    }
}

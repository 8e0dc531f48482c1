package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.bulletin.model.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated data set whose expected numbers are computed here, independently of the report code. */
class GeneratedResultsTest {

    // the fixture quiz, restated: correct option sets and points per question
    static final int[][] RIGHT = {{0}, {2}, {0, 1}, {1}};
    static final int[] POINTS = {1, 1, 1, 2};
    static final int[] OPTIONS = {3, 3, 4, 3};

    @TempDir
    Path dir;
    Site site;
    Path results;
    // client → earliest (time, score, answered, claim)
    final Map<String, double[]> first = new HashMap<>();
    final Map<String, String> claims = new HashMap<>();

    @BeforeEach
    void generate() throws IOException {
        site = ReportFixtures.site(dir);
        Random random = new Random(42);
        StringBuilder lines = new StringBuilder();
        Instant start = Instant.parse("2022-03-14T00:00:00Z");
        for (int i = 0; i < 3000; i++) {
            String client = "c" + random.nextInt(800);
            long t = random.nextInt(7 * 24 * 3600);
            StringBuilder answers = new StringBuilder();
            int got = 0;
            int answered = 0;
            for (int q = 0; q < 4; q++) {
                if (random.nextInt(10) == 0) {
                    continue; // unanswered
                }
                TreeSet<Integer> chosen = new TreeSet<>();
                if (random.nextInt(3) > 0) {
                    for (int o : RIGHT[q]) {
                        chosen.add(o);
                    }
                } else {
                    chosen.add(random.nextInt(OPTIONS[q]));
                }
                answered++;
                TreeSet<Integer> right = new TreeSet<>();
                for (int o : RIGHT[q]) {
                    right.add(o);
                }
                got += chosen.equals(right) ? POINTS[q] : 0;
                answers.append(answers.length() == 0 ? "" : ",").append("\"q").append(q + 1).append("\":")
                        .append(chosen.toString().replace(" ", ""));
            }
            double score = Math.round(10000.0 * got / 5) / 100.0;
            String claim = "K" + i;
            lines.append("{\"quiz\":\"week\",\"quizVersion\":\"v1\",\"client\":\"").append(client)
                    .append("\",\"claim\":\"").append(claim).append("\",\"answers\":{").append(answers)
                    .append("},\"score\":").append(score).append(",\"submittedAt\":\"").append(start.plusSeconds(t))
                    .append("\"}\n");
            double[] kept = first.get(client);
            if (kept == null || t < kept[0]) {
                first.put(client, new double[] {t, score, answered});
                claims.put(client, claim);
            }
        }
        results = Files.writeString(dir.resolve("results.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private CampaignReport report(int draw, String seed) throws IOException {
        return ReportBuilder.build(site, new ReportRequest(List.of(results), List.of(), List.of(), List.of(),
                AttemptPolicy.FIRST, draw, seed, dir));
    }

    @Test
    void matchesIndependentlyComputedNumbers() throws IOException {
        BigDecimal sum = BigDecimal.ZERO;
        long passed = 0;
        long knowledge = 0;
        long eligible = 0;
        for (double[] r : first.values()) {
            sum = sum.add(BigDecimal.valueOf(r[1]));
            passed += r[1] >= 60 ? 1 : 0;
            eligible += r[1] >= 80 ? 1 : 0;
            knowledge += (long) r[2];
        }
        QuizStats q = report(0, null).quizzes().get(0);
        assertThat(q.participants()).isEqualTo(first.size());
        assertThat(q.average()).isEqualTo(sum.divide(BigDecimal.valueOf(first.size()), 2, RoundingMode.HALF_UP).toPlainString());
        assertThat(q.passed()).isEqualTo(passed);
        assertThat(q.knowledgePoints()).isEqualTo(knowledge);
        assertThat(q.eligible()).hasSize((int) eligible);
        assertThat(q.distribution().stream().mapToLong(Long::longValue).sum()).isEqualTo(first.size());
    }

    @Test
    void drawIsReproducibleAndFollowsTheDocumentedAlgorithm() throws Exception {
        CampaignReport one = report(5, "2022-03-21 美亭");
        CampaignReport two = report(5, "2022-03-21 美亭");
        assertThat(one.winners()).hasSize(5);
        assertThat(one.winners()).extracting(PrizeDraw::key).isEqualTo(two.winners().stream().map(PrizeDraw::key).toList());
        // the documented algorithm, restated: sort eligible claims by SHA-256(seed + ":" + claim) hex
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String[]> tickets = new ArrayList<>();
        for (Map.Entry<String, double[]> e : first.entrySet()) {
            if (e.getValue()[1] >= 80) {
                String claim = claims.get(e.getKey());
                tickets.add(new String[] {HexFormat.of().formatHex(sha.digest(("2022-03-21 美亭:" + claim)
                        .getBytes(StandardCharsets.UTF_8))), claim});
            }
        }
        tickets.sort((a, b) -> a[0].compareTo(b[0]));
        assertThat(one.winners()).extracting(PrizeDraw::key)
                .containsExactly(tickets.subList(0, 5).stream().map(t -> t[1]).toArray(String[]::new));
        assertThat(report(5, "another seed").winners()).extracting(PrizeDraw::key)
                .isNotEqualTo(one.winners().stream().map(PrizeDraw::key).toList());
        assertThat(String.format(Locale.ROOT, "%d", one.eligible().size())).isNotEqualTo("0");
    }
}

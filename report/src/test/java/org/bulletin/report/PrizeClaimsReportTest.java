package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bulletin.collect.CollectOptions;
import org.bulletin.collect.CollectServer;
import org.bulletin.collect.RateLimit;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.model.SiteBuilder;
import org.bulletin.problem.Problems;
import org.bulletin.text.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims signed by a real collector on 127.0.0.1, read by the report with the collector's data folder: only
 * the honest first claim of a person is eligible; a forged claim, a changed line, a post after closing (by the
 * collector's receivedAt), a second record for the same phone and an excluded staff phone are listed as not
 * eligible with file, line and reason; two collectors' files count each result once; the draw is reproducible
 * from the published CSV, its hash and the seed.
 */
class PrizeClaimsReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RIGHT = "{\"q1\":[0],\"q2\":[2],\"q3\":[0,1],\"q4\":[1]}";

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private ObjectNode post(int port, String client, String phone, String name) throws Exception {
        String now = Instant.now().toString();
        String body = "{\"quiz\":\"week\",\"quizVersion\":\"v1\",\"client\":\"" + client + "\",\"claim\":\"P-" + client
                + "\",\"answers\":" + RIGHT + ",\"score\":100,\"startedAt\":\"" + now + "\",\"submittedAt\":\"" + now
                + "\",\"name\":\"" + name + "\",\"phone\":\"" + phone + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/quiz"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return (ObjectNode) JSON.readTree(r.body());
    }

    private Site site(OffsetDateTime closes) throws Exception {
        Files.writeString(dir.resolve("jbake.properties"), "site.title=T\nsite.locale=zh-CN\n"
                + "site.host=https://example.org/\n", StandardCharsets.UTF_8);
        SiteConfig config = ConfigLoader.load(dir, Map.of(), new Problems());
        Quiz base = ReportFixtures.quiz();
        Quiz quiz = new Quiz(base.id(), base.source(), base.title(), "", LocalDate.of(2026, 3, 14), "published", 60, 80,
                "none", null, null, closes, "/collect/quiz", base.ask(), base.questions(), "v1", "salt", null, false, "first");
        return SiteBuilder.build(config, List.of(quiz), List.of());
    }

    @Test
    void onlySignedInTimeFirstClaimsOfAPersonAreEligibleAndTheDrawCanBeChecked() throws Exception {
        Path data = dir.resolve("collect");
        CollectOptions options = CollectOptions.defaults(data).withPort(0).withRateLimit(RateLimit.parse("off"));
        OffsetDateTime closes;
        try (CollectServer collector = CollectServer.start(options)) {
            int port = collector.port();
            String honest = post(port, "dev-a", "138 0000 0001", "王阿姨").path("claim").asText();
            post(port, "dev-b", "+86 13800000001", "王阿姨"); // the same person on a second phone
            post(port, "dev-staff", "13900000009", "志愿者小张");
            String other = post(port, "dev-c", "13800000002", "李大爷").path("claim").asText();
            closes = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            Thread.sleep(Math.max(0, closes.toInstant().toEpochMilli() - System.currentTimeMillis()) + 50);
            post(port, "dev-late", "13800000003", "赵先生"); // after closing by the collector's clock
            assertThat(honest).isNotEqualTo(other);
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve("results.jsonl")));
        // a forged claim: a line nobody signed; a changed line: the late post moved before closing
        ObjectNode forged = (ObjectNode) JSON.readTree(lines.get(3));
        forged.put("id", "r-forged").put("client", "dev-forged").put("phone", "13800000004")
                .put("signedClaim", "AAAA-BBBB-CCCC");
        ObjectNode moved = (ObjectNode) JSON.readTree(lines.get(4));
        moved.put("id", "r-moved").put("receivedAt", closes.toInstant().minusSeconds(5).toString());
        Path first = Files.write(dir.resolve("collector-1.jsonl"), lines.subList(0, 3));
        Path second = Files.write(dir.resolve("collector-2.jsonl"), List.of(lines.get(2), lines.get(3), lines.get(4),
                JSON.writeValueAsString(forged), JSON.writeValueAsString(moved)));
        Path exclude = Files.writeString(dir.resolve("staff.txt"), "# 工作人员和志愿者\n13900000009\n");

        Site site = site(closes);
        Path out = dir.resolve("report");
        ReportRequest request = new ReportRequest(List.of(first, second), List.of(), List.of(), List.of(), null, 1,
                "2026-03-21 福利彩票 3D 开奖号码 527", out, new PrizeRules(data, List.of(exclude), null, 0));
        CampaignReport report = ReportBuilder.build(site, request);

        assertThat(report.eligible()).extracting(ScoredSubmission::drawKey).containsExactlyInAnyOrder(
                Files.readAllLines(data.resolve("results.jsonl")).stream().map(l -> {
                    try {
                        return JSON.readTree(l);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).filter(n -> List.of("dev-a", "dev-c").contains(n.path("client").asText()))
                        .map(n -> n.path("signedClaim").asText()).toArray(String[]::new));
        assertThat(report.prizes().duplicates()).as("line 3 is in both collectors' files").isEqualTo(1);
        String s2 = second.toString();
        assertThat(report.prizes().refused()).hasSize(5).extracting(Refusal::format).anySatisfy(x -> assertThat(x)
                .startsWith(first + ":2: ").contains("one prize per person: phone 138****0001 already has the eligible record"))
                .anySatisfy(x -> assertThat(x).startsWith(first + ":3: ").contains("excluded: 13900000009 is on the exclusion list ("
                        + exclude + ":2)"))
                .anySatisfy(x -> assertThat(x).startsWith(s2 + ":3: ").contains("received ", ", after the quiz closed at "))
                .anySatisfy(x -> assertThat(x).startsWith(s2 + ":4: AAAA-BBBB-CCCC (week): the claim AAAA-BBBB-CCCC is not "
                        + "the collector's signature of this result"))
                .anySatisfy(x -> assertThat(x).startsWith(s2 + ":5: ").contains("is not the collector's signature"));
        assertThat(report.prizes().verified()).isTrue();

        ReportWriter.write(site, new org.bulletin.generator.ThemePages(site, new org.bulletin.render.SiteRenderer(
                new org.bulletin.render.ThymeleafRenderer(null, java.util.Locale.forLanguageTag("zh-CN")), site,
                List.of())), report, out);
        // anyone re-checks the draw from the published CSV, its announced hash and the seed
        String csv = Files.readString(out.resolve("prize-eligible.csv"), StandardCharsets.UTF_8);
        assertThat(Sha256.hex(csv)).isEqualTo(report.prizes().eligibleSha256());
        assertThat(ReportWriter.summary(report)).contains(report.prizes().eligibleSha256(), "Not eligible (see prize-refused.csv): 5");
        String seed = request.drawSeed();
        List<String> claims = csv.lines().skip(1).map(l -> l.split(",")[0]).toList();
        assertThat(csv.lines().skip(1)).allSatisfy(l -> assertThat(l).endsWith(",signed"));
        String winner = claims.stream().min(Comparator.comparing((String c) -> Sha256.hex(seed + ":" + c))
                .thenComparing(c -> c)).orElseThrow();
        assertThat(Files.readString(out.resolve("winners.csv"), StandardCharsets.UTF_8)).contains(winner + ",");
        assertThat(report.winners()).extracting(ScoredSubmission::drawKey).containsExactly(winner);
        assertThat(Files.readString(out.resolve("prize-refused.csv"), StandardCharsets.UTF_8)).contains("AAAA-BBBB-CCCC");
        assertThat(report.prizes().redeemed()).isZero();
    }

    @Test
    void averagesTheExactScoresAndSaysReadsWereNotMeasuredWithoutLogs() throws Exception {
        Files.writeString(dir.resolve("jbake.properties"), "site.title=美亭\nsite.locale=zh-CN\n", StandardCharsets.UTF_8);
        SiteConfig config = ConfigLoader.load(dir, Map.of(), new Problems());
        Quiz three = new Quiz("three", "content/quiz/three.adoc", "Three", "", null, "published", 60, null, "none", null,
                null, null, null, List.of(), List.of(ReportFixtures.question("a", 1, 2, 0),
                ReportFixtures.question("b", 1, 2, 0), ReportFixtures.question("c", 1, 2, 0)), "v3", "salt");
        Site site = SiteBuilder.build(config, List.of(three), List.of());
        Path results = Files.writeString(dir.resolve("r.jsonl"),
                "{\"quiz\":\"three\",\"client\":\"x\",\"answers\":{\"a\":[0],\"b\":[0],\"c\":[1]},"
                        + "\"submittedAt\":\"2026-03-15T02:00:00Z\"}\n"
                        + "{\"quiz\":\"three\",\"client\":\"y\",\"answers\":{\"a\":[0],\"b\":[0],\"c\":[0]},"
                        + "\"submittedAt\":\"2026-03-15T02:00:00Z\"}\n", StandardCharsets.UTF_8);
        CampaignReport report = ReportBuilder.build(site, new ReportRequest(List.of(results), List.of(), List.of(),
                List.of(), null, 0, null, dir.resolve("out")));
        // 66.67 and 100: the rounded scores average 83.34, the exact ones (66.666… and 100) 83.33
        assertThat(report.average()).isEqualTo("83.33");
        assertThat(report.quizzes().get(0).average()).isEqualTo("83.33");
        String article = WrapUpArticle.asciidoc(site, report);
        assertThat(article).contains("宣传文章阅读次数和网站访问次数未统计").doesNotContain("累计阅读 0 次", "网站访问 0 次");
        assertThat(ReportWriter.summary(report)).contains("Article reads and visits: not measured", "Times in Asia/Shanghai");
    }

    @Test
    void warnsWhenAttemptOverridesTheQuizRuleRanksAndListsClusters() throws Exception {
        Site site = ReportFixtures.site(dir);
        StringBuilder lines = new StringBuilder();
        // six devices behind one address within four minutes; scores 100, 100, 80 …; times taken differ
        String[] answers = {RIGHT, RIGHT, "{\"q1\":[1],\"q2\":[2],\"q3\":[0,1],\"q4\":[1]}", RIGHT, RIGHT, RIGHT};
        for (int i = 0; i < 6; i++) {
            lines.append("{\"id\":\"r").append(i).append("\",\"quiz\":\"week\",\"quizVersion\":\"v1\",\"client\":\"d")
                    .append(i).append("\",\"claim\":\"C-").append(i).append("\",\"answers\":").append(answers[i])
                    .append(",\"startedAt\":\"2022-03-15T02:00:00Z\",\"submittedAt\":\"2022-03-15T02:0")
                    .append(i < 2 ? 5 - i : 3).append(":00Z\",\"receivedAt\":\"2022-03-15T02:0").append(4 + i / 2)
                    .append(":0").append(i).append("Z\",\"address\":\"10.0.0.7\",\"phone\":\"1380000000")
                    .append(i).append("\"}\n");
        }
        Path results = Files.writeString(dir.resolve("r.jsonl"), lines.toString(), StandardCharsets.UTF_8);
        CampaignReport report = ReportBuilder.build(site, new ReportRequest(List.of(results), List.of(), List.of(),
                List.of(), AttemptPolicy.BEST, 0, null, dir.resolve("out"), new PrizeRules(null, List.of(), null, 3)));
        assertThat(report.prizes().warnings()).singleElement().asString().contains("--attempt best overrides "
                + ":quiz-counts: first of quiz week");
        assertThat(ReportWriter.summary(report)).contains("warning: content/quiz/week.adoc: --attempt best overrides");
        // score, then time taken (d3, d4, d5 took 3 minutes, d1 4, d0 5), then time received
        assertThat(report.prizes().ranking()).extracting(ScoredSubmission::drawKey).containsExactly("C-3", "C-4", "C-5");
        assertThat(report.prizes().clusters()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("address");
            assertThat(c.who()).isEqualTo("10.0.0.7");
            assertThat(c.count()).isEqualTo(6);
        });
        assertThat(report.eligible()).allSatisfy(e -> assertThat(e.submission().signature())
                .isEqualTo(QuizSubmission.Signature.UNCHECKED));
        assertThat(ReportWriter.eligibleCsv(report.eligible(), report.prizes().zone())).contains(
                "C-0,,13800000000,100.00,2022-03-15 10:04:00,week,unverified");
        assertThat(ReportBuilder.warnings(site, null)).as("no override, no warning").isEmpty();
        assertThat(ReportBuilder.warnings(site, AttemptPolicy.FIRST)).as("the same rule").isEmpty();

        // a quiz run at an event, a hall on one Wi-Fi: the organiser raises the rule, or turns it off
        for (String rule : new String[] {"7/10min", "6/1min", "off"}) {
            CampaignReport relaxed = ReportBuilder.build(site, new ReportRequest(List.of(results), List.of(), List.of(),
                    List.of(), AttemptPolicy.BEST, 0, null, dir.resolve("out"),
                    new PrizeRules(null, List.of(), null, 0, ClusterRule.parse(rule))));
            assertThat(relaxed.prizes().clusters()).as(rule).isEmpty();
        }
        CampaignReport strict = ReportBuilder.build(site, new ReportRequest(List.of(results), List.of(), List.of(),
                List.of(), AttemptPolicy.BEST, 0, null, dir.resolve("out"),
                new PrizeRules(null, List.of(), null, 0, ClusterRule.parse("6/3min"))));
        assertThat(strict.prizes().clusters()).singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(6));
        assertThat(ReportWriter.summary(strict)).contains("Suspicious clusters (6+ results within 3 minutes):");
    }

    @Test
    void clusterRulesAreReadOrRefused() {
        assertThat(ClusterRule.parse("5/10min")).isEqualTo(ClusterRule.DEFAULT);
        assertThat(ClusterRule.parse(" 20/1h ")).isEqualTo(new ClusterRule(20, java.time.Duration.ofHours(1)));
        assertThat(ClusterRule.parse("OFF").off()).isTrue();
        for (String bad : new String[] {"5", "5/10", "1/10min", "0/1h", "5/0min", "many", "-5/10min"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClusterRule.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}

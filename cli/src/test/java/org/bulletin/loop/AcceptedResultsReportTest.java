package org.bulletin.loop;

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
import java.util.ArrayList;
import java.util.List;
import org.bulletin.collect.CollectOptions;
import org.bulletin.collect.CollectServer;
import org.bulletin.collect.RateLimit;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.report.AttemptPolicy;
import org.bulletin.report.CampaignReporter;
import org.bulletin.report.ReportRequest;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the collector accepts, the report reads: hostile but valid results posted over HTTP to a real
 * collector, then {@code bulletin report} over what it stored. Every accepted result is counted or listed
 * as a skipped line with its file and line; the report is written whole.
 */
@ExtendWith(SharedGenerator.class)
class AcceptedResultsReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void everyResultTheCollectorAcceptsIsReadByTheReport(SiteGenerator generator) throws Exception {
        Path site = TestSites.sample(dir.resolve("site"));
        Quiz quiz = generator.load(BuildRequest.of(site, dir.resolve("unused"))).site().quizzes().get(0);
        Path data = Files.createDirectories(dir.resolve("data"));
        int accepted = 0;
        try (CollectServer collector = CollectServer.start(CollectOptions.defaults(data).withPort(0)
                .withRateLimit(RateLimit.parse("off")))) {
            String endpoint = "http://127.0.0.1:" + collector.port() + "/quiz";
            List<ObjectNode> posts = hostileResults(quiz);
            for (ObjectNode post : posts) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(post))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) {
                    accepted++;
                } else {
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
                }
            }
            assertThat(accepted).as("the collector accepted most of these").isGreaterThan(posts.size() / 2);
        }
        Path results = data.resolve("results.jsonl");
        long stored = Files.readAllLines(results, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
        assertThat(stored).isEqualTo(accepted);

        Path out = dir.resolve("report");
        CampaignReporter.Outcome outcome = CampaignReporter.write(generator, BuildRequest.of(site, dir.resolve("o")),
                new ReportRequest(List.of(results), List.of(), List.of(), List.of(), AttemptPolicy.FIRST, 0, null, out));

        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.report().submissions() + outcome.report().bad().count()).isEqualTo(stored);
        outcome.report().bad().examples().forEach(e -> assertThat(e).startsWith(results + ":"));
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("prize-eligible.csv")).isRegularFile();
        assertThat(out.resolve("wrap-up.adoc")).isRegularFile();
    }

    /** One result per hostile value, each within what the collector's rules allow, or just outside them. */
    private static List<ObjectNode> hostileResults(Quiz quiz) {
        String[] texts = {"", "李阿姨", "<script>alert(1)</script>", "link:javascript:alert(1)[x]", "pass:[<b>]",
                "{docdir}", "=HYPERLINK(\"http://x\")", "++++\n<b>\n++++", "\"quoted, comma\"", "😀👍🏽",
                "a\u0000b", "\u202Eevil", "x".repeat(100), "1".repeat(40), "\uD83D", "名".repeat(101)};
        String[] times = {"2000-01-01T00:00:00Z", "2100-12-31T23:59:59+14:00", "2022-03-15T10:00:00+08:00",
                "+999999999-12-31T23:59:59-18:00", "1999-12-31T23:59:59Z"};
        List<ObjectNode> posts = new ArrayList<>();
        int n = 0;
        for (String text : texts) {
            for (String time : times) {
                ObjectNode p = JSON.createObjectNode();
                p.put("quiz", quiz.id());
                p.put("quizVersion", quiz.version());
                p.put("client", "device-" + n);
                p.put("claim", n % 2 == 0 ? text : "C" + n);
                ObjectNode answers = p.putObject("answers");
                for (Question q : quiz.questions()) {
                    answers.putArray(q.id()).add(n % 3 == 0 ? 999 : 0);
                }
                p.put("score", n % 5 == 0 ? 100 : 0);
                p.put("startedAt", time);
                p.put("submittedAt", time);
                p.put("name", text);
                p.put("phone", n % 3 == 1 ? text : "13800000000");
                posts.add(p);
                n++;
            }
        }
        return posts;
    }
}

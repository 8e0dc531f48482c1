package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulletin collect --site}: the collector re-scores a result with the site's answer key and signs its
 * claim only when it reaches the prize score, so a page that claims a prize for wrong answers gets no code.
 */
@ExtendWith(SharedGenerator.class)
class SignedClaimCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void signsOnlyResultsThatReachThePrizeScoreWithTheSitesKey(SiteGenerator generator) throws Exception {
        Path site = TestSites.sample(dir.resolve("site"));
        Quiz quiz = generator.load(BuildRequest.of(site, dir.resolve("unused"))).site().quizzes().get(0);
        assertThat(quiz.prizeScore()).isNotNull();
        try (CollectServer collector = CollectServer.start(CollectOptions.defaults(dir.resolve("data")).withPort(0)
                .withRateLimit(RateLimit.parse("off")).withCatalog(SiteQuizCatalog.of(site)))) {
            String url = "http://127.0.0.1:" + collector.port() + "/quiz";
            assertThat(post(url, quiz, true, "right").path("claim").asText()).matches("\\w{4}-\\w{4}-\\w{4}");
            assertThat(post(url, quiz, false, "wrong").has("claim")).as("claims 100 with wrong answers").isFalse();
        }
    }

    private static JsonNode post(String url, Quiz quiz, boolean right, String client) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("quiz", quiz.id()).put("quizVersion", quiz.version())
                .put("client", client).put("claim", "PAGE-CODE").put("score", 100)
                .put("startedAt", "2026-03-15T02:00:00Z").put("submittedAt", "2026-03-15T02:03:00Z");
        ObjectNode answers = body.putObject("answers");
        for (Question q : quiz.questions()) {
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < q.options().size(); i++) {
                if (q.options().get(i).correct() == right) {
                    chosen.add(i);
                }
            }
            answers.putArray(q.id()).addAll(chosen.stream().map(JSON::valueToTree).map(JsonNode.class::cast).toList());
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }
}

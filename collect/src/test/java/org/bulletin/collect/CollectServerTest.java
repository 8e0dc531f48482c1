package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collector over real HTTP on 127.0.0.1: what it accepts, refuses and stores. */
class CollectServerTest {

    private static final HttpClient HTTP = Posts.newClient();

    @TempDir
    Path data;

    private final List<String> log = new CopyOnWriteArrayList<>();
    private CollectServer server;
    private Posts posts;

    private void start(UnaryOperator<CollectOptions> tweak) throws Exception {
        CollectOptions options = CollectOptions.defaults(data).withLanguage(Locale.ENGLISH).withPort(0).withRateLimit(RateLimit.OFF)
                .withZone(ZoneId.of("Asia/Shanghai")).withLog(log::add);
        server = CollectServer.start(tweak.apply(options));
        posts = new Posts(HTTP, server.port());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private List<JsonNode> results() throws Exception {
        return Posts.lines(data.resolve("results.jsonl"));
    }

    @Test
    void storesQuizResultAndAnswersCreated() throws Exception {
        start(o -> o);
        HttpResponse<String> response = posts.post("/quiz", Posts.quiz("dev-1", "claim-1"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = Posts.json(response.body());
        assertThat(body.get("ok").asBoolean()).isTrue();
        assertThat(body.get("duplicate").asBoolean()).isFalse();
        List<JsonNode> stored = results();
        assertThat(stored).hasSize(1);
        JsonNode line = stored.get(0);
        assertThat(line.get("id").asText()).isEqualTo(body.get("id").asText());
        assertThat(line.get("quiz").asText()).isEqualTo("fraud-2026");
        assertThat(line.get("answers").get("q2").toString()).isEqualTo("[1,3]");
        assertThat(line.get("name").asText()).isEqualTo("王芳");
        assertThat(line.get("receivedAt").asText()).matches("\\d{4}-.*Z");
        assertThat(Files.readString(data.resolve("collect.lock"))).isEqualTo("running\n");
    }

    @Test
    void storesMessageAndAddsPendingCsvRowWithQuoting() throws Exception {
        start(o -> o);
        String text = "谢谢社区, 活动很好\\n\\\"下次\\\"还来";
        HttpResponse<String> response = posts.post("/messages", Posts.message("m-1", text));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Posts.json(response.body()).get("id").asText()).isEqualTo("m-1");
        assertThat(Posts.lines(data.resolve("messages.jsonl"))).hasSize(1);
        // sent 23:30 UTC on the 27th is the 28th in Shanghai
        assertThat(Files.readString(data.resolve("messages-pending.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFdate,name,message,reply,approved\n2026-11-28,李大爷,\"谢谢社区, 活动很好\n\"\"下次\"\"还来\",,no\n");
    }

    @Test
    void acceptsTextPlainFromSendBeacon() throws Exception {
        start(o -> o);
        assertThat(posts.post("/quiz", Posts.quiz("dev-1", null), "text/plain;charset=UTF-8").statusCode())
                .isEqualTo(201);
        assertThat(results()).hasSize(1);
    }

    @Test
    void refusesBadRequestsWithJsonErrorAndWritesNothing() throws Exception {
        start(o -> o);
        String big = Posts.message("m-big", "x".repeat(17_000));
        Map<HttpResponse<String>, Integer> expected = Map.of(
                posts.post("/messages", big), 413,
                posts.post("/quiz", Posts.quiz("d", "c"), "application/x-www-form-urlencoded"), 415,
                posts.post("/quiz", Posts.quiz("d", "c"), "text/plain;charset=GBK"), 415,
                posts.post("/quiz", "{\"quiz\": \"fraud-2026\",", "application/json"), 400,
                posts.post("/quiz", "[1,2]"), 400,
                posts.post("/quiz", Posts.quiz("d", "c").replace("\"score\":80,", "")), 422,
                posts.post("/quiz", Posts.quiz("d", "c").replace("\"score\":80", "\"score\":\"80\"")), 422,
                posts.post("/quiz", Posts.quiz("d", "c").replace("\"score\"", "\"extra\":1,\"score\"")), 422,
                posts.post("/messages", Posts.message("m-2", "  ")), 422,
                posts.post("/messages", Posts.message("m-3", "长".repeat(501))), 422);
        expected.forEach((response, status) -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(Posts.json(response.body()).get("ok").asBoolean()).isFalse();
            assertThat(Posts.json(response.body()).get("error").asText()).isNotBlank();
        });
        assertThat(posts.post("/messages", Posts.message("m-4", "长".repeat(500))).statusCode()).isEqualTo(201);
        assertThat(results()).isEmpty();
        assertThat(Posts.lines(data.resolve("messages.jsonl"))).hasSize(1);
        assertThat(log).noneMatch(line -> line.contains("Exception"));
    }

    @Test
    void answersWrongMethodUnknownPathAndHealth() throws Exception {
        start(o -> o);
        HttpResponse<String> get = posts.send(posts.request("/quiz").GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(posts.post("/../results.jsonl", Posts.quiz("d", "c")).statusCode()).isEqualTo(404);
        assertThat(posts.send(posts.request("/results.jsonl").GET()).statusCode()).isEqualTo(404);
        HttpResponse<String> health = posts.send(posts.request("/health").GET());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Posts.json(health.body()).get("ok").asBoolean()).isTrue();
    }

    @Test
    void refusesUnknownQuizAndVersionWithCatalog() throws Exception {
        QuizCatalog catalog = new QuizCatalog() {
            @Override
            public boolean knowsQuiz(String id) {
                return id.equals("fraud-2026");
            }

            @Override
            public boolean knowsVersion(String id, String version) {
                return knowsQuiz(id) && version.equals("v1a2b3");
            }
        };
        start(o -> o.withCatalog(catalog));
        HttpResponse<String> unknown = posts.post("/quiz", Posts.quiz("d", "c").replace("fraud-2026", "other"));
        HttpResponse<String> oldVersion = posts.post("/quiz", Posts.quiz("d", "c").replace("v1a2b3", "v0"));

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(Posts.json(unknown.body()).get("error").asText()).contains("no quiz 'other'");
        assertThat(oldVersion.statusCode()).isEqualTo(422);
        assertThat(results()).isEmpty();
        assertThat(posts.post("/quiz", Posts.quiz("d", "c")).statusCode()).isEqualTo(201);
    }

    @Test
    void limitsSubmissionsPerAddress() throws Exception {
        start(o -> o.withRateLimit(RateLimit.parse("3/min")));
        for (int i = 0; i < 3; i++) {
            assertThat(posts.post("/quiz", Posts.quiz("d" + i, "c")).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> limited = posts.post("/quiz", Posts.quiz("d9", "c"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(results()).hasSize(3);
        // behind a local proxy each resident's address (X-Real-IP) has its own allowance
        HttpResponse<String> proxied = posts.send(posts.request("/quiz").header("Content-Type", "application/json")
                .header("X-Real-IP", "203.0.113.7").POST(HttpRequest.BodyPublishers.ofString(Posts.quiz("d9", "c"))));
        assertThat(proxied.statusCode()).isEqualTo(201);
    }

    @Test
    void storesRetriedSubmissionsOnceAlsoAfterRestart() throws Exception {
        start(o -> o);
        String withClaim = Posts.quiz("dev-1", "claim-1");
        String withoutClaim = Posts.quiz("dev-2", null);
        String message = Posts.message("m-1", "你好");
        HttpResponse<String> first = posts.post("/quiz", withClaim);
        HttpResponse<String> retry = posts.post("/quiz", withClaim);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(Posts.json(retry.body()).get("duplicate").asBoolean()).isTrue();
        assertThat(Posts.json(retry.body()).get("id")).isEqualTo(Posts.json(first.body()).get("id"));
        assertThat(posts.post("/quiz", withoutClaim).statusCode()).isEqualTo(201);
        assertThat(posts.post("/quiz", withoutClaim).statusCode()).isEqualTo(200);
        assertThat(posts.post("/messages", message).statusCode()).isEqualTo(201);
        assertThat(posts.post("/messages", message).statusCode()).isEqualTo(200);

        server.close();
        start(o -> o);
        assertThat(posts.post("/quiz", withClaim).statusCode()).isEqualTo(200);
        assertThat(posts.post("/quiz", withoutClaim).statusCode()).isEqualTo(200);
        assertThat(posts.post("/messages", message).statusCode()).isEqualTo(200);
        assertThat(posts.post("/quiz", Posts.quiz("dev-1", "claim-2")).statusCode()).isEqualTo(201);
        assertThat(results()).hasSize(3);
        assertThat(Posts.lines(data.resolve("messages.jsonl"))).hasSize(1);
        assertThat(Files.readAllLines(data.resolve("messages-pending.csv"))).hasSize(2);
        assertThat(log).anyMatch(line -> line.contains("2 results, 1 messages"));
    }

    @Test
    void allowsCorsOnlyForConfiguredOrigin() throws Exception {
        start(o -> o.withOrigins(List.of("https://example.org/")));
        HttpResponse<String> allowed = posts.send(preflight("https://example.org"));
        HttpResponse<String> other = posts.send(preflight("https://evil.example"));

        assertThat(allowed.statusCode()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://example.org");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Content-Type");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> foreignPost = posts.send(posts.request("/quiz").header("Origin", "https://evil.example")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(Posts.quiz("d", "c"))));
        HttpResponse<String> sitePost = posts.send(posts.request("/quiz").header("Origin", "https://example.org")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Posts.quiz("d", "c"))));
        assertThat(foreignPost.statusCode()).isEqualTo(403);
        assertThat(sitePost.statusCode()).isEqualTo(201);
        assertThat(sitePost.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://example.org");
        // a page on the site's origin reads when to send again after 429 or 503
        assertThat(sitePost.headers().firstValue("Access-Control-Expose-Headers")).hasValue("Retry-After");
        assertThat(results()).hasSize(1);
    }

    private HttpRequest.Builder preflight(String origin) {
        return posts.request("/quiz").header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }

    @Test
    void storesFiftyThreadsOfTwoHundredSubmissionsExactly() throws Exception {
        start(o -> o);
        List<Integer> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        for (int t = 0; t < 50; t++) {
            int thread = t;
            pool.execute(() -> {
                for (int i = 0; i < 200; i++) {
                    int status = posts.post("/quiz", Posts.quiz("dev-" + thread, "claim-" + i)).statusCode();
                    if (status != 201) {
                        failures.add(status);
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).isEmpty();
        List<JsonNode> stored = results();
        assertThat(stored).hasSize(10_000);
        Set<String> keys = new java.util.HashSet<>();
        stored.forEach(r -> keys.add(r.get("client").asText() + "/" + r.get("claim").asText()));
        assertThat(keys).hasSize(10_000);
    }
}

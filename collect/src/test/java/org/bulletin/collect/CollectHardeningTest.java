package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Values the collector must refuse at the door, and stored lines it must survive (issue 18). */
class CollectHardeningTest extends RunningCollector {

    private static final String EXTREME = "+999999999-12-31T23:59:59-18:00";

    private static String messageSentAt(String id, String sentAt) {
        return Posts.message(id, "你好").replace("2026-11-27T23:30:00.000Z", sentAt);
    }

    @Test
    void refusesTimesOutsideTheSaneYearsAndKeepsTakingMessages() throws Exception {
        Posts posts = start();
        for (String time : List.of(EXTREME, "-000001-01-01T00:00:00Z", "1999-12-31T23:00:00-02:00",
                "2100-12-31T23:00:00-02:00", "9999-01-01T00:00:00Z")) {
            HttpResponse<String> refused = posts.post("/messages", messageSentAt("m-" + time, time));
            assertThat(refused.statusCode()).as(time).isEqualTo(422);
            assertThat(Posts.json(refused.body()).get("error").asText()).contains("'sentAt'", "2000", "2100");
            HttpResponse<String> quiz = posts.post("/quiz", Posts.quiz("dev-1", "c-1")
                    .replace("2026-11-28T01:03:10.512Z", time));
            assertThat(quiz.statusCode()).as(time).isEqualTo(422);
        }
        assertThat(Files.readString(data.resolve("messages.jsonl"))).isEmpty();

        long start = System.nanoTime();
        assertThat(posts.post("/messages", Posts.message("m-ok", "还能收到")).statusCode()).isEqualTo(201);
        assertThat(posts.post("/messages", messageSentAt("m-edge", "2000-01-01T00:00:00Z")).statusCode())
                .isEqualTo(201);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(5);
        assertThat(Files.readString(data.resolve("messages-pending.csv"))).contains("还能收到").contains("2000-01-01");
    }

    @Test
    void refusesLoneSurrogatesAndAcceptsPairs() throws Exception {
        Posts posts = start();
        for (String hostile : List.of("\\ud800", "a\\udc00b", "\\ude00\\ud83d", "x\\ud83d")) {
            HttpResponse<String> message = posts.post("/messages", Posts.message("m-1", hostile));
            assertThat(message.statusCode()).as(hostile).isEqualTo(422);
            assertThat(Posts.json(message.body()).get("error").asText()).contains("'message'", "surrogate");
            HttpResponse<String> quiz = posts.post("/quiz", Posts.quiz("dev-1", "c-" + hostile));
            assertThat(quiz.statusCode()).as(hostile).isEqualTo(422);
        }
        assertThat(Files.readString(data.resolve("messages.jsonl"))).isEmpty();
        assertThat(Files.readString(data.resolve("results.jsonl"))).isEmpty();
        assertThat(posts.post("/messages", Posts.message("m-2", "笑\\ud83d\\ude00")).statusCode()).isEqualTo(201);
        assertThat(Files.readString(data.resolve("messages-pending.csv"), StandardCharsets.UTF_8)).contains("笑😀");
    }

    @Test
    void refusesOptionIndexesThatOverflow() throws Exception {
        Posts posts = start();
        for (String index : List.of("18446744073709551616", "9223372036854775807", "4294967296", "-1", "1000")) {
            HttpResponse<String> quiz = posts.post("/quiz", Posts.quiz("dev-1", "c-" + index)
                    .replace("\"q1\":[0]", "\"q1\":[" + index + "]"));
            assertThat(quiz.statusCode()).as(index).isEqualTo(422);
        }
        assertThat(Files.readString(data.resolve("results.jsonl"))).isEmpty();
    }

    @Test
    void setsAsideStoredLinesItCannotUseAndKeepsServing() throws Exception {
        Files.createDirectories(data);
        String good = "{\"id\":\"m-1\",\"name\":\"王\",\"message\":\"好\",\"client\":\"c\","
                + "\"sentAt\":\"2026-11-27T23:30:00Z\",\"page\":\"/m.html\",\"receivedAt\":\"2026-11-27T23:30:01Z\"}";
        String extreme = good.replace("m-1", "m-2").replace("2026-11-27T23:30:00Z", EXTREME);
        String surrogate = good.replace("m-1", "m-3").replace("\"好\"", "\"\\ud800\"");
        Files.writeString(data.resolve("messages.jsonl"), good + "\n" + extreme + "\n" + surrogate + "\n");
        String result = "{\"id\":\"r1\",\"quiz\":\"q\",\"quizVersion\":\"v\",\"client\":\"d\",\"claim\":null,"
                + "\"answers\":{},\"score\":1,\"startedAt\":\"2026-11-28T01:00:00Z\",\"submittedAt\":\"" + EXTREME
                + "\",\"name\":null,\"phone\":null,\"receivedAt\":\"2026-11-28T01:00:00Z\"}";
        Files.writeString(data.resolve("results.jsonl"), result + "\n");
        Files.writeString(data.resolve("collect.lock"), "running\n"); // as after a crash

        Posts posts = start();

        assertThat(log).anyMatch(l -> l.startsWith("messages.jsonl:2: 'sentAt'") && l.contains("messages.jsonl.rejected"));
        assertThat(log).anyMatch(l -> l.startsWith("messages.jsonl:3: 'message'") && l.contains("surrogate"));
        assertThat(log).anyMatch(l -> l.startsWith("results.jsonl:1: 'submittedAt'"));
        assertThat(Files.readString(data.resolve("messages.jsonl.rejected"))).isEqualTo(extreme + "\n" + surrogate + "\n");
        assertThat(Files.readString(data.resolve("results.jsonl.rejected"))).isEqualTo(result + "\n");
        assertThat(posts.post("/messages", Posts.message("m-4", "照常")).statusCode()).isEqualTo(201);
        assertThat(posts.post("/messages", Posts.message("m-1", "好")).statusCode()).isEqualTo(200);

        server.close();
        Files.writeString(data.resolve("collect.lock"), "running\n");
        start();
        assertThat(Files.readString(data.resolve("messages.jsonl.rejected"))).isEqualTo(extreme + "\n" + surrogate + "\n");
        assertThat(Posts.lines(data.resolve("messages.jsonl"))).hasSize(4);
    }

    @Test
    void writerCarriesOnWhenOneBatchFailsAfterStoring() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Path file = data.resolve("x.jsonl");
        Files.createDirectories(data);
        try (JsonLinesStore store = JsonLinesStore.open(file, mapper, r -> null, r -> { }, records -> {
            if (records.get(0).path("bad").asBoolean()) {
                throw new IllegalStateException("cannot convert this record");
            }
        }, log::add)) {
            ObjectNode bad = mapper.createObjectNode().put("bad", true);
            store.append(bad).get(5, TimeUnit.SECONDS);
            JsonNode next = mapper.createObjectNode().put("bad", false);
            store.append((ObjectNode) next).get(5, TimeUnit.SECONDS);
            assertThat(store.lines()).isEqualTo(2);
        }
        assertThat(log).anyMatch(l -> l.contains("cannot convert this record"));
    }
}

package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletin.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collector as a separate process: killed with SIGKILL under load, stopped with SIGTERM. */
@SlowTest
class CollectProcessTest {

    private static final HttpClient HTTP = Posts.newClient();
    @TempDir
    Path data;

    private final List<Process> processes = new ArrayList<>();

    private CollectorProcess launch() throws Exception {
        // with TCP_NODELAY, as the manual's service runs it (docs/content/organisers/collect.md) (the in-process tests cover the default)
        CollectorProcess collector = CollectorProcess.launch(System.getProperty("java.class.path"),
                List.of("-Dsun.net.httpserver.nodelay=true"), "--data", data.toString(), "--port", "0",
                "--rate-limit", "off", "--zone", "Asia/Shanghai");
        processes.add(collector.process());
        if (collector.port() == 0) {
            throw new AssertionError("collector did not start: " + collector.output());
        }
        return collector;
    }

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void keepsEveryAcknowledgedSubmissionOnceAfterSigkillUnderLoad() throws Exception {
        CollectorProcess collector = launch();
        Posts posts = new Posts(HTTP, collector.port());
        Map<String, String> ackedResults = new ConcurrentHashMap<>();
        Map<String, String> ackedMessages = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int worker = t;
            pool.execute(() -> {
                try {
                    for (int i = 0; !stop.get(); i++) {
                        String quiz = Posts.quiz("w" + worker, "c" + i);
                        HttpResponse<String> r = posts.post("/quiz", quiz);
                        if (r.statusCode() / 100 == 2) {
                            ackedResults.put(Posts.json(r.body()).get("id").asText(), quiz);
                        }
                        if (i % 3 == 0) {
                            String message = Posts.message("m-" + worker + "-" + i, "msg " + worker + " " + i);
                            if (posts.post("/messages", message).statusCode() / 100 == 2) {
                                ackedMessages.put("m-" + worker + "-" + i, message);
                            }
                        }
                    }
                } catch (UncheckedIOException e) {
                    // the collector was killed
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (ackedResults.size() < 200 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        collector.process().destroyForcibly(); // SIGKILL
        assertThat(collector.ended()).isTrue();
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(collector.output()).noneMatch(line -> line.contains("stopped"));
        assertThat(ackedResults).hasSizeGreaterThanOrEqualTo(200);

        List<String> log = new CopyOnWriteArrayList<>();
        try (CollectServer restarted = CollectServer.start(CollectOptions.defaults(data).withLanguage(Locale.ENGLISH).withPort(0)
                .withRateLimit(RateLimit.OFF).withZone(ZoneId.of("Asia/Shanghai")).withLog(log::add))) {
            List<JsonNode> results = Posts.lines(data.resolve("results.jsonl"));
            assertThat(countById(results)).containsAllEntriesOf(ones(ackedResults.keySet()))
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            List<JsonNode> messages = Posts.lines(data.resolve("messages.jsonl"));
            System.out.printf("crash test: SIGKILL after %d acknowledged results and %d messages; after restart "
                    + "%d result lines and %d message lines, every acknowledged one exactly once%n",
                    ackedResults.size(), ackedMessages.size(), results.size(), messages.size());
            assertThat(countById(messages)).containsAllEntriesOf(ones(ackedMessages.keySet()))
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            Map<String, Integer> csvRows = new HashMap<>();
            CsvScan.of(Files.readString(data.resolve("messages-pending.csv")))
                    .rows().stream().skip(1).forEach(row -> csvRows.merge(row.get(2), 1, Integer::sum));
            assertThat(csvRows).hasSize(messages.size()).allSatisfy((text, count) -> assertThat(count).isEqualTo(1));
            messages.forEach(m -> assertThat(csvRows).containsKey(m.get("message").asText()));

            Posts again = new Posts(HTTP, restarted.port());
            ackedResults.values().stream().limit(100).forEach(quiz ->
                    assertThat(again.post("/quiz", quiz).statusCode()).isEqualTo(200));
            ackedMessages.values().stream().limit(50).forEach(message ->
                    assertThat(again.post("/messages", message).statusCode()).isEqualTo(200));
            assertThat(Posts.lines(data.resolve("results.jsonl"))).hasSameSizeAs(results);
        }
    }

    @Test
    void finishesRequestInFlightOnSigterm() throws Exception {
        CollectorProcess collector = launch();
        byte[] quiz = Posts.quiz("slow-device", "claim-9").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", collector.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /quiz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + quiz.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(quiz, 0, 40);
            out.flush();
            Thread.sleep(500); // the request is in the collector's hands, half read

            collector.process().toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
            Thread.sleep(500);
            assertThat(collector.process().isAlive()).as("waits for the request in flight: %s", collector.output())
                    .isTrue();
            out.write(quiz, 40, quiz.length - 40);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 201 ").contains("\"ok\":true");
        }
        assertThat(collector.ended()).isTrue();
        assertThat(collector.output()).contains("bulletin collect: stopping; 1 request(s) in flight",
                "bulletin collect: stopped; 1 results, 0 messages stored");
        assertThat(collector.process().exitValue()).isEqualTo(143); // 128 + SIGTERM, after the shutdown hook
        assertThat(Posts.lines(data.resolve("results.jsonl"))).singleElement()
                .satisfies(r -> assertThat(r.get("client").asText()).isEqualTo("slow-device"));
        assertThat(Files.readString(data.resolve("collect.lock"))).isEqualTo("stopped\n");
    }

    private static Map<String, Integer> countById(List<JsonNode> records) {
        Map<String, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(r.get("id").asText(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> ones(Set<String> ids) {
        Map<String, Integer> out = new HashMap<>();
        ids.forEach(id -> out.put(id, 1));
        return out;
    }
}

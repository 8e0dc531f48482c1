package org.bulletin.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Test helper: builds the JSON the pages send and posts it over real HTTP. */
final class Posts {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String base;

    Posts(HttpClient client, int port) {
        this.client = client;
        this.base = "http://127.0.0.1:" + port;
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static String quiz(String client, String claim) {
        return "{\"quiz\":\"fraud-2026\",\"quizVersion\":\"v1a2b3\",\"client\":\"" + client + "\","
                + "\"claim\":" + (claim == null ? "null" : "\"" + claim + "\"") + ","
                + "\"answers\":{\"q1\":[0],\"q2\":[1,3]},\"score\":80,"
                + "\"startedAt\":\"2026-11-28T01:00:00.000Z\",\"submittedAt\":\"2026-11-28T01:03:10.512Z\","
                + "\"name\":\"王芳\",\"phone\":\"13800000000\"}";
    }

    static String message(String id, String text) {
        return "{\"id\":\"" + id + "\",\"name\":\"李大爷\",\"message\":\"" + text + "\",\"client\":\"c-1\","
                + "\"sentAt\":\"2026-11-27T23:30:00.000Z\",\"page\":\"/messages.html\"}";
    }

    HttpResponse<String> post(String path, String body) {
        return post(path, body, "application/json");
    }

    HttpResponse<String> post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of a JSON-lines file, parsed; fails on a line that is not JSON. */
    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new AssertionError(file + " does not end with a line break");
        }
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}

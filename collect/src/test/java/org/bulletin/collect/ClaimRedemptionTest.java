package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.bulletin.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed claims and redemption (核销) with the collector as a separate process on 127.0.0.1: the key and the
 * staff token are made owner-only, a prize-level result is answered with a signed code (the same on a
 * retry), the staff endpoints need the token, a redemption survives SIGKILL and is refused the second time.
 */
@SlowTest
class ClaimRedemptionTest {

    @TempDir
    Path data;
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = Posts.newClient();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    private CollectorProcess launch() throws Exception {
        CollectorProcess c = CollectorProcess.launch(System.getProperty("java.class.path"), List.of(),
                "--data", data.toString(), "--port", "0", "--rate-limit", "off");
        processes.add(c.process());
        assertThat(c.port()).as(String.join("\n", c.output())).isPositive();
        return c;
    }

    private HttpResponse<String> staff(int port, String method, String path, String body, String token)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            b.header("X-Staff-Token", token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void signsPrizeClaimsAndARedemptionSurvivesSigkillAndIsRefusedTheSecondTime() throws Exception {
        CollectorProcess collector = launch();
        int port = collector.port();
        Posts posts = new Posts(http, port);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("claim.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("staff.token"))))
                .isEqualTo("rw-------");
        String token = Files.readString(data.resolve("staff.token")).strip();

        HttpResponse<String> stored = posts.post("/quiz", Posts.quiz("device-1", "K7M2-9QXD"));
        assertThat(stored.statusCode()).isEqualTo(201);
        String code = Posts.JSON.readTree(stored.body()).path("claim").asText();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(Posts.JSON.readTree(posts.post("/quiz", Posts.quiz("device-1", "K7M2-9QXD")).body())
                .path("claim").asText()).as("a retry gets the same code").isEqualTo(code);
        assertThat(Posts.JSON.readTree(posts.post("/quiz", Posts.quiz("device-2", null)).body()).has("claim"))
                .as("no claim asked, none signed").isFalse();
        JsonNode line = Posts.JSON.readTree(Files.readAllLines(data.resolve("results.jsonl")).get(0));
        assertThat(line.path("signedClaim").asText()).isEqualTo(code);
        assertThat(ClaimSigner.read(data).code(line)).isEqualTo(code);
        assertThat(line.path("address").asText()).isEqualTo("127.0.0.1");

        HttpResponse<String> page = staff(port, "GET", "/redeem?code=" + code, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(page.body()).contains("<script src=\"redeem.js\"></script>").doesNotContain("<script>");
        assertThat(staff(port, "GET", "/redeem/status?code=" + code, null, null).statusCode()).isEqualTo(401);
        assertThat(staff(port, "GET", "/redeem/status?code=" + code, null, "wrong-token").statusCode()).isEqualTo(401);
        JsonNode before = Posts.JSON.readTree(staff(port, "GET", "/redeem/status?code=" + code, null, token).body());
        assertThat(before.path("state").asText()).isEqualTo("eligible");
        assertThat(before.path("name").asText()).isEqualTo("王芳");
        assertThat(Posts.JSON.readTree(staff(port, "GET", "/redeem/status?code=AAAA-BBBB-CCCC", null, token).body())
                .path("state").asText()).isEqualTo("unknown");
        assertThat(staff(port, "POST", "/redeem/confirm", "{\"code\":\"AAAA-BBBB-CCCC\",\"by\":\"小李\"}", token)
                .statusCode()).as("an unknown code changes nothing").isEqualTo(409);

        HttpResponse<String> redeemed = staff(port, "POST", "/redeem/confirm",
                "{\"code\":\"" + code.toLowerCase() + "\",\"by\":\"小李\"}", token);
        assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(201);
        assertThat(Posts.JSON.readTree(redeemed.body()).path("state").asText()).isEqualTo("redeemed-now");

        collector.process().destroyForcibly(); // SIGKILL right after the answer
        collector.process().waitFor();
        CollectorProcess again = launch();
        HttpResponse<String> second = staff(again.port(), "POST", "/redeem/confirm",
                "{\"code\":\"" + code + "\",\"by\":\"小王\"}", token);
        assertThat(second.statusCode()).isEqualTo(409);
        JsonNode refused = Posts.JSON.readTree(second.body());
        assertThat(refused.path("state").asText()).isEqualTo("redeemed");
        assertThat(refused.path("by").asText()).isEqualTo("小李");
        assertThat(refused.path("redeemedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(Files.readAllLines(data.resolve("redemptions.jsonl"))).hasSize(1);
    }
}

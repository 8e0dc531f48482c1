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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff page's rules, in process on 127.0.0.1: one prize per phone and quiz, codes as staff type them. */
class RedemptionRulesTest {

    @TempDir
    Path data;
    private final HttpClient http = Posts.newClient();

    private JsonNode staff(int port, String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", "other=1; bulletin_staff=" + token);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return Posts.JSON.readTree(http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void aSecondPrizeForTheSamePhoneIsRefusedAndTypedCodesAreNormalised() throws Exception {
        try (CollectServer collector = CollectServer.start(CollectOptions.defaults(data).withPort(0)
                .withRateLimit(RateLimit.parse("off")))) {
            int port = collector.port();
            Posts posts = new Posts(http, port);
            String first = Posts.JSON.readTree(posts.post("/quiz", Posts.quiz("phone-a", "C-1")).body()).path("claim").asText();
            String second = Posts.JSON.readTree(posts.post("/quiz", Posts.quiz("phone-b", "C-2")).body()).path("claim").asText();
            String token = Files.readString(data.resolve("staff.token")).strip();
            // typed by hand: lower case, spaces, O for 0 and I/L for 1
            String typed = first.toLowerCase().replace("-", " - ").replace('0', 'o').replace('1', 'l');
            JsonNode done = staff(port, "POST", "/redeem/confirm", "{\"code\":\"" + typed + "\",\"by\":\"小李\"}", token);
            assertThat(done.path("state").asText()).isEqualTo("redeemed-now");
            JsonNode other = staff(port, "GET", "/redeem/status?code=" + second, null, token);
            assertThat(other.path("state").asText()).isEqualTo("samePhone");
            assertThat(other.path("redeemedCode").asText()).isEqualTo(first);
            assertThat(staff(port, "POST", "/redeem/confirm", "{\"code\":\"" + second + "\",\"by\":\"小王\"}", token)
                    .path("state").asText()).as("changes nothing").isEqualTo("samePhone");
        }
        assertThat(Files.readAllLines(data.resolve("redemptions.jsonl"))).hasSize(1);
    }
}

package org.bulletin.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The signed claims the collector issued and their redemptions (核销): {@code redemptions.jsonl}, one
 * line per redemption ({@code code, quiz, phone, redeemedAt, by}), appended and fsynced before the
 * staff page is answered, read back at start. A code is redeemed once; a second prize of the same quiz for
 * the same (normalised) phone number is refused too, as the report allows one prize per phone and quiz.
 */
final class ClaimRegistry implements Closeable {

    static final String FILE = "redemptions.jsonl";

    /**
     * What the staff page is told about a code.
     *
     * @param state      {@code unknown}, {@code eligible}, {@code redeemed} (this code) or {@code samePhone}
     *                   (another code of this phone number was redeemed)
     * @param claim      the stored result the code belongs to, or null
     * @param redemption the redemption that decides it, or null
     */
    record Status(String state, JsonNode claim, JsonNode redemption) { }

    private final Map<String, String> codeByKey = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> claimByCode = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> redeemedByCode = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> redeemedByPhone = new ConcurrentHashMap<>();
    private JsonLinesStore redemptions;

    /** Opens {@code redemptions.jsonl} in {@code dir}; call after the results were read. */
    void open(Path dir, ObjectMapper mapper, Consumer<String> log, CollectWords words) throws IOException {
        redemptions = JsonLinesStore.open(dir.resolve(FILE), mapper,
                r -> r.path("code").isTextual() && r.path("redeemedAt").isTextual() ? null : "not a redemption",
                this::remember, records -> { }, log, words);
    }

    /** Indexes a stored (or just stored) result that carries a signed claim. */
    void addResult(String key, JsonNode record) {
        JsonNode code = record.path("signedClaim");
        if (code.isTextual()) {
            codeByKey.putIfAbsent(key, code.asText());
            ObjectNode summary = record.deepCopy();
            summary.remove("answers");
            claimByCode.putIfAbsent(code.asText(), summary);
        }
    }

    /** The signed claim stored for an idempotency key (the first one: retries get the same code), or null. */
    String codeOf(String key) {
        return codeByKey.get(key);
    }

    Status status(String code) {
        ObjectNode claim = claimByCode.get(code);
        if (claim == null) {
            return new Status("unknown", null, null);
        }
        JsonNode done = redeemedByCode.get(code);
        if (done != null) {
            return new Status("redeemed", claim, done);
        }
        String phone = ValueRules.normalisePhone(claim.path("phone").asText(""));
        JsonNode other = phone.isEmpty() ? null : redeemedByPhone.get(claim.path("quiz").asText("") + "\u0000" + phone);
        return other != null ? new Status("samePhone", claim, other) : new Status("eligible", claim, null);
    }

    /**
     * Redeems {@code code} if it is eligible: the redemption is on disk (fsync) before this returns. A code
     * that is unknown or already decided changes nothing and returns its status.
     */
    synchronized Status redeem(String code, String by, Instant now, Duration timeout) throws IOException {
        Status status = status(code);
        if (!status.state().equals("eligible")) {
            return status;
        }
        ObjectNode line = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        line.put("code", code);
        line.put("quiz", status.claim().path("quiz").asText(""));
        line.put("phone", ValueRules.normalisePhone(status.claim().path("phone").asText("")));
        line.put("redeemedAt", now.toString());
        line.put("by", by);
        try {
            redemptions.append(line).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the disk did not confirm the redemption within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while storing the redemption");
        }
        remember(line);
        return new Status("redeemed-now", status.claim(), line);
    }

    int redeemed() {
        return redeemedByCode.size();
    }

    private void remember(JsonNode line) {
        redeemedByCode.putIfAbsent(line.path("code").asText(), line);
        String phone = line.path("phone").asText("");
        if (!phone.isEmpty()) {
            redeemedByPhone.putIfAbsent(line.path("quiz").asText("") + "\u0000" + phone, line);
        }
    }

    @Override
    public void close() throws IOException {
        if (redemptions != null) {
            redemptions.close();
        }
    }
}

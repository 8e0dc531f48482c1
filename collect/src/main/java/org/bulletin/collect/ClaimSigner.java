package org.bulletin.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs prize claims: the collector answers a prize-level result with a claim code that is an HMAC-SHA256,
 * under a key kept in its data folder ({@code claim.key}, created with mode 0600 at the first start), of
 * what it stored: the result's id, quiz, quiz version, answers, name, phone and {@code receivedAt}. Nobody
 * without the key can make a code that {@code bulletin report} accepts, change a signed record (say its
 * {@code receivedAt} or answers) without the code failing, or choose the code they are drawn by.
 * Code: the first 60 bits in Crockford base 32, {@code XXXX-XXXX-XXXX}.
 */
public final class ClaimSigner {

    public static final String KEY_FILE = "claim.key";
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final byte[] key;

    private ClaimSigner(byte[] key) {
        this.key = key.clone();
    }

    /** The key of a data folder, made (32 random bytes, hex, owner-only) when it has none. */
    public static ClaimSigner loadOrCreate(Path dataDir) throws IOException {
        return read(DurableFiles.secretFile(dataDir, KEY_FILE, 32));
    }

    /**
     * The key in {@code path}: a key file, or a collector's data folder holding {@code claim.key}.
     *
     * @throws IOException when it is missing or not a key
     */
    public static ClaimSigner read(Path path) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve(KEY_FILE) : path;
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no claim key here: give the collector's data folder (it holds "
                    + KEY_FILE + ") or that file");
        }
        String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IOException(file + ": not a claim key (64 hex digits): copy " + KEY_FILE
                    + " from the collector's data folder unchanged");
        }
        return new ClaimSigner(HexFormat.of().parseHex(hex));
    }

    /** The claim code of a stored result record (the fields the collector writes). */
    public String code(JsonNode record) {
        Map<String, List<Integer>> answers = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.path("answers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<Integer> chosen = new java.util.ArrayList<>();
            e.getValue().forEach(i -> chosen.add(i.asInt()));
            answers.put(e.getKey(), chosen);
        }
        Map<String, String> blanks = new TreeMap<>();
        record.path("blanks").fields().forEachRemaining(e -> blanks.put(e.getKey(), e.getValue().asText()));
        return code(text(record, "id"), text(record, "quiz"), text(record, "quizVersion"), answers, blanks,
                text(record, "name"), text(record, "phone"), text(record, "receivedAt"));
    }

    /**
     * The claim code of a result given field by field; absent texts are empty. Typed (fill-in) answers are
     * signed too, after the choices, so a result without them keeps the code it always had.
     */
    public String code(String id, String quiz, String quizVersion, Map<String, List<Integer>> answers,
                       Map<String, String> blanks, String name, String phone, String receivedAt) {
        StringBuilder m = new StringBuilder("bulletin-claim-1");
        for (String part : List.of(id, quiz, quizVersion, name, phone, receivedAt)) {
            m.append('\n').append(part.length()).append(':').append(part);
        }
        new TreeMap<>(answers).forEach((q, chosen) -> m.append('\n').append(q.length()).append(':').append(q)
                .append('=').append(chosen));
        new TreeMap<>(blanks).forEach((q, typed) -> m.append("\n_").append(q.length()).append(':').append(q)
                .append('=').append(typed.length()).append(':').append(typed));
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac = hmac.doFinal(m.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[(int) ((bits >>> (64 - 5 * (i + 1))) & 31)]);
        }
        return code.toString();
    }

    /** Whether {@code code} is the code of these fields, compared in constant time. */
    public boolean verifies(String code, String expected) {
        return code != null && MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonNode record, String field) {
        JsonNode v = record.path(field);
        return v.isTextual() ? v.asText() : "";
    }
}

package org.bulletin.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bulletin.text.Sha256;

/**
 * The reproducible prize draw. Anyone with the same eligible list and seed gets the same winners:
 * <ol>
 *   <li>take the eligible records (one per device and quiz, score ≥ the quiz's prize score);</li>
 *   <li>give each the key {@code claim} (its claim code; {@code client:DEVICE} when it has none);</li>
 *   <li>compute {@code SHA-256(seed + ":" + key)} over the UTF-8 bytes, as lower-case hex;</li>
 *   <li>sort by that hex, ties by key, and take the first N.</li>
 * </ol>
 * Shell check: {@code printf '%s' "SEED:CLAIM" | sha256sum}.
 */
public final class PrizeDraw {

    private PrizeDraw() {
    }

    /** The key a record is drawn by. */
    public static String key(ScoredSubmission s) {
        String claim = s.submission().claim();
        return claim.isBlank() ? "client:" + s.submission().client() : claim;
    }

    /** The winners in draw order. */
    public static List<ScoredSubmission> draw(List<ScoredSubmission> eligible, int count, String seed) {
        List<ScoredSubmission> order = new ArrayList<>(eligible);
        order.sort(Comparator.comparing((ScoredSubmission s) -> ticket(seed, key(s))).thenComparing(PrizeDraw::key));
        return List.copyOf(order.subList(0, Math.min(count, order.size())));
    }

    /** {@code SHA-256(seed + ":" + key)} in lower-case hex. */
    public static String ticket(String seed, String key) {
        return Sha256.hex(seed + ":" + key);
    }
}

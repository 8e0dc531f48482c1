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

    /** The key a record is drawn by: the collector's signed claim, else the page's claim, else the device. */
    public static String key(ScoredSubmission s) {
        if (!s.submission().signedClaim().isBlank()) {
            return s.submission().signedClaim();
        }
        String claim = s.submission().claim();
        return claim.isBlank() ? "client:" + s.submission().client() : claim;
    }

    /**
     * The ranking instead of a draw (as public libraries run their quizzes): score, highest first; then time
     * taken (page's start to submit), shortest first; then time received, earliest first; then key.
     */
    public static List<ScoredSubmission> rank(List<ScoredSubmission> eligible, int count) {
        List<ScoredSubmission> order = new ArrayList<>(eligible);
        order.sort(Comparator.comparingDouble((ScoredSubmission s) -> -s.score())
                .thenComparingLong(ScoredSubmission::millisTaken)
                .thenComparing(s -> s.submission().arrived()).thenComparing(PrizeDraw::key));
        return List.copyOf(order.subList(0, Math.min(count, order.size())));
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

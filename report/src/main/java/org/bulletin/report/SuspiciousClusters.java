package org.bulletin.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many results from one address or one device in a short time: {@link #MIN_RESULTS} or more within
 * {@link #WINDOW} (by the collector's {@code receivedAt}). Residents in one hall share an address, so a
 * cluster is for the organisers to look at, not a verdict.
 */
public final class SuspiciousClusters {

    public static final int MIN_RESULTS = 5;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    /**
     * One cluster.
     *
     * @param kind  {@code address} or {@code device}
     * @param who   the address or device id
     * @param count results in the densest window
     * @param first the first of them
     * @param last  the last of them
     */
    public record Cluster(String kind, String who, int count, Instant first, Instant last) { }

    private final Map<String, List<Instant>> byAddress = new HashMap<>();
    private final Map<String, List<Instant>> byDevice = new HashMap<>();

    void add(QuizSubmission s) {
        if (s.paper() || s.receivedAt() == null) {
            return;
        }
        if (!s.address().isEmpty()) {
            byAddress.computeIfAbsent(s.address(), a -> new ArrayList<>()).add(s.receivedAt());
        }
        byDevice.computeIfAbsent(s.client(), a -> new ArrayList<>()).add(s.receivedAt());
    }

    /** Every cluster, addresses first, the largest first, then by name. */
    public List<Cluster> clusters() {
        List<Cluster> out = new ArrayList<>();
        find("address", byAddress, out);
        find("device", byDevice, out);
        return out;
    }

    private static void find(String kind, Map<String, List<Instant>> times, List<Cluster> out) {
        List<Cluster> found = new ArrayList<>();
        new TreeMap<>(times).forEach((who, list) -> {
            if (list.size() < MIN_RESULTS) {
                return;
            }
            List<Instant> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.naturalOrder());
            int best = 0;
            int bestFrom = 0;
            int from = 0;
            for (int to = 0; to < sorted.size(); to++) {
                while (Duration.between(sorted.get(from), sorted.get(to)).compareTo(WINDOW) > 0) {
                    from++;
                }
                if (to - from + 1 > best) {
                    best = to - from + 1;
                    bestFrom = from;
                }
            }
            if (best >= MIN_RESULTS) {
                found.add(new Cluster(kind, who, best, sorted.get(bestFrom), sorted.get(bestFrom + best - 1)));
            }
        });
        found.sort(Comparator.comparingInt(Cluster::count).reversed().thenComparing(Cluster::who));
        out.addAll(found);
    }
}

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
 * Many results from one address or one device in a short time: as many as the {@link ClusterRule} says
 * within its window (by the collector's {@code receivedAt}). Residents in one hall share an address, so a
 * cluster is for the organisers to look at, not a verdict.
 */
public final class SuspiciousClusters {

    private final ClusterRule rule;

    SuspiciousClusters(ClusterRule rule) {
        this.rule = rule;
    }

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
        if (!rule.off()) {
            find("address", byAddress, out);
            find("device", byDevice, out);
        }
        return out;
    }

    private void find(String kind, Map<String, List<Instant>> times, List<Cluster> out) {
        List<Cluster> found = new ArrayList<>();
        new TreeMap<>(times).forEach((who, list) -> {
            if (list.size() < rule.count()) {
                return;
            }
            List<Instant> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.naturalOrder());
            int best = 0;
            int bestFrom = 0;
            int from = 0;
            for (int to = 0; to < sorted.size(); to++) {
                while (Duration.between(sorted.get(from), sorted.get(to)).compareTo(rule.window()) > 0) {
                    from++;
                }
                if (to - from + 1 > best) {
                    best = to - from + 1;
                    bestFrom = from;
                }
            }
            if (best >= rule.count()) {
                found.add(new Cluster(kind, who, best, sorted.get(bestFrom), sorted.get(bestFrom + best - 1)));
            }
        });
        found.sort(Comparator.comparingInt(Cluster::count).reversed().thenComparing(Cluster::who));
        out.addAll(found);
    }
}

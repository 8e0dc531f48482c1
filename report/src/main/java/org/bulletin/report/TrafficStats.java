package org.bulletin.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bulletin.text.Sha256;

/**
 * Page views, unique visitors and visits. A visitor is a salted SHA-256 of a key (IP plus user agent
 * for access logs, the session id for analytics exports) kept as 64 bits in memory only: the salt is
 * random per run and nothing identifying is ever written out. A visit ends after 30 minutes without a
 * page view. Memory grows with visitors and pages, not with log lines.
 */
public final class TrafficStats {

    public static final long VISIT_GAP_SECONDS = 30 * 60;

    private final byte[] salt = new byte[16];
    private final MessageDigest sha;
    private final Map<Long, Long> lastSeen = new HashMap<>();
    private final Map<String, long[]> views = new TreeMap<>();
    private final Map<String, Set<Long>> readers = new HashMap<>();
    private final Set<String> tracked;
    private long pageViews;
    private long visits;
    private long aggregateVisitors;

    /** @param tracked site paths whose distinct readers are counted (the articles) */
    public TrafficStats(Set<String> tracked) {
        this.tracked = Set.copyOf(tracked);
        new SecureRandom().nextBytes(salt);
        sha = Sha256.digest();
    }

    /** The in-memory visitor id of a key. */
    public long visitor(String key) {
        sha.update(salt);
        byte[] d = sha.digest(key.getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xff);
        }
        return v;
    }

    /** One page view of a site path at a time (epoch seconds), by a visitor. */
    public void view(String path, long visitor, long time) {
        pageViews++;
        views.computeIfAbsent(path, p -> new long[1])[0]++;
        if (tracked.contains(path)) {
            readers.computeIfAbsent(path, p -> new HashSet<>()).add(visitor);
        }
        Long last = lastSeen.get(visitor);
        if (last == null || time - last > VISIT_GAP_SECONDS || last - time > VISIT_GAP_SECONDS) {
            visits++;
        }
        if (last == null || time > last) {
            lastSeen.put(visitor, time);
        }
    }

    /** Totals from an aggregated export (Plausible): added as they are. */
    public void aggregate(String path, long views, long visitors, long visits) {
        if (path != null) {
            pageViews += views;
            this.views.computeIfAbsent(path, p -> new long[1])[0] += views;
        }
        aggregateVisitors += visitors;
        this.visits += visits;
    }

    public long pageViews() {
        return pageViews;
    }

    public long visitors() {
        return lastSeen.size() + aggregateVisitors;
    }

    public long visits() {
        return visits;
    }

    /** Views of a site path. */
    public long views(String path) {
        long[] v = views.get(path);
        return v == null ? 0 : v[0];
    }

    /** Distinct visitors of a tracked path (0 for aggregated exports). */
    public long readers(String path) {
        Set<Long> r = readers.get(path);
        return r == null ? 0 : r.size();
    }
}

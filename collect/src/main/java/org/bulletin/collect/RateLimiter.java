package org.bulletin.collect;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-address token buckets: each address may make {@link RateLimit#permits()} submissions at
 * once and regains them evenly over the window. Idle, full buckets are forgotten.
 */
final class RateLimiter {

    private static final int PRUNE_ABOVE = 10_000;

    private final RateLimit limit;
    private final LongSupplier nanoClock;
    private final double nanosPerPermit;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(RateLimit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.nanosPerPermit = limit.unlimited() ? 0 : (double) limit.window().toNanos() / limit.permits();
    }

    /**
     * Takes one permit for {@code address}.
     *
     * @return 0 when permitted, otherwise the seconds to wait before the next permit (at least 1)
     */
    long acquire(String address) {
        if (limit.unlimited()) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> b.fullAt(now, limit.permits(), nanosPerPermit));
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(limit.permits(), now));
        synchronized (bucket) {
            bucket.refill(now, limit.permits(), nanosPerPermit);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missingNanos = (1 - bucket.tokens) * nanosPerPermit;
            return Math.max(1, (long) Math.ceil(missingNanos / 1e9));
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, int capacity, double nanosPerPermit) {
            tokens = Math.min(capacity, tokens + (now - updated) / nanosPerPermit);
            updated = now;
        }

        synchronized boolean fullAt(long now, int capacity, double nanosPerPermit) {
            return tokens + (now - updated) / nanosPerPermit >= capacity;
        }
    }
}

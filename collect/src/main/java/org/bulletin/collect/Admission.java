package org.bulletin.collect;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many submissions are validated and stored at once ({@code working}), and how many may wait
 * for a turn ({@code waiting}): a submission beyond both is refused at once (503), so a burst
 * never piles up unanswered requests.
 */
final class Admission {

    private final Semaphore turns;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    Admission(int working, int maxWaiting) {
        this.turns = new Semaphore(working, true);
        this.maxWaiting = maxWaiting;
    }

    /**
     * Takes a turn, waiting up to {@code timeoutMillis}; false when too many are waiting already
     * or the wait timed out. A true answer must be followed by {@link #leave()}.
     */
    boolean enter(long timeoutMillis) throws InterruptedException {
        if (turns.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return turns.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    void leave() {
        turns.release();
    }
}

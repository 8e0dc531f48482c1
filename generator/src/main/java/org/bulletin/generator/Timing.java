package org.bulletin.generator;

/** Milliseconds for the stages' debug lines. */
final class Timing {

    private Timing() {
    }

    /** Milliseconds since {@code start}, a {@link System#nanoTime()}. */
    static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

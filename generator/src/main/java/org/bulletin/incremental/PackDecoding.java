package org.bulletin.incremental;

import java.util.List;
import java.util.Map;
import org.bulletin.parse.DocumentStore.Entry;

/**
 * The stored entries of a {@link ConversionCache}'s pack file to decode, shared out in slices to every
 * thread that waits for them (the decoding of UTF-8 takes most of a warm build's start).
 */
final class PackDecoding {

    private static final int SLICE = 32;
    private final List<String> keys = new java.util.ArrayList<>();
    /** Cleared as they are decoded: they hold the whole file read for the preload. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<PackFile.Payload> payloads;
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.CountDownLatch done;
    private final Map<String, Entry> memory;

    /** Reads every stored entry of {@code pack}; decoded entries go to {@code memory}. */
    PackDecoding(PackFile pack, Map<String, Entry> memory) {
        this.memory = memory;
        List<PackFile.Payload> all = new java.util.ArrayList<>();
        pack.forEach((key, payload) -> {
            keys.add(key);
            all.add(payload);
        });
        payloads = new java.util.concurrent.atomic.AtomicReferenceArray<>(all.toArray(new PackFile.Payload[0]));
        done = new java.util.concurrent.CountDownLatch((keys.size() + SLICE - 1) / SLICE);
    }

    /** Decodes slices until none is left. */
    void help() {
        for (int start; (start = next.getAndAdd(SLICE)) < keys.size(); ) {
            try {
                for (int i = start; i < Math.min(start + SLICE, keys.size()); i++) {
                    Entry e = decode(payloads.getAndSet(i, null));
                    if (e != null) {
                        memory.putIfAbsent(keys.get(i), e);
                    }
                }
            } finally {
                done.countDown();
            }
        }
    }

    /** Helps, then waits until every slice is decoded. */
    void await() throws InterruptedException {
        help();
        done.await();
    }

    /** The entry stored in {@code p}, or null when there is none or it is damaged. */
    static Entry decode(PackFile.Payload p) {
        if (p == null) {
            return null;
        }
        try {
            return EntryCodec.decode(p.bytes(), p.offset(), p.length());
        } catch (RuntimeException damaged) {
            return null;
        }
    }
}

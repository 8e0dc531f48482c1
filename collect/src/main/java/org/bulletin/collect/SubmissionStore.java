package org.bulletin.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The data folder: {@code results.jsonl}, {@code messages.jsonl}, {@code messages-pending.csv},
 * the idempotency index rebuilt from them, and {@code collect.lock}, which keeps a second
 * collector out and tells whether the last one stopped cleanly.
 */
final class SubmissionStore implements Closeable {

    /**
     * @param duplicate true when an equal submission was stored before
     * @param claim     the signed claim code stored with it, or null
     */
    record Outcome(String id, boolean duplicate, String claim) { }

    private static final String RUNNING = "running\n";
    private static final String STOPPED = "stopped\n";
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JsonLinesStore results;
    private final JsonLinesStore messages;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> stored;
    private final Consumer<String> log;
    private final CollectWords words;
    private final ClaimRegistry claims;
    private final ClaimSigner signer;
    private volatile boolean csvBehind;

    private SubmissionStore(FileChannel lockChannel, FileLock lock, JsonLinesStore results, JsonLinesStore messages,
            ConcurrentHashMap<String, CompletableFuture<Void>> stored, Consumer<String> log, ClaimRegistry claims,
            ClaimSigner signer, CollectWords words) {
        this.words = words;
        this.claims = claims;
        this.signer = signer;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.results = results;
        this.messages = messages;
        this.stored = stored;
        this.log = log;
    }

    static SubmissionStore open(Path dir, ZoneId zone, ObjectMapper mapper, Consumer<String> log) throws IOException {
        return open(dir, zone, mapper, log, CollectWords.of(java.util.Locale.ENGLISH));
    }

    /** The same, its log lines in {@code words}' language. */
    static SubmissionStore open(Path dir, ZoneId zone, ObjectMapper mapper, Consumer<String> log, CollectWords words)
            throws IOException {
        Files.createDirectories(dir);
        FileChannel lockChannel = FileChannel.open(dir.resolve("collect.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException(words.say("collect.already-running", dir));
        }
        JsonLinesStore results = null;
        JsonLinesStore messages = null;
        ClaimRegistry claims = new ClaimRegistry();
        try {
            ClaimSigner signer = ClaimSigner.loadOrCreate(dir);
            boolean afterCrash = readState(lockChannel).equals(RUNNING);
            writeState(lockChannel, RUNNING);
            ConcurrentHashMap<String, CompletableFuture<Void>> stored = new ConcurrentHashMap<>();
            CompletableFuture<Void> done = DONE;
            results = JsonLinesStore.open(dir.resolve(Submission.Kind.RESULT.fileName), mapper,
                    r -> SubmissionValidator.storedProblem(Submission.Kind.RESULT, r),
                    r -> {
                        String key = SubmissionValidator.keyOf(Submission.Kind.RESULT, r);
                        stored.put(key, done);
                        claims.addResult(key, r);
                    },
                    records -> { }, log, words);
            claims.open(dir, mapper, log, words);
            PendingMessagesCsv csv = new PendingMessagesCsv(dir.resolve("messages-pending.csv"), zone, log, words);
            List<JsonNode> storedMessages = new ArrayList<>();
            SubmissionStore[] self = new SubmissionStore[1];
            messages = JsonLinesStore.open(dir.resolve(Submission.Kind.MESSAGE.fileName), mapper,
                    m -> SubmissionValidator.storedProblem(Submission.Kind.MESSAGE, m),
                    m -> {
                        stored.put(SubmissionValidator.keyOf(Submission.Kind.MESSAGE, m), done);
                        storedMessages.add(m);
                    },
                    records -> self[0].copyToCsv(csv, records), log, words);
            self[0] = new SubmissionStore(lockChannel, lock, results, messages, stored, log, claims, signer, words);
            try {
                csv.recover(storedMessages, afterCrash);
            } catch (IOException | RuntimeException e) {
                self[0].csvBehind = true; // tried again at the next start
                log.accept(words.say("collect.csv.catch-up-failed", e.getMessage()));
            }
            return self[0];
        } catch (IOException | RuntimeException e) {
            if (results != null) {
                results.close();
            }
            if (messages != null) {
                messages.close();
            }
            claims.close();
            lockChannel.close();
            throw e;
        }
    }

    /** Runs on the messages writer thread: the messages are already durable in messages.jsonl. */
    private void copyToCsv(PendingMessagesCsv csv, List<ObjectNode> records) {
        try {
            csv.add(records);
        } catch (IOException | RuntimeException e) {
            csvBehind = true;
            log.accept(words.say("collect.csv.add-failed", records.size(), e.getMessage()));
        }
    }

    ClaimRegistry claims() {
        return claims;
    }

    ClaimSigner signer() {
        return signer;
    }

    int results() {
        return results.lines();
    }

    int messages() {
        return messages.lines();
    }

    /**
     * Stores {@code submission} once: returns when it is on disk, or when an equal submission
     * stored earlier is.
     *
     * @throws IOException when it could not be stored (nothing is kept; the page may retry)
     */
    Outcome store(Submission submission, Duration timeout) throws IOException {
        while (true) {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> earlier = stored.putIfAbsent(submission.key(), mine);
            CompletableFuture<Void> waitFor = earlier != null ? earlier : mine;
            if (earlier == null) {
                JsonLinesStore target = submission.kind() == Submission.Kind.RESULT ? results : messages;
                target.append(submission.record()).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        stored.remove(submission.key(), mine);
                        mine.completeExceptionally(failure);
                    } else {
                        if (submission.kind() == Submission.Kind.RESULT) {
                            claims.addResult(submission.key(), submission.record());
                        }
                        mine.complete(null);
                        stored.replace(submission.key(), mine, DONE); // keep one shared future per key
                    }
                });
            }
            try {
                waitFor.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return new Outcome(submission.id(), earlier != null, claims.codeOf(submission.key()));
            } catch (ExecutionException e) {
                if (earlier == null) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                }
                // the earlier copy failed and was removed from the index: store this one
            } catch (TimeoutException e) {
                throw new IOException("the disk did not confirm the write within " + timeout.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while storing");
            }
        }
    }

    /** Writes what is queued, closes the files and records a clean stop. */
    @Override
    public void close() throws IOException {
        try {
            results.close();
            messages.close();
            claims.close();
            writeState(lockChannel, csvBehind ? RUNNING : STOPPED);
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private static String readState(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        buffer.flip();
        return StandardCharsets.US_ASCII.decode(buffer).toString();
    }

    /** Overwrites the state in place (both states have 8 bytes), so a crash never leaves it empty. */
    private static void writeState(FileChannel channel, String state) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(state.getBytes(StandardCharsets.US_ASCII));
        while (bytes.hasRemaining()) {
            channel.write(bytes, bytes.position());
        }
        channel.truncate(state.length());
        channel.force(true);
    }
}

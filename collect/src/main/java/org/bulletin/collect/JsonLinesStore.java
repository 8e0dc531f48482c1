package org.bulletin.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * An append-only file of JSON objects, one a line. {@link #append} completes only once the line
 * is on disk: a single writer thread takes every line waiting, writes them together and
 * fsyncs once (group commit), so many submissions share one fsync.
 */
final class JsonLinesStore implements Closeable {

    /** Why a stored record cannot be used (null when it can). */
    interface RecordCheck {
        String problem(ObjectNode record);
    }

    /** Runs on the writer thread after a batch is durable, before its submitters are answered. */
    interface AfterCommit {
        void committed(List<ObjectNode> records);
    }

    static final int MAX_BATCH = 512;
    private static final Pending STOP = new Pending(null, null, null);

    private final Path file;
    private final FileChannel channel;
    private final AppendFile data;
    private final AfterCommit afterCommit;
    private final Consumer<String> log;
    private final CollectWords words;
    private final ObjectMapper mapper;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Object appendLock = new Object();
    private boolean closed;
    private long size;
    private volatile int lines;
    private volatile IOException broken;

    private record Pending(byte[] line, ObjectNode record, CompletableFuture<Void> done) { }

    private JsonLinesStore(AppendFile data, long size, int lines, AfterCommit afterCommit, ObjectMapper mapper,
            Consumer<String> log, CollectWords words) {
        this.words = words;
        this.data = data;
        this.file = data.file();
        this.channel = data.channel();
        this.size = size;
        this.lines = lines;
        this.afterCommit = afterCommit;
        this.mapper = mapper;
        this.log = log;
        this.writer = new Thread(this::writeLoop, "collect-writer-" + file.getFileName());
        writer.start();
    }

    /**
     * Opens (or creates) {@code file}: sets aside a half-written last line as
     * {@code file.partial-N}, copies every record {@code check} finds a problem in to
     * {@code file.rejected} (it stays in place, and is skipped), hands every other stored record to
     * {@code eachRecord}, then starts the writer.
     */
    static JsonLinesStore open(Path file, ObjectMapper mapper, RecordCheck check, Consumer<JsonNode> eachRecord,
            AfterCommit afterCommit, Consumer<String> log) throws IOException {
        return open(file, mapper, check, eachRecord, afterCommit, log, CollectWords.of(java.util.Locale.ENGLISH));
    }

    /** The same, its log lines in {@code words}' language. */
    static JsonLinesStore open(Path file, ObjectMapper mapper, RecordCheck check, Consumer<JsonNode> eachRecord,
            AfterCommit afterCommit, Consumer<String> log, CollectWords words) throws IOException {
        boolean created = !Files.exists(file);
        AppendFile data = AppendFile.open(file);
        FileChannel channel = data.channel();
        try {
            if (created) {
                DurableFiles.syncDirectory(file.getParent());
            }
            List<byte[]> rejected = new ArrayList<>();
            long[] scan = scan(file, mapper, check, eachRecord, rejected, log, words);
            DurableFiles.keepRejected(file.resolveSibling(file.getFileName() + ".rejected"), rejected);
            long goodSize = scan[0];
            if (goodSize < channel.size()) {
                Path aside = DurableFiles.setAside(file, goodSize);
                channel.truncate(goodSize);
                channel.force(true);
                log.accept(words.say("collect.partial-line", file.getFileName(), Files.size(aside), aside.getFileName()));
            }
            data.lock(words);
            return new JsonLinesStore(data, goodSize, (int) scan[1], afterCommit, mapper, log, words);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** @return {end of the last complete line, number of records} */
    private static long[] scan(Path file, ObjectMapper mapper, RecordCheck check, Consumer<JsonNode> eachRecord,
            List<byte[]> rejected, Consumer<String> log, CollectWords words) throws IOException {
        long offset = 0;
        long goodSize = 0;
        long records = 0;
        int lineNumber = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                lineNumber++;
                goodSize = offset;
                if (line.size() > 0) {
                    JsonNode node = parse(mapper, line.toByteArray());
                    String problem = node instanceof ObjectNode object ? check.problem(object) : null;
                    if (problem != null) {
                        line.write('\n');
                        rejected.add(line.toByteArray());
                        log.accept(words.say("collect.rejected-line", file.getFileName() + ":" + lineNumber, problem,
                                file.getFileName() + ".rejected"));
                    } else if (node instanceof ObjectNode) {
                        eachRecord.accept(node);
                        records++;
                    } else {
                        log.accept(words.say("collect.not-an-object", file.getFileName() + ":" + lineNumber));
                    }
                }
                line.reset();
            }
        }
        return new long[] {goodSize, records};
    }

    private static JsonNode parse(ObjectMapper mapper, byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    Path file() {
        return file;
    }

    /** Records stored so far. */
    int lines() {
        return lines;
    }

    /** Queues {@code record}; the future completes when it is durably on disk. */
    CompletableFuture<Void> append(ObjectNode record) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        byte[] line;
        try {
            byte[] json = mapper.writeValueAsBytes(record);
            line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
        } catch (IOException e) {
            done.completeExceptionally(e);
            return done;
        }
        synchronized (appendLock) {
            IOException failure = broken;
            if (closed || failure != null) {
                done.completeExceptionally(failure != null ? failure : new IOException("the collector is stopping"));
            } else {
                queue.add(new Pending(line, record, done));
            }
        }
        return done;
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() stops the writer, after the queue is empty
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            if (batch.get(batch.size() - 1) == STOP) {
                batch.remove(batch.size() - 1);
                stopping = true;
            }
            if (!batch.isEmpty()) {
                try {
                    commit(batch);
                } catch (RuntimeException | Error e) {
                    // one bad record must not stop the writer: fail this batch, carry on
                    log.accept(words.say("collect.store-internal-error", file.getFileName(), e, batch.size()));
                    IOException failure = new IOException("internal error while storing: " + e, e);
                    batch.forEach(p -> p.done().completeExceptionally(failure));
                }
            }
            batch.clear();
        }
    }

    private void commit(List<Pending> batch) {
        ByteBuffer[] buffers = new ByteBuffer[batch.size()];
        long total = 0;
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = ByteBuffer.wrap(batch.get(i).line());
            total += buffers[i].remaining();
        }
        try {
            if (broken != null) {
                throw broken;
            }
            checkUnchanged();
            long written = 0;
            while (written < total) {
                written += channel.write(buffers);
            }
            channel.force(false); // fdatasync: data and file size
        } catch (IOException e) {
            if (broken == null) {
                undo(e);
            }
            batch.forEach(p -> p.done().completeExceptionally(e));
            return;
        }
        size += total;
        lines += batch.size();
        try {
            afterCommit.committed(batch.stream().map(Pending::record).toList());
        } catch (RuntimeException e) {
            log.accept(words.say("collect.after-storing", file.getFileName(), batch.size(), e));
        } finally {
            batch.forEach(p -> p.done().complete(null));
        }
    }

    /** Refuses to write into a file that is no longer the one written so far (see {@link AppendFile}). */
    private void checkUnchanged() throws IOException {
        String change = data.changeSince(size);
        if (change != null) {
            broken = new IOException(file.getFileName() + " " + change);
            log.accept(words.say("collect.file-changed", file, change));
            throw broken;
        }
    }

    /** After a failed write, cuts the file back to its last durable line, or stops taking appends. */
    private void undo(IOException cause) {
        log.accept(words.say("collect.write-failed", file.getFileName(), cause.getMessage()));
        try {
            channel.truncate(size);
            channel.force(true);
        } catch (IOException e) {
            broken = new IOException(file.getFileName() + " cannot be written: " + e.getMessage(), e);
            log.accept(words.say("collect.cut-back-failed", file.getFileName(), e.getMessage()));
        }
    }

    /** Writes everything queued, fsyncs and closes the file. */
    @Override
    public void close() throws IOException {
        synchronized (appendLock) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        channel.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.bulletin.collect;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (not a test): sustained accepted submissions per second with fsync on, and latency
 * percentiles. Run with {@code bench/collect-bench.sh [threads] [seconds] [data-dir]}.
 * Each client thread keeps one HTTP/1.1 keep-alive connection and posts unique quiz results.
 */
public final class CollectBenchmark {

    private CollectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path data = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("collect-bench");
        int warmupSeconds = 5;
        try (CollectServer server = CollectServer.start(CollectOptions.defaults(data).withPort(0)
                .withRateLimit(RateLimit.OFF).withLog(System.out::println))) {
            long[][] latencies = new long[threads][];
            AtomicLong accepted = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            long start = System.nanoTime();
            long measureFrom = start + warmupSeconds * 1_000_000_000L;
            long end = measureFrom + seconds * 1_000_000_000L;
            CountDownLatch done = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    try {
                        latencies[thread] = run(server.port(), "bench-" + thread + "-" + start, measureFrom, end,
                                accepted, refused);
                    } catch (IOException e) {
                        System.out.println("client " + thread + " failed: " + e);
                        latencies[thread] = new long[0];
                    } finally {
                        done.countDown();
                    }
                });
                worker.start();
            }
            done.await();
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf(Locale.ROOT, "threads %d, measured %d s after %d s warm-up, fsync on, data in %s%n",
                    threads, seconds, warmupSeconds, data);
            System.out.printf(Locale.ROOT, "accepted %d submissions/s (%d in the window; refused or failed: %d)%n",
                    all.length / seconds, all.length, refused.get());
            System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n",
                    ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), ms(all, 1.0));
            server.close();
            long lines = Posts.lines(data.resolve("results.jsonl")).size();
            System.out.printf(Locale.ROOT, "results.jsonl: %d lines, acknowledged in total: %d%s%n", lines,
                    accepted.get(), lines == accepted.get() ? " (match)" : " (MISMATCH)");
        }
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Posts until {@code end}; returns the latencies (ns) of requests started after {@code measureFrom}. */
    private static long[] run(int port, String client, long measureFrom, long end, AtomicLong accepted,
            AtomicLong refused) throws IOException {
        List<Long> measured = new ArrayList<>();
        boolean reconnect = "close".equals(System.getenv("BENCH_CONNECTION"));
        Socket socket = null;
        try {
            OutputStream out = null;
            InputStream in = null;
            for (int i = 0; ; i++) {
                long begin = System.nanoTime();
                if (begin >= end) {
                    break;
                }
                if (socket == null || reconnect) {
                    if (socket != null && !socket.isClosed()) {
                        socket.close();
                    }
                    socket = new Socket("127.0.0.1", port);
                    socket.setTcpNoDelay(true);
                    out = socket.getOutputStream();
                    in = new BufferedInputStream(socket.getInputStream());
                }
                byte[] body = Posts.quiz(client, "claim-" + i).getBytes(StandardCharsets.UTF_8);
                byte[] head = ("POST /quiz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + (reconnect ? "Connection: close\r\n" : "")
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] request = new byte[head.length + body.length];
                System.arraycopy(head, 0, request, 0, head.length);
                System.arraycopy(body, 0, request, head.length, body.length);
                out.write(request);
                out.flush();
                int status = readResponse(in);
                if (status < 0) { // the collector closes after replying (no TCP_NODELAY)
                    status = -status;
                    socket.close();
                    socket = null;
                }
                long took = System.nanoTime() - begin;
                if (status == 201) {
                    accepted.incrementAndGet();
                    if (begin >= measureFrom) {
                        measured.add(took);
                    }
                } else {
                    refused.incrementAndGet();
                }
            }
        } finally {
            if (socket != null) {
                socket.close();
            }
        }
        return measured.stream().mapToLong(Long::longValue).toArray();
    }

    /** The status, negative when the server closes the connection after this response. */
    private static int readResponse(InputStream in) throws IOException {
        String statusLine = readLine(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        int length = 0;
        boolean close = false;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        in.readNBytes(length);
        return close ? -status : status;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}

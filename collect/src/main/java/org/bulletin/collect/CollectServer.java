package org.bulletin.collect;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bulletin collect}: receives quiz results ({@code POST /quiz}) and residents' messages
 * ({@code POST /messages}) and answers only once each is durably stored. Start with
 * {@link #start(CollectOptions)}, stop with {@link #close()}: requests in flight finish first.
 */
public final class CollectServer implements AutoCloseable {

    /** Connections read at once; each slow one is cut off after the request read limit. */
    static final int READERS = 512;

    private final CollectOptions options;
    private final HttpServer server;
    private final ExecutorService executor;
    private final SubmissionStore store;
    private final CollectEndpoints endpoints;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean draining;
    /** Without TCP_NODELAY a keep-alive response waits ~40 ms for a delayed ACK: close instead. */
    private final boolean closeAfterReply = !Boolean.getBoolean("sun.net.httpserver.nodelay");

    private CollectServer(CollectOptions options, HttpServer server, ExecutorService executor, SubmissionStore store,
            ObjectMapper mapper, String staffToken) {
        this.options = options;
        this.server = server;
        this.executor = executor;
        this.store = store;
        this.endpoints = new CollectEndpoints(options, store, mapper, closeAfterReply, staffToken);
    }

    /**
     * Opens the data folder (setting aside half-written lines, rebuilding the duplicate index)
     * and starts listening.
     *
     * @throws IOException with a plain message when the folder or the port cannot be used
     */
    public static CollectServer start(CollectOptions options) throws IOException {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        CollectWords words = options.words();
        SubmissionStore store = SubmissionStore.open(options.dataDir(), options.zone(), mapper, options.log(), words);
        String staffToken;
        try {
            staffToken = StaffEndpoints.loadOrCreateToken(options.dataDir());
        } catch (IOException e) {
            store.close();
            throw e;
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 1024);
        } catch (IOException e) {
            store.close();
            String why = e instanceof BindException ? e.getMessage() : e.toString();
            throw new IOException(words.say("collect.cannot-listen", options.bind() + ":" + options.port(), why), e);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        // The JDK server reads a request's headers on the executor's thread: a connection sending
        // slowly holds one until sun.net.httpserver.maxReqTime cuts it off. So threads are added on
        // demand up to READERS, and a connection beyond that is closed at once (the JDK's answer to a
        // refused task), never queued behind slow ones; the work itself is bounded by Admission.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(options.threads(), Math.max(READERS, options.threads()),
                30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "collect-http-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        CollectServer collector = new CollectServer(options, server, executor, store, mapper, staffToken);
        server.setExecutor(executor);
        server.createContext("/", collector::handle);
        server.start();
        options.log().accept(words.say("collect.listening", "http://" + hostForUrl(options.bind()) + ":" + collector.port(),
                options.dataDir().resolve(StaffEndpoints.TOKEN_FILE), options.dataDir(), store.results(), store.messages(),
                options.rateLimit().unlimited() ? words.say("collect.no-rate-limit")
                        : words.say("collect.rate-limit", options.rateLimit()),
                options.origins().isEmpty() ? words.say("collect.same-origin-only") : String.join(" ", options.origins()))
                + (collector.closeAfterReply ? words.say("collect.no-nodelay") : ""));
        return collector;
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops taking requests, lets those in flight finish (up to the shutdown grace), writes and
     * fsyncs everything queued and releases the data folder. Safe to call twice.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        draining = true;
        int running = inFlight.get();
        if (running > 0) {
            options.log().accept(options.words().say("collect.stopping", running));
        }
        long deadline = System.nanoTime() + options.shutdownGrace().toNanos();
        synchronized (idle) {
            long left;
            while (inFlight.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    idle.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    break;
                }
            }
        }
        int unfinished = inFlight.get();
        server.stop(0);
        executor.shutdown();
        CollectWords words = options.words();
        String result;
        try {
            executor.awaitTermination(options.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
            store.close();
            result = words.say("collect.stored", store.results(), store.messages());
        } catch (IOException e) {
            result = words.say("collect.close-failed", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = words.say("collect.close-interrupted");
        }
        options.log().accept(words.say("collect.stopped", result)
                + (unfinished > 0 ? words.say("collect.unfinished", unfinished) : ""));
        stopped.countDown();
    }

    private void handle(HttpExchange exchange) {
        inFlight.incrementAndGet();
        try {
            if (draining) {
                exchange.getResponseHeaders().set("Connection", "close");
                endpoints.reply(exchange, 503, endpoints.error("the collector is stopping; try again in a moment"));
            } else {
                endpoints.route(exchange);
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        } catch (RuntimeException e) {
            options.log().accept(options.words().say("collect.internal-error", exchange.getRequestURI().getRawPath(), e));
            try {
                endpoints.reply(exchange, 500, endpoints.error("internal error"));
            } catch (IOException | RuntimeException ignored) {
                // response already started or client gone
            }
        } finally {
            exchange.close();
            if (inFlight.decrementAndGet() == 0 && draining) {
                synchronized (idle) {
                    idle.notifyAll();
                }
            }
        }
    }

    private static String hostForUrl(String bind) {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }
}

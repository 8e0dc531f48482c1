package org.bulletin.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
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

    static final int MAX_BODY = 16 * 1024;
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final CollectOptions options;
    private final HttpServer server;
    private final ExecutorService executor;
    private final SubmissionStore store;
    private final SubmissionValidator validator;
    private final RateLimiter limiter;
    private final ObjectMapper mapper;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean draining;
    /** Without TCP_NODELAY a keep-alive response waits ~40 ms for a delayed ACK: close instead. */
    private final boolean closeAfterReply = !Boolean.getBoolean("sun.net.httpserver.nodelay");

    private CollectServer(CollectOptions options, HttpServer server, ExecutorService executor, SubmissionStore store,
            ObjectMapper mapper) {
        this.options = options;
        this.server = server;
        this.executor = executor;
        this.store = store;
        this.mapper = mapper;
        this.validator = new SubmissionValidator(options.catalog());
        this.limiter = new RateLimiter(options.rateLimit(), System::nanoTime);
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
        SubmissionStore store = SubmissionStore.open(options.dataDir(), options.zone(), mapper, options.log());
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 1024);
        } catch (IOException e) {
            store.close();
            String why = e instanceof BindException ? e.getMessage() : e.toString();
            throw new IOException("cannot listen on " + options.bind() + ":" + options.port() + ": " + why, e);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(options.threads(), options.threads(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "collect-http-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        CollectServer collector = new CollectServer(options, server, executor, store, mapper);
        server.setExecutor(executor);
        server.createContext("/", collector::handle);
        server.start();
        options.log().accept("bulletin collect: listening on http://" + hostForUrl(options.bind()) + ":"
                + collector.port() + " (POST /quiz, POST /messages, GET /health); data in " + options.dataDir()
                + " (" + store.results() + " results, " + store.messages() + " messages); "
                + (options.rateLimit().unlimited() ? "no rate limit" : "rate limit " + options.rateLimit() + " per address")
                + "; browser origins: "
                + (options.origins().isEmpty() ? "same origin only" : String.join(" ", options.origins()))
                + (collector.closeAfterReply ? "; TCP_NODELAY is off, so connections close after each reply"
                        + " (start java with -Dsun.net.httpserver.nodelay=true to keep them open)" : ""));
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
            options.log().accept("bulletin collect: stopping; " + running + " request(s) in flight");
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
        String result;
        try {
            executor.awaitTermination(options.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
            store.close();
            result = store.results() + " results, " + store.messages() + " messages stored";
        } catch (IOException e) {
            result = "could not close the data files cleanly: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = "interrupted while closing";
        }
        options.log().accept("bulletin collect: stopped; " + result
                + (unfinished > 0 ? "; " + unfinished + " request(s) were still running after the grace time" : ""));
        stopped.countDown();
    }

    private void handle(HttpExchange exchange) {
        inFlight.incrementAndGet();
        try {
            if (draining) {
                exchange.getResponseHeaders().set("Connection", "close");
                reply(exchange, 503, error("the collector is stopping; try again in a moment"));
            } else {
                route(exchange);
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        } catch (RuntimeException e) {
            options.log().accept("bulletin collect: internal error on " + exchange.getRequestURI().getRawPath()
                    + ": " + e);
            try {
                reply(exchange, 500, error("internal error"));
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

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        switch (path) {
            case "/health" -> {
                if (method.equals("GET") || method.equals("HEAD")) {
                    reply(exchange, 200, mapper.createObjectNode().put("ok", true));
                } else {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    reply(exchange, 405, error("use GET for /health"));
                }
            }
            case "/quiz" -> submit(exchange, Submission.Kind.RESULT);
            case "/messages" -> submit(exchange, Submission.Kind.MESSAGE);
            default -> reply(exchange, 404, error("no such endpoint; use POST /quiz or POST /messages"));
        }
    }

    private void submit(HttpExchange exchange, Submission.Kind kind) throws IOException {
        Headers request = exchange.getRequestHeaders();
        String origin = request.getFirst("Origin");
        boolean originAllowed = origin != null && options.origins().contains(origin.toLowerCase(Locale.ROOT));
        if (origin != null && !options.origins().isEmpty() && !originAllowed) {
            reply(exchange, 403, error("this collector does not accept submissions from " + origin));
            return;
        }
        Headers response = exchange.getResponseHeaders();
        if (originAllowed) {
            response.set("Access-Control-Allow-Origin", origin);
            response.set("Vary", "Origin");
        }
        String method = exchange.getRequestMethod();
        if (method.equals("OPTIONS")) {
            response.set("Allow", "POST, OPTIONS");
            if (originAllowed) {
                response.set("Access-Control-Allow-Methods", "POST");
                response.set("Access-Control-Allow-Headers", "Content-Type");
                response.set("Access-Control-Max-Age", "600");
            }
            reply(exchange, 204, null);
            return;
        }
        if (!method.equals("POST")) {
            response.set("Allow", "POST, OPTIONS");
            reply(exchange, 405, error("use POST to submit"));
            return;
        }
        long wait = limiter.acquire(HttpExchanges.clientAddress(exchange));
        if (wait > 0) {
            response.set("Retry-After", Long.toString(wait));
            reply(exchange, 429, error("too many submissions from this address; try again in " + wait + " s"));
            return;
        }
        if (!HttpExchanges.acceptedContentType(request.getFirst("Content-Type"))) {
            reply(exchange, 415, error("send the body as Content-Type: application/json (or text/plain;charset=UTF-8)"));
            return;
        }
        byte[] body = HttpExchanges.readBody(exchange);
        if (body == null) {
            reply(exchange, 413, error("the body is larger than " + MAX_BODY / 1024 + " KB"));
            return;
        }
        Submission submission;
        try {
            JsonNode json = mapper.readTree(body);
            Instant now = Instant.now();
            submission = kind == Submission.Kind.RESULT ? validator.quizResult(json, now) : validator.message(json, now);
        } catch (JsonProcessingException e) {
            reply(exchange, 400, error("the body is not valid JSON: " + HttpExchanges.shortReason(e)));
            return;
        } catch (Rejection e) {
            reply(exchange, e.status(), error(e.getMessage()));
            return;
        }
        SubmissionStore.Outcome outcome;
        try {
            outcome = store.store(submission, STORE_TIMEOUT);
        } catch (IOException e) {
            options.log().accept("bulletin collect: could not store a " + kind.fileName + " record: " + e.getMessage());
            reply(exchange, 503, error("could not store the submission; try again later"));
            return;
        }
        ObjectNode ok = mapper.createObjectNode().put("ok", true).put("id", outcome.id())
                .put("duplicate", outcome.duplicate());
        reply(exchange, outcome.duplicate() ? 200 : 201, ok);
    }

    private ObjectNode error(String message) {
        return mapper.createObjectNode().put("ok", false).put("error", message);
    }

    private void reply(HttpExchange exchange, int status, ObjectNode json) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (closeAfterReply) {
            headers.set("Connection", "close");
        }
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        if (json == null || exchange.getRequestMethod().equals("HEAD")) {
            if (json != null) {
                headers.set("Content-Type", "application/json; charset=utf-8");
            }
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = mapper.writeValueAsBytes(json);
        headers.set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String hostForUrl(String bind) {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }
}

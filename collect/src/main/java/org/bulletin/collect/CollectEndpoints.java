package org.bulletin.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The collector's endpoints: routes one request, applies the origin (CORS), method, rate-limit,
 * content-type and size checks, validates and stores the submission (at most {@code threads} at
 * once, a bounded number waiting, 503 beyond) and writes the JSON reply.
 * {@link CollectServer} owns the lifecycle around it (listening, draining, stopping).
 */
final class CollectEndpoints {

    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ADMISSION_WAIT = Duration.ofSeconds(10);

    private final CollectOptions options;
    private final SubmissionStore store;
    private final SubmissionValidator validator;
    private final RateLimiter limiter;
    private final ObjectMapper mapper;
    private final boolean closeAfterReply;
    private final Admission admission;
    private final StaffEndpoints staff;

    /**
     * @param closeAfterReply true: every reply says {@code Connection: close} (TCP_NODELAY is off)
     */
    CollectEndpoints(CollectOptions options, SubmissionStore store, ObjectMapper mapper, boolean closeAfterReply,
            String staffToken) {
        this.options = options;
        this.store = store;
        this.mapper = mapper;
        this.closeAfterReply = closeAfterReply;
        this.validator = new SubmissionValidator(options.catalog(), store.signer());
        this.limiter = new RateLimiter(options.rateLimit(), System::nanoTime);
        this.admission = new Admission(options.threads(), 4 * options.threads());
        this.staff = new StaffEndpoints(store.claims(), staffToken, mapper, options.zone(), this, options.words(),
                options.catalog() != null);
    }

    void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (staff.route(exchange, path)) {
            return;
        }
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
            response.set("Access-Control-Expose-Headers", "Retry-After"); // the quiz page waits as told
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
            reply(exchange, 413, error("the body is larger than " + HttpExchanges.MAX_BODY / 1024 + " KB"));
            return;
        }
        boolean admitted;
        try {
            admitted = admission.enter(ADMISSION_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.set("Retry-After", "1");
            reply(exchange, 503, error("the collector is busy; try again in a moment"));
            return;
        }
        try {
            validateAndStore(exchange, kind, body);
        } finally {
            admission.leave();
        }
    }

    private void validateAndStore(HttpExchange exchange, Submission.Kind kind, byte[] body) throws IOException {
        Submission submission;
        try {
            JsonNode json = mapper.readTree(body);
            Instant now = Instant.now();
            submission = kind == Submission.Kind.RESULT
                    ? validator.quizResult(json, now, HttpExchanges.clientAddress(exchange)) : validator.message(json, now);
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
            options.log().accept(options.words().say("collect.store-failed", kind.fileName, e.getMessage()));
            reply(exchange, 503, error("could not store the submission; try again later"));
            return;
        }
        ObjectNode ok = mapper.createObjectNode().put("ok", true).put("id", outcome.id())
                .put("duplicate", outcome.duplicate());
        if (outcome.claim() != null) {
            ok.put("claim", outcome.claim()); // the signed claim code the page shows instead of its own
        }
        reply(exchange, outcome.duplicate() ? 200 : 201, ok);
    }

    ObjectNode error(String message) {
        return mapper.createObjectNode().put("ok", false).put("error", message);
    }

    void reply(HttpExchange exchange, int status, ObjectNode json) throws IOException {
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
}

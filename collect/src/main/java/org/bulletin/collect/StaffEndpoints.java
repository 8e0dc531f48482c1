package org.bulletin.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Redemption (核销) for staff: {@code GET /redeem?code=…} is the page the claim QR opens (a static page
 * and script, no inline script, strict CSP); {@code GET /redeem/status?code=…} and
 * {@code POST /redeem/confirm {"code","by"}} answer it, with the staff token (the file {@code staff.token}
 * in the data folder, made at the first start) in the {@code X-Staff-Token} header or the
 * {@code bulletin_staff} cookie. A redemption is on disk before it is answered, and redeeming twice
 * changes nothing.
 */
final class StaffEndpoints {

    static final String TOKEN_FILE = "staff.token";
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ClaimRegistry claims;
    private final byte[] token;
    private final ObjectMapper mapper;
    private final ZoneId zone;
    private final CollectEndpoints out;
    private final CollectWords words;
    private final boolean scoresVerified;

    StaffEndpoints(ClaimRegistry claims, String token, ObjectMapper mapper, ZoneId zone, CollectEndpoints out,
                   CollectWords words, boolean scoresVerified) {
        this.words = words;
        this.scoresVerified = scoresVerified;
        this.claims = claims;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.mapper = mapper;
        this.zone = zone;
        this.out = out;
    }

    /** The staff token of a data folder, made (random, owner-only) when it has none. */
    static String loadOrCreateToken(Path dataDir) throws IOException {
        Path file = DurableFiles.secretFile(dataDir, TOKEN_FILE, 12);
        String value = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (value.length() < 8) {
            throw new IOException(file + ": the staff token must have at least 8 characters");
        }
        return value;
    }

    /** True when the request was one of the staff paths (and has been answered). */
    boolean route(HttpExchange exchange, String path) throws IOException {
        switch (path) {
            case "/redeem" -> page(exchange);
            case "/redeem.js" -> asset(exchange, "redeem.js", "text/javascript; charset=utf-8");
            case "/redeem.css" -> asset(exchange, "redeem.css", "text/css; charset=utf-8");
            case "/redeem/status" -> status(exchange);
            case "/redeem/confirm" -> confirm(exchange);
            case "/favicon.ico" -> { // browsers ask for it on the staff page: nothing, rather than a 404
                exchange.getResponseHeaders().set("Cache-Control", "max-age=86400");
                exchange.sendResponseHeaders(204, -1);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void asset(HttpExchange exchange, String name, String type) throws IOException {
        byte[] bytes;
        try (InputStream in = StaffEndpoints.class.getResourceAsStream(name)) {
            bytes = in.readAllBytes();
        }
        send(exchange, bytes, type);
    }

    /**
     * The staff page in the collector's language: a name such as {@code {{page.title}}} in {@code redeem.html} becomes that word of
     * the catalogue, and the script's words ({@code staff.*}) go with it as a JSON data block (not run, so
     * the strict policy allows it).
     */
    private void page(HttpExchange exchange) throws IOException {
        String html;
        try (InputStream in = StaffEndpoints.class.getResourceAsStream("redeem.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        send(exchange, render(html).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    String render(String template) throws IOException {
        ObjectNode script = mapper.createObjectNode();
        words.messages().forEach((key, pattern) -> {
            if (key.startsWith("staff.")) {
                script.put(key, pattern);
            }
        });
        String json = mapper.writeValueAsString(script).replace("<", "\\u003c").replace("&", "\\u0026");
        StringBuilder b = new StringBuilder(template.length() + json.length());
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (close < 0) {
                b.append(template, i, template.length());
                break;
            }
            b.append(template, i, open);
            String name = template.substring(open + 2, close);
            b.append(switch (name) {
                case "lang" -> words.locale().toLanguageTag();
                case "words" -> json;
                default -> escape(words.say(name));
            });
            i = close + 2;
        }
        return b.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void send(HttpExchange exchange, byte[] bytes, String type) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            out.reply(exchange, 405, out.error("use GET"));
            return;
        }
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Content-Security-Policy", CSP);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void status(HttpExchange exchange) throws IOException {
        if (!allowed(exchange, "GET")) {
            return;
        }
        String code = query(exchange, "code");
        out.reply(exchange, 200, answer(claims.status(normalise(code)), code));
    }

    private void confirm(HttpExchange exchange) throws IOException {
        if (!allowed(exchange, "POST")) {
            return;
        }
        byte[] body = HttpExchanges.readBody(exchange);
        JsonNode json;
        try {
            json = body == null ? null : mapper.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.path("code").isTextual()) {
            out.reply(exchange, 400, out.error("send {\"code\":\"…\",\"by\":\"staff name\"}"));
            return;
        }
        String by = json.path("by").asText("").strip();
        by = by.isEmpty() ? "staff" : by.substring(0, Math.min(by.length(), 60));
        ClaimRegistry.Status status;
        try {
            status = claims.redeem(normalise(json.path("code").asText()), by, Instant.now(), Duration.ofSeconds(30));
        } catch (IOException e) {
            out.reply(exchange, 503, out.error("could not record the redemption; nothing changed; try again"));
            return;
        }
        out.reply(exchange, status.state().equals("redeemed-now") ? 201 : 409, answer(status, json.path("code").asText()));
    }

    private ObjectNode answer(ClaimRegistry.Status status, String code) {
        ObjectNode a = mapper.createObjectNode().put("ok", true).put("code", code).put("state", status.state());
        // without --site the collector signed the claim on the page's own score: the staff page says so
        a.put("verified", scoresVerified);
        if (status.claim() != null) {
            JsonNode c = status.claim();
            a.put("quiz", c.path("quiz").asText(""));
            a.put("name", c.path("name").asText(""));
            a.put("phone", c.path("phone").asText(""));
            a.put("score", c.path("score").asDouble());
            a.put("receivedAt", local(c.path("receivedAt").asText("")));
        }
        if (status.redemption() != null) {
            a.put("redeemedCode", status.redemption().path("code").asText(""));
            a.put("redeemedAt", local(status.redemption().path("redeemedAt").asText("")));
            a.put("by", status.redemption().path("by").asText(""));
        }
        return a;
    }

    private String local(String instant) {
        try {
            return TIME.format(Instant.parse(instant).atZone(zone));
        } catch (RuntimeException e) {
            return instant;
        }
    }

    private boolean allowed(HttpExchange exchange, String method) throws IOException {
        if (!exchange.getRequestMethod().equals(method)) {
            exchange.getResponseHeaders().set("Allow", method);
            out.reply(exchange, 405, out.error("use " + method));
            return false;
        }
        if (!MessageDigest.isEqual(token, presented(exchange).getBytes(StandardCharsets.UTF_8))) {
            out.reply(exchange, 401, out.error("staff token missing or wrong: enter the token from "
                    + TOKEN_FILE + " in the collector's data folder"));
            return false;
        }
        return true;
    }

    private static String presented(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("X-Staff-Token");
        if (header != null) {
            return header.strip();
        }
        String cookies = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookies != null) {
            for (String c : cookies.split(";")) {
                String[] kv = c.strip().split("=", 2);
                if (kv.length == 2 && kv[0].equals("bulletin_staff")) {
                    return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    private static String query(HttpExchange exchange, String name) {
        String q = exchange.getRequestURI().getRawQuery();
        if (q != null) {
            for (String part : q.split("&")) {
                String[] kv = part.split("=", 2);
                if (kv.length == 2 && kv[0].equals(name)) {
                    return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    /** Codes as staff may type them: upper case, O→0, I/L→1, spaces dropped. */
    static String normalise(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
    }
}

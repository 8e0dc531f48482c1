package org.bulletin.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Locale;

/** Reading a request: content type, bounded body, client address, plain JSON error reasons. */
final class HttpExchanges {

    /** The largest body accepted, in bytes. */
    static final int MAX_BODY = 16 * 1024;

    private HttpExchanges() {
    }

    /** Jackson's reason without its class names and source excerpt. */
    static String shortReason(JsonProcessingException e) {
        String reason = String.valueOf(e.getOriginalMessage());
        for (String tail : new String[] {" (bound as", "\n", " at [Source"}) {
            int cut = reason.indexOf(tail);
            if (cut > 0) {
                reason = reason.substring(0, cut);
            }
        }
        return e.getLocation() == null ? reason : reason + " (at character " + e.getLocation().getCharOffset() + ")";
    }

    /** The peer address; behind a local proxy (peer on loopback) the proxy's {@code X-Real-IP}. */
    static String clientAddress(HttpExchange exchange) {
        InetSocketAddress peer = exchange.getRemoteAddress();
        String forwarded = exchange.getRequestHeaders().getFirst("X-Real-IP");
        if (forwarded != null && !forwarded.isBlank() && peer.getAddress().isLoopbackAddress()) {
            return forwarded.trim();
        }
        return peer.getAddress().getHostAddress();
    }

    static boolean acceptedContentType(String header) {
        if (header == null) {
            return false;
        }
        String[] parts = header.toLowerCase(Locale.ROOT).split(";");
        String type = parts[0].trim();
        if (!type.equals("application/json") && !type.equals("text/plain")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            if (param.startsWith("charset=") && !param.substring(8).replace("\"", "").trim().equals("utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** The body, or null when it is larger than {@link #MAX_BODY}. */
    static byte[] readBody(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }
}

package org.bulletin.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The live-reload channel: an event stream and its small script (an external file, so CSP holds). */
final class LiveReload {

    private static final String TAG = "<script src=\"/__bulletin/livereload.js\" defer></script>";

    private LiveReload() {
    }

    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.lastIndexOf("</body>");
        String out = at < 0 ? page + TAG : page.substring(0, at) + TAG + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static void handle(HttpExchange ex, String what, List<HttpExchange> listeners) throws IOException {
        if (what.equals("livereload.js") || what.equals(ProblemsBox.STYLESHEET)) {
            try (InputStream in = LiveReload.class.getResourceAsStream(what)) {
                byte[] body = in.readAllBytes();
                ex.getResponseHeaders().set("Content-Type", what.endsWith(".js") ? "text/javascript; charset=utf-8"
                        : "text/css; charset=utf-8");
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            return;
        }
        if (what.equals("events")) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            listeners.add(ex);
            // keep the exchange open: the server thread parks here until the page goes away
            synchronized (ex) {
                try {
                    while (listeners.contains(ex)) {
                        ex.wait(15_000);
                        ex.getResponseBody().write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                        ex.getResponseBody().flush();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    listeners.remove(ex);
                }
            }
            return;
        }
        ex.sendResponseHeaders(404, -1);
    }
}

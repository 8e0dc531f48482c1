package org.bulletin.render;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** For the quiz pages in a browser ({@link org.bulletin.testing.Browser}): a tiny collect endpoint that records what they POST. */
final class QuizBrowserSupport {

    private QuizBrowserSupport() {
    }

    /** A collect endpoint on 127.0.0.1 that records every POSTed body and answers CORS preflights. */
    static final class Receiver implements AutoCloseable {
        final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();
        final int port;
        private HttpServer server;

        Receiver(int port) throws IOException {
            this.server = start(port);
            this.port = server.getAddress().getPort();
        }

        private HttpServer start(int at) throws IOException {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", at), 16);
            s.createContext("/collect", this::handle);
            s.start();
            return s;
        }

        String url() {
            return "http://127.0.0.1:" + port + "/collect";
        }

        void down() {
            server.stop(0);
        }

        void up() throws IOException {
            server = start(port);
        }

        private void handle(HttpExchange exchange) throws IOException {
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "POST");
            exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "Content-Type");
            if ("POST".equals(exchange.getRequestMethod())) {
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (type == null || !type.startsWith("application/json")) {
                    bodies.add("wrong content type: " + type);
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** The strict CSP of the dev server, with the collect endpoint allowed for fetch. */
    static String csp(String base, String collectOrigin) {
        return base.replace("connect-src 'self'", "connect-src 'self' " + collectOrigin);
    }
}

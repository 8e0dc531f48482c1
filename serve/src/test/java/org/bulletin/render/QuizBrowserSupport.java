package org.bulletin.render;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.serve.StaticSiteServer;
import org.bulletin.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** For the quiz pages in a browser ({@link org.bulletin.testing.Browser}): a tiny collect endpoint that records what they POST. */
final class QuizBrowserSupport {

    private QuizBrowserSupport() {
    }

    /** One scripted answer of the endpoint: a status, an optional {@code Retry-After} and a JSON body. */
    record Reply(int status, String retryAfter, String body) {
    }

    /**
     * A collect endpoint on 127.0.0.1 that records every POSTed body and answers CORS preflights; POSTs
     * get the scripted {@link #replies} in turn, then 204.
     */
    static final class Receiver implements AutoCloseable {
        final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();
        final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
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
            exchange.getResponseHeaders().add("Access-Control-Expose-Headers", "Retry-After");
            Reply reply = null;
            if ("POST".equals(exchange.getRequestMethod())) {
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (type == null || !type.startsWith("application/json")) {
                    bodies.add("wrong content type: " + type);
                }
                reply = replies.poll();
            }
            if (reply == null) {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                return;
            }
            if (reply.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
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

    /**
     * A site (zh-CN unless told) with the given quizzes (id to AsciiDoc; {@code {submit}} becomes the submit URL line of
     * the receiver), built, served with the strict CSP and opened in Chromium.
     */
    static final class QuizSite implements AutoCloseable {
        final Receiver receiver;
        final StaticSiteServer server;
        final ChromeDriver browser;
        final String base;

        QuizSite(SiteGenerator generator, Path work, Map<String, String> quizzes) throws Exception {
            this(generator, work, quizzes, "zh-CN");
        }

        QuizSite(SiteGenerator generator, Path work, Map<String, String> quizzes, String locale) throws Exception {
            Browser.require();
            receiver = new Receiver(0);
            Path site = work.resolve("site");
            Files.createDirectories(site.resolve("content/quiz"));
            Files.writeString(site.resolve("jbake.properties"), "site.title=Quiz test\nsite.locale=" + locale + "\n"
                    + "site.host=http://127.0.0.1/\n");
            for (Map.Entry<String, String> q : quizzes.entrySet()) {
                Files.writeString(site.resolve("content/quiz/" + q.getKey() + ".adoc"),
                        q.getValue().replace("{submit}", ":quiz-submit-url: " + receiver.url() + "\n"));
            }
            Path out = work.resolve("out");
            BuildResult result = generator.build(BuildRequest.of(site, out));
            if (!result.errors().isEmpty()) {
                throw new IllegalStateException("the quiz site does not build: " + result.errors());
            }
            server = new StaticSiteServer("127.0.0.1", 0, () -> out,
                    csp(StaticSiteServer.CSP, "http://127.0.0.1:" + receiver.port), false);
            base = "http://127.0.0.1:" + server.port() + "/";
            browser = Browser.start(1000, 900, "--lang=" + locale);
        }

        /** A fresh device: no stored results, no scripted replies, no console messages, nothing received. */
        void clean() {
            browser.get(base + "index.html");
            browser.executeScript("localStorage.clear()");
            Browser.consoleProblems(browser);
            receiver.replies.clear();
            receiver.bodies.clear();
        }

        void open(String path) {
            browser.get(base + path);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(
                    By.cssSelector("div.quiz[data-ready]")).isEmpty());
        }

        void choose(String quiz, String question, int... options) {
            for (int o : options) {
                browser.findElement(By.cssSelector("label[for='" + quiz + "--" + question + "--" + o + "']")).click();
            }
        }

        void submit() {
            browser.findElement(By.cssSelector("button.quiz-submit")).click();
        }

        String status() {
            return browser.findElement(By.cssSelector("[role=status]")).getText();
        }

        /** The texts of the options of one question, in page order. */
        List<String> options(String quiz, String question) {
            return browser.findElements(By.cssSelector("#" + quiz + "--" + question + " li")).stream()
                    .map(WebElement::getText).toList();
        }

        /** Waits until the element matching {@code css} shows {@code text}. */
        void waitForText(String css, String text, int seconds) {
            new WebDriverWait(browser, Duration.ofSeconds(seconds)).until(d -> d.findElement(By.cssSelector(css))
                    .getText().contains(text));
        }

        /** The next body POSTed within {@code seconds}, or null. */
        String received(int seconds) throws InterruptedException {
            return receiver.bodies.poll(seconds, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            browser.quit();
            server.close();
            receiver.close();
        }
    }
}

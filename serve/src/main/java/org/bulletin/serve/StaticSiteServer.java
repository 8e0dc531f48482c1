package org.bulletin.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bulletin.files.MediaTypes;

/**
 * Serves a built site on 127.0.0.1 (JDK HTTP server, no dependency) with the strict
 * Content-Security-Policy the pages must work under, and a live-reload channel (server-sent events)
 * whose script is added to HTML responses only here, never to the build output. Only files inside the
 * output folder are served: {@code ..} and its encoded forms get 404.
 */
public final class StaticSiteServer implements AutoCloseable {

    /** The policy generated pages are held to. */
    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String RELOAD_PATH = "/__bulletin/";

    private final HttpServer server;
    private final ExecutorService pool;
    private final Supplier<Path> root;
    private final String csp;
    private final boolean liveReload;
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    /** The problems of the last build while it failed (every page served shows them), else null. */
    private volatile ProblemsBox.Shown problems;
    /** The site's path on its host ({@code /meiting/}): also served from there, as the 404 page's links expect. */
    private volatile String basePath = "/";

    /**
     * @param root       the folder to serve (looked up per request: builds swap it)
     * @param csp        the Content-Security-Policy header value
     * @param liveReload add the reload script to pages
     */
    public StaticSiteServer(String bind, int port, Supplier<Path> root, String csp, boolean liveReload)
            throws IOException {
        this.root = root;
        this.csp = csp;
        this.liveReload = liveReload;
        this.server = HttpServer.create(new InetSocketAddress(bind, port), 512);
        // a thread per open request: live-reload event streams stay open for as long as a page is, so a
        // fixed pool would stop answering once that many tabs are open
        this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "bulletin-serve");
                    t.setDaemon(true);
                    return t;
                });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Serves the site under {@code path} as well as at the root: the pages' links are relative, but the 404
     * page's start at the site's path on its host ({@code site.host}'s, e.g. {@code /meiting/}).
     */
    public void basePath(String path) {
        basePath = path == null || !path.startsWith("/") || !path.endsWith("/") ? "/" : path;
    }

    /** Tells every open page to reload (the last build succeeded: pages show no problems any more). */
    public void reload() {
        problems = null;
        send("reload", "now");
    }

    /**
     * Shows build problems in open pages (as text) without reloading, and in every page served until
     * the next {@link #reload}.
     */
    public void problems(String text, java.util.Locale language) {
        ProblemsBox.Shown shown = new ProblemsBox.Shown(text, language);
        problems = shown;
        send("problems", shown.event().replace("\n", "\ndata: "));
    }

    private void send(String event, String data) {
        byte[] bytes = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (HttpExchange ex : listeners) {
            try {
                synchronized (ex) {
                    OutputStream out = ex.getResponseBody();
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException e) {
                listeners.remove(ex);
                ex.close();
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                plain(ex, 405, "method not allowed");
                return;
            }
            String rawPath = ex.getRequestURI().getRawPath();
            if (liveReload && rawPath.startsWith(RELOAD_PATH)) {
                LiveReload.handle(ex, rawPath.substring(RELOAD_PATH.length()), listeners);
                return;
            }
            Path file = resolve(rawPath);
            if (file == null) {
                notFound(ex);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String type = MediaTypes.of(file.getFileName().toString());
            if (liveReload && type.startsWith("text/html")) {
                body = LiveReload.inject(ProblemsBox.inject(body, problems));
            }
            send(ex, 200, type, body);
        } catch (IOException e) {
            // client went away
        }
    }

    /** The file for a request path, or null (404) when it is not a file inside the served folder. */
    Path resolve(String rawPath) throws IOException {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path.indexOf('\0') >= 0 || path.contains("\\") || !path.startsWith("/")) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        Path file = inside(path);
        String prefix = basePath;
        if (file == null && !prefix.equals("/") && (path + "/").startsWith(prefix)) {
            // not a file of the site at the root: the same path under site.host's path, as the 404 page links it
            file = inside(path.length() < prefix.length() ? "/" : path.substring(prefix.length() - 1));
        }
        return file;
    }

    private Path inside(String path) throws IOException {
        Path base = root.get().toRealPath();
        Path file = base.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return file.toRealPath().startsWith(base) ? file : null;
    }

    private void notFound(HttpExchange ex) throws IOException {
        Path page = root.get().resolve("404.html");
        ProblemsBox.Shown shown = problems;
        if (Files.isRegularFile(page)) {
            byte[] body = Files.readAllBytes(page);
            send(ex, 404, "text/html; charset=utf-8", liveReload ? LiveReload.inject(ProblemsBox.inject(body, shown)) : body);
        } else if (liveReload && shown != null) { // no page yet: the first build failed
            send(ex, 404, "text/html; charset=utf-8", LiveReload.inject(ProblemsBox.page(shown)));
        } else {
            plain(ex, 404, "not found");
        }
    }

    private void plain(HttpExchange ex, int status, String text) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Content-Security-Policy", csp);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            ex.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        for (HttpExchange ex : listeners) {
            ex.close();
        }
        server.stop(0);
        pool.shutdownNow();
    }
}

package org.bulletin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The static server serves the output folder and nothing else, on loopback, under load. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StaticSiteServerSecurityTest {

    private static final String SECRET = "SECRET-BESIDE-THE-OUTPUT";

    @TempDir
    Path tmp;
    private Path out;
    private StaticSiteServer server;

    @BeforeEach
    void serve() throws Exception {
        out = tmp.resolve("out");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("index.html"), "<html><body>home</body></html>");
        Files.writeString(out.resolve("404.html"), "<html><body>not here</body></html>");
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Files.createDirectories(tmp.resolve("out2"));
        Files.writeString(tmp.resolve("out2/secret.txt"), SECRET);
        Files.createSymbolicLink(out.resolve("link.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(out.resolve("linkdir"), tmp);
        for (int i = 0; i < 200; i++) {
            Files.writeString(out.resolve("sub/p" + i + ".html"), "<html><body>page " + i + "</body></html>");
        }
        server = new StaticSiteServer("127.0.0.1", 0, () -> out, StaticSiteServer.CSP, false);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesFilesOfTheOutputFolder() throws Exception {
        RawHttp.Response home = RawHttp.get(server.port(), "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("home");
        assertThat(home.head()).containsIgnoringCase("Content-Security-Policy: " + StaticSiteServer.CSP);
        assertThat(RawHttp.get(server.port(), "/sub/p7.html").body()).contains("page 7");
    }

    /** A read-aloud recording beside an article plays in the preview (it was served as a download). */
    @ParameterizedTest
    @ValueSource(strings = {"a.m4a:audio/mp4", "a.ogg:audio/ogg", "a.mp3:audio/mpeg", "a.svg:image/svg+xml; charset=utf-8",
            "a.unknown:application/octet-stream"})
    void eachKindOfFileGetsItsType(String nameAndType) throws Exception {
        String name = nameAndType.substring(0, nameAndType.indexOf(':'));
        Files.write(out.resolve(name), new byte[] {1, 2, 3});
        RawHttp.Response r = RawHttp.get(server.port(), "/" + name);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.head()).containsIgnoringCase("Content-Type: " + nameAndType.substring(name.length() + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/%252e%252e/secret.txt",
        "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
        "//etc/passwd", "/..\\secret.txt", "/%5c..%5csecret.txt", "/..%5csecret.txt", "/sub/../../secret.txt",
        "/sub/%2e%2e/%2e%2e/secret.txt", "/index.html%00", "/index.html%00.txt", "/%00../secret.txt",
        "/%c0%ae%c0%ae/secret.txt", "/..;/secret.txt", "/%2e%2e/out2/secret.txt", "/../out2/secret.txt",
        "/link.txt", "/linkdir/secret.txt", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/etc/passwd",
        "/%2fetc%2fpasswd", "/%252fetc%252fpasswd", "/sub/..%252f..%252fsecret.txt", "/%", "/%zz",
        "http://127.0.0.1/../secret.txt", "/./../secret.txt", "/\\..\\secret.txt"})
    void refusesPathTraversal(String target) throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), target);
        assertThat(response.status()).as(target).isIn(400, 404);
        assertThat(response.body()).doesNotContain(SECRET).doesNotContain("root:");
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    others.add(a);
                }
            }
        }
        assertThat(server.port()).isPositive();
        for (InetAddress a : others) {
            try (Socket s = new Socket(a, server.port())) {
                throw new AssertionError("reachable on " + a);
            } catch (ConnectException expected) {
                // refused: good
            }
        }
    }

    @Test
    void answers200ConcurrentRequestsCorrectly() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(200);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RawHttp.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String target = "/sub/p" + i + ".html";
                answers.add(clients.submit(() -> {
                    start.await();
                    return RawHttp.get(server.port(), target);
                }));
            }
            start.countDown();
            for (int i = 0; i < 200; i++) {
                RawHttp.Response r = answers.get(i).get(60, TimeUnit.SECONDS);
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.body()).isEqualTo("<html><body>page " + i + "</body></html>");
            }
        } finally {
            clients.shutdownNow();
        }
    }
}

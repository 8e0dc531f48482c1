package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slowloris: many connections that send a request a byte at a time (headers or body) must neither
 * stop the collector answering others nor hold on for ever. A real collector process, raw sockets.
 */
class CollectSlowClientsTest {

    private static final HttpClient HTTP = Posts.newClient();
    private static final int SLOW = 200;

    @TempDir
    Path data;

    private final List<Socket> sockets = new ArrayList<>();
    private Process child;

    @AfterEach
    void stop() {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // already closed
            }
        }
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void answersNormalClientsWhileManySlowOnesHangAndCutsTheSlowOnesOff() throws Exception {
        // a request read limit of 3 s instead of the collector's default, to keep the test short
        CollectorProcess collector = CollectorProcess.launch(System.getProperty("java.class.path"),
                List.of("-Dsun.net.httpserver.maxReqTime=3"), "--data", data.toString(),
                "--port", "0", "--rate-limit", "off");
        child = collector.process();
        assertThat(collector.port()).as("%s", collector.output()).isPositive();
        int port = collector.port();

        for (int i = 0; i < SLOW; i++) {
            Socket s = new Socket();
            s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            s.setSoTimeout(100);
            OutputStream out = s.getOutputStream();
            if (i % 2 == 0) { // headers never finished
                out.write(("POST /quiz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-" + i + ": a").getBytes(StandardCharsets.US_ASCII));
            } else { // headers complete, the body never
                out.write(("POST /messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"id\":").getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            sockets.add(s);
        }
        Thread.sleep(300); // every slow connection has reached the collector

        Posts posts = new Posts(HTTP, port);
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = posts.post("/messages", Posts.message("m-" + i, "慢连接之间"));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(millis).as("answered after %d ms", millis).isLessThan(2_000);
        }

        // the slow connections are cut off once the request read limit has passed
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        int open = SLOW;
        while (open > 0 && System.nanoTime() < deadline) {
            open = 0;
            for (Socket s : sockets) {
                if (!closedByPeer(s)) {
                    open++;
                }
            }
        }
        assertThat(open).as("slow connections still open").isZero();
        assertThat(Posts.lines(data.resolve("messages.jsonl"))).hasSize(3);
    }

    private static boolean closedByPeer(Socket s) {
        if (s.isClosed()) {
            return true;
        }
        try {
            InputStream in = s.getInputStream();
            int b = in.read();
            if (b < 0) {
                s.close();
                return true;
            }
            return false;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            try {
                s.close();
            } catch (IOException ignored) {
                // gone
            }
            return true;
        }
    }
}

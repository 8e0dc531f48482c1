package org.bulletin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.SharedGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The dev server rebuilds on an edit and tells connected pages, as an EventSource would see it. */
@ExtendWith(SharedGenerator.class)
class DevServerReloadTest {

    @TempDir
    Path tmp;

    private static Socket events(int port) throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(120_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /__bulletin/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads lines until one starts with {@code prefix}; returns it. */
    private static String readUntil(BufferedReader in, String prefix) throws Exception {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("stream ended before " + prefix);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void editRebuildsAndConnectedPagesReceiveReload(SiteGenerator generator) throws Exception {
        Path site = tmp.resolve("site");
        Path article = site.resolve("content/articles/a.adoc");
        Files.createDirectories(article.getParent());
        Files.writeString(site.resolve("jbake.properties"), "site.title=T\nsite.host=https://example.org/\n");
        Files.writeString(article, "= A\n:jbake-type: post\n:jbake-date: 2022-03-14\n\nFirst version.\n");
        List<Socket> idle = new ArrayList<>();
        try (DevServer server = new DevServer(generator, BuildRequest.of(site, tmp.resolve("out")), "127.0.0.1", 0,
                r -> { }, false)) {
            assertThat(RawHttp.get(server.port(), "/articles/a.html").body()).contains("First version.")
                    .contains("/__bulletin/livereload.js");
            // more open event streams than the server has worker threads: pages must still be served
            for (int i = 0; i < 20; i++) {
                Socket s = events(server.port());
                new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                idle.add(s);
            }
            assertThat(RawHttp.get(server.port(), "/index.html").status()).isEqualTo(200);

            try (Socket stream = events(server.port())) {
                BufferedReader in = new BufferedReader(new InputStreamReader(stream.getInputStream(),
                        StandardCharsets.UTF_8));
                assertThat(readUntil(in, "HTTP/1.1")).contains("200");
                readUntil(in, ": connected");
                Files.writeString(article, "= A\n:jbake-type: post\n:jbake-date: 2022-03-14\n\nSecond version.\n");
                assertThat(readUntil(in, "event: ")).isEqualTo("event: reload");
                assertThat(RawHttp.get(server.port(), "/articles/a.html").body()).contains("Second version.");

                Files.writeString(article, "= A\n:jbake-type: post\n:jbake-date: 2022-13-45\n\nBroken.\n");
                assertThat(readUntil(in, "event: ")).isEqualTo("event: problems");
                // the box's words in the site's language come with the problems: language, title, hint, problems
                assertThat(readUntil(in, "data: ")).isEqualTo("data: zh-CN");
                assertThat(readUntil(in, "data: ")).isEqualTo("data: 构建失败：页面仍是上一次成功构建的内容");
                assertThat(readUntil(in, "data: ")).isEqualTo("data: 修正下面的问题并保存，页面会自动刷新。");
                assertThat(readUntil(in, "data: ")).startsWith("data: content/articles/a.adoc:3: 日期“2022-13-45”无效");
                assertThat(RawHttp.get(server.port(), "/articles/a.html").body()).contains("Second version.");
            }
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }
}

package org.bulletin.collect;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collector on a free port of 127.0.0.1 over a fresh data folder, its log kept, stopped after each
 * test (with the child process a test may have started): what the collector's file tests share.
 */
abstract class RunningCollector {

    static final HttpClient HTTP = Posts.newClient();

    @TempDir
    Path data;

    final List<String> log = new CopyOnWriteArrayList<>();
    CollectServer server;
    /** A second collector or a writer a test starts in its own JVM; killed after the test. */
    Process child;

    /** Starts the collector (no rate limit, dates in Asia/Shanghai) and a client for it. */
    Posts start() throws IOException {
        server = CollectServer.start(CollectOptions.defaults(data).withLanguage(Locale.ENGLISH).withPort(0)
                .withRateLimit(RateLimit.OFF).withZone(ZoneId.of("Asia/Shanghai")).withLog(log::add));
        return new Posts(HTTP, server.port());
    }

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (server != null) {
            server.close();
        }
    }
}

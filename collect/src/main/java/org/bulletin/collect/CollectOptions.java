package org.bulletin.collect;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link CollectServer} runs.
 *
 * @param dataDir       folder for {@code results.jsonl}, {@code messages.jsonl} and
 *                      {@code messages-pending.csv}; created when missing
 * @param bind          address to listen on, {@code 127.0.0.1} by default
 * @param port          TCP port; 0 picks a free one (see {@link CollectServer#port()})
 * @param origins       origins allowed to post from a browser (CORS), e.g.
 *                      {@code https://example.org}; empty = same-origin use only
 * @param rateLimit     submissions per client address
 * @param catalog       quizzes the site publishes, or null to accept any quiz id and version
 * @param zone          time zone for the {@code date} column of {@code messages-pending.csv}
 * @param threads       request handler threads (each waits for its submission's fsync)
 * @param shutdownGrace how long {@link CollectServer#close()} waits for requests in flight
 * @param log           receives one line per start, stop, set-aside partial line and I/O error
 * @param language      the language of the log lines and the staff page (zh-CN unless told: the command
 *                      line's {@code --lang}, else its {@code --site}'s {@code site.locale})
 */
public record CollectOptions(
        Path dataDir,
        String bind,
        int port,
        List<String> origins,
        RateLimit rateLimit,
        QuizCatalog catalog,
        ZoneId zone,
        int threads,
        Duration shutdownGrace,
        Consumer<String> log,
        Locale language) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8787;
    public static final RateLimit DEFAULT_RATE_LIMIT = new RateLimit(120, Duration.ofMinutes(1));

    public CollectOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        bind = bind == null || bind.isBlank() ? DEFAULT_BIND : bind;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        origins = origins == null ? List.of() : origins.stream().map(CollectOptions::normalizeOrigin).toList();
        rateLimit = rateLimit == null ? DEFAULT_RATE_LIMIT : rateLimit;
        zone = zone == null ? ZoneId.systemDefault() : zone;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        shutdownGrace = shutdownGrace == null ? Duration.ofSeconds(10) : shutdownGrace;
        log = log == null ? line -> { } : log;
        language = language == null ? Locale.SIMPLIFIED_CHINESE : language;
    }

    /** Defaults: 127.0.0.1:8787, no CORS origins, 120/min, no catalog, system zone, 64 threads, zh-CN. */
    public static CollectOptions defaults(Path dataDir) {
        return new CollectOptions(dataDir, DEFAULT_BIND, DEFAULT_PORT, List.of(), DEFAULT_RATE_LIMIT,
                null, null, 64, null, null, null);
    }

    public CollectOptions withLanguage(Locale newLanguage) {
        return new CollectOptions(dataDir, bind, port, origins, rateLimit, catalog, zone, threads, shutdownGrace, log,
                newLanguage);
    }

    /** The words of the log and the staff page, in {@link #language()}. */
    public CollectWords words() {
        return CollectWords.of(language);
    }

    public CollectOptions withPort(int newPort) {
        return new CollectOptions(dataDir, bind, newPort, origins, rateLimit, catalog, zone, threads, 
                shutdownGrace, log, language);
    }

    public CollectOptions withBind(String newBind) {
        return new CollectOptions(dataDir, newBind, port, origins, rateLimit, catalog, zone, threads, 
                shutdownGrace, log, language);
    }

    public CollectOptions withOrigins(List<String> newOrigins) {
        return new CollectOptions(dataDir, bind, port, newOrigins, rateLimit, catalog, zone, threads, 
                shutdownGrace, log, language);
    }

    public CollectOptions withRateLimit(RateLimit newLimit) {
        return new CollectOptions(dataDir, bind, port, origins, newLimit, catalog, zone, threads, 
                shutdownGrace, log, language);
    }

    public CollectOptions withCatalog(QuizCatalog newCatalog) {
        return new CollectOptions(dataDir, bind, port, origins, rateLimit, newCatalog, zone, threads, 
                shutdownGrace, log, language);
    }

    public CollectOptions withZone(ZoneId newZone) {
        return new CollectOptions(dataDir, bind, port, origins, rateLimit, catalog, newZone, threads, 
                shutdownGrace, log, language);
    }

    public CollectOptions withThreads(int newThreads) {
        return new CollectOptions(dataDir, bind, port, origins, rateLimit, catalog, zone, newThreads, 
                shutdownGrace, log, language);
    }

    public CollectOptions withShutdownGrace(Duration newGrace) {
        return new CollectOptions(dataDir, bind, port, origins, rateLimit, catalog, zone, threads, 
                newGrace, log, language);
    }

    public CollectOptions withLog(Consumer<String> newLog) {
        return new CollectOptions(dataDir, bind, port, origins, rateLimit, catalog, zone, threads, 
                shutdownGrace, newLog, language);
    }

    /** {@code https://Example.org/} → {@code https://example.org}: browsers send origins without a path. */
    static String normalizeOrigin(String origin) {
        String o = origin.trim();
        while (o.endsWith("/")) {
            o = o.substring(0, o.length() - 1);
        }
        int scheme = o.indexOf("://");
        if (scheme < 1 || o.indexOf('/', scheme + 3) >= 0) {
            throw new IllegalArgumentException("invalid origin '" + origin
                    + "': write scheme and host, like https://example.org or http://localhost:8000");
        }
        return o.substring(0, scheme).toLowerCase(java.util.Locale.ROOT) + "://"
                + o.substring(scheme + 3).toLowerCase(java.util.Locale.ROOT);
    }
}

package org.bulletin.collect;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code bulletin collect}: parses options and runs {@link CollectServer} until stopped. */
@Command(name = "collect", mixinStandardHelpOptions = true, versionProvider = CollectCommand.Version.class,
        description = {"Receives quiz results and residents' messages and stores each durably.",
                "POST /quiz -> DIR/results.jsonl, POST /messages -> DIR/messages.jsonl and "
                        + "DIR/messages-pending.csv, GET /health. Stop with Ctrl+C or SIGTERM."})
public final class CollectCommand implements Callable<Integer> {

    /** The exit codes of the command line (docs/content/reference/command-line.md): a wrong command line, a failed environment. */
    static final int USAGE = 2;
    static final int ENVIRONMENT = 3;
    /** Seconds a client has to send its whole request. */
    static final int REQUEST_SECONDS = 10;
    /** Seconds from the end of the request to the reply taken: above the admission and store waits. */
    static final int REPLY_SECONDS = 60;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Folder for results.jsonl, messages.jsonl and messages-pending.csv (created when missing).")
    private Path data;

    @Option(names = "--site", paramLabel = "SITE",
            description = "Site folder: refuse results for quizzes or quiz versions it does not publish.")
    private Path site;

    @Option(names = "--bind", defaultValue = CollectOptions.DEFAULT_BIND, paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String bind;

    @Option(names = "--port", defaultValue = "8787", paramLabel = "PORT",
            description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--origin", paramLabel = "ORIGIN",
            description = "Origin allowed to post from a browser, like https://example.org (repeatable). "
                    + "Without it only same-origin pages and non-browser clients can post.")
    private List<String> origins = new ArrayList<>();

    @Option(names = "--rate-limit", defaultValue = "120/min", paramLabel = "N/PERIOD",
            converter = RateLimitConverter.class,
            description = "Submissions per client address, like 120/min, 10/s or off (default: ${DEFAULT-VALUE}).")
    private RateLimit rateLimit;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone for the date column of messages-pending.csv, like Asia/Shanghai "
                    + "(default: this computer's zone).")
    private ZoneId zone;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the log and the staff page: zh-CN or en (default: the --site's site.locale, "
                    + "else zh-CN).")
    private String lang;

    private final QuizCatalogLoader catalogLoader;

    /** Without a catalog loader {@code --site} is refused. */
    public CollectCommand() {
        this(null);
    }

    /** @param catalogLoader reads a site's quizzes for {@code --site} */
    public CollectCommand(QuizCatalogLoader catalogLoader) {
        this.catalogLoader = catalogLoader;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Locale language = language();
        CollectWords words = CollectWords.of(language);
        CollectOptions options;
        try {
            QuizCatalog catalog = site == null ? null : loadCatalog(site, words);
            options = CollectOptions.defaults(data).withBind(bind).withPort(port).withOrigins(origins)
                    .withRateLimit(rateLimit).withZone(zone).withCatalog(catalog).withLanguage(language)
                    .withLog(line -> {
                        out.println(line);
                        out.flush();
                    });
        } catch (IOException | IllegalArgumentException e) {
            err.println(words.say("collect.error", e.getMessage()));
            err.flush();
            return e instanceof IOException ? ENVIRONMENT : USAGE;
        }
        limitRequestTimes();
        CollectServer server;
        try {
            server = CollectServer.start(options);
        } catch (IOException e) {
            err.println(words.say("collect.error", e.getMessage()));
            err.flush();
            return ENVIRONMENT;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "collect-shutdown"));
        server.awaitStopped();
        return 0;
    }

    /**
     * The JDK HTTP server's own limits, read once when its first server starts: a request (headers
     * and body) must arrive within {@link #REQUEST_SECONDS}, the reply (including the wait for a
     * turn and for the disk) be sent and taken within {@link #REPLY_SECONDS}, or the connection is
     * closed; a {@code -D} given on the java command line wins.
     */
    private static void limitRequestTimes() {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", Integer.toString(REPLY_SECONDS));
        }
    }

    /** {@code --lang}, else the {@code --site}'s {@code site.locale}, else zh-CN. */
    private Locale language() {
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(lang.strip());
        }
        return site != null ? CollectWords.siteLanguage(site) : Locale.SIMPLIFIED_CHINESE;
    }

    private QuizCatalog loadCatalog(Path siteDir, CollectWords words) throws IOException {
        if (catalogLoader == null) {
            throw new IllegalArgumentException(words.say("collect.no-site-support"));
        }
        return catalogLoader.load(siteDir);
    }

    /** {@code 120/min} → {@link RateLimit}. */
    static final class RateLimitConverter implements ITypeConverter<RateLimit> {
        @Override
        public RateLimit convert(String value) {
            try {
                return RateLimit.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The version in the jar's manifest (every Bulletin jar is built from one version). */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CollectCommand.class.getPackage().getImplementationVersion();
            return new String[] {"bulletin " + (v == null ? "unknown" : v)};
        }
    }
}

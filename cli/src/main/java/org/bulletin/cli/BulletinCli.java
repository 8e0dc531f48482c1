package org.bulletin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.bulletin.problem.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.bulletin.collect.CollectCommand;
/**
 * The {@code bulletin} command. Commands only parse options and call the generator's API; exit codes
 * are those of {@link ExitCodes}.
 */
@Command(name = "bulletin", mixinStandardHelpOptions = true, versionProvider = BulletinCli.Version.class,
        description = "Static site generator for publicity-week microsites.")
public final class BulletinCli {

    /**
     * The commands, in the order {@code bulletin --help} lists them. Picocli builds a command's model by
     * reflection when it is added (its classes cannot be in the AppCDS archive, being Java 5 class
     * files), which took 0.1 s for all of them: a command line that names one gets only that one.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("build", BuildCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("new", NewCommand::new);
        m.put("check", CheckCommand::new);
        m.put("report", ReportCommand::new);
        m.put("deploy", DeployCommand::new);
        m.put("import-quiz", ImportQuizCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        m.put("collect", () -> new CollectCommand(SiteQuizCatalog::of));
        return m;
    }

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Show details, and stack traces of unexpected failures.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT, description = "Print only problems.")
    boolean quiet;

    /** The description of {@code --lang}, before the command and after it ({@link #langOption}). */
    private static final String LANG_DESCRIPTION = "Language of Bulletin's messages: zh-CN or en (default: the site's "
            + "site.locale).";

    @Option(names = "--lang", paramLabel = "LANG", description = LANG_DESCRIPTION)
    String lang;

    /** The language of the messages of this command line once a command knows it (see {@link #language}). */
    private Locale language;

    private final PrintStream out;
    private final PrintStream err;

    BulletinCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        configureLibraries();
        System.exit(run(args, console(java.io.FileDescriptor.out), console(java.io.FileDescriptor.err)));
    }

    /**
     * Standard output or error in the console's charset where the JVM was told it (Windows: a console's
     * code page, 936/GBK on Chinese Windows, as {@code sun.stdout.encoding}), otherwise UTF-8 (pipes,
     * files, terminals on Linux and macOS), whatever the platform's default charset.
     */
    static PrintStream console(java.io.FileDescriptor fd) {
        String property = fd == java.io.FileDescriptor.err ? "sun.stderr.encoding" : "sun.stdout.encoding";
        return new PrintStream(new java.io.FileOutputStream(fd), true, consoleCharset(System.getProperty(property)));
    }

    /** The charset a console asks for, or UTF-8 when it asks for none or for one Java does not know. */
    static java.nio.charset.Charset consoleCharset(String name) {
        try {
            return name == null || name.isBlank() ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** System properties for the libraries, set by {@link #main} (and the AppCDS training run) before any is loaded. */
    static void configureLibraries() {
        // Two look-ups that make the JVM open every jar of the class path (95, JRuby's among them) on every
        // start: picocli looking for Groovy's closure class, and SLF4J (Thymeleaf's logging) looking for a
        // provider with a ServiceLoader. Both are told instead.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        if (System.getProperty("slf4j.provider") == null && present("org.slf4j.nop.NOPServiceProvider")) {
            System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN"); // no line saying it was told
            }
        }
    }

    /** True when the class is there (a class, not a resource, so that the AppCDS archive answers). */
    private static boolean present(String className) {
        try {
            Class.forName(className, false, BulletinCli.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Runs the command line and returns the exit code (used by main and by tests). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        BulletinCli cli = new BulletinCli(out, err);
        CommandLine line = commandLine(cli, args);
        line.setOut(new java.io.PrintWriter(out, true));
        line.setErr(new java.io.PrintWriter(err, true));
        line.setExitCodeExceptionMapper(e -> ExitCodes.ENVIRONMENT);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Locale language = cli.language();
            cli.error(describe(e), language);
            if (cli.verbose) {
                e.printStackTrace(err);
            } else {
                err.println(Text.of("cli.verbose-hint").in(language));
            }
            return ExitCodes.ENVIRONMENT;
        });
        line.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        return line.execute(args);
    }

    /** The command line of {@code cli} for these arguments: every command, or only the one they name. */
    static CommandLine commandLine(BulletinCli cli, String[] args) {
        CommandLine line = new CommandLine(cli);
        String verb = verb(args);
        // help lists them all, as does the usage message of a line that names none (or a wrong one)
        boolean all = verb == null || verb.equals("help") || !COMMANDS.containsKey(verb);
        COMMANDS.forEach((name, command) -> {
            if (all || verb.equals(name)) {
                CommandLine sub = new CommandLine(command.get());
                // after the command too; a command with a --lang of its own (collect, which also runs
                // without this command line) keeps it
                if (sub.getCommandSpec().findOption("--lang") == null) {
                    sub.getCommandSpec().addOption(langOption(cli));
                }
                line.addSubcommand(name, sub);
            }
        });
        return line;
    }

    /** {@code --lang} after a command's name, setting the same field as before it. */
    private static CommandLine.Model.OptionSpec langOption(BulletinCli cli) {
        return CommandLine.Model.OptionSpec.builder("--lang").paramLabel("LANG").type(String.class)
                .description(LANG_DESCRIPTION).hasInitialValue(false)
                .setter(new CommandLine.Model.ISetter() {
                    @Override
                    public <T> T set(T value) {
                        String old = cli.lang;
                        if (value != null) { // picocli resets an option it was not given: keep the one before
                            cli.lang = (String) value;
                        }
                        @SuppressWarnings("unchecked")
                        T previous = (T) old;
                        return previous;
                    }
                })
                .getter(new CommandLine.Model.IGetter() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T get() {
                        return (T) cli.lang;
                    }
                })
                .build();
    }

    /** The first argument that is not an option (the command's name, when the line is right), or null. */
    private static String verb(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /** What went wrong, for people: Bulletin's words around the exception's own (which stay as they are). */
    private static Text describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.NoSuchFileException n) {
            return Text.of("cli.no-such-file", n.getFile());
        }
        if (t instanceof java.nio.file.AccessDeniedException a) {
            return Text.of("cli.permission-denied", a.getFile());
        }
        if (t instanceof java.net.BindException b) {
            return Text.of("cli.cannot-listen", b.getMessage());
        }
        return Text.plain(t.getMessage() != null ? t.getMessage() : t.toString());
    }

    /**
     * The language of the messages of this command line that no build put into words (a failure, the
     * command's own lines): {@code --lang} when given, else the site's {@code site.locale} once a command
     * named its site ({@link #useSiteLanguage}), else English (a command without a site).
     */
    Locale language() {
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(lang.strip().replace('_', '-'));
        }
        return language != null ? language : Locale.ENGLISH;
    }

    /** {@code --lang} as asked, or null for the site's own. */
    Locale askedLanguage() {
        return lang != null && !lang.isBlank() ? language() : null;
    }

    /** Tells the command line the site it works on, whose {@code site.locale} its own lines then follow. */
    Locale useSiteLanguage(java.nio.file.Path siteDir) {
        language = org.bulletin.config.ConfigLoader.language(siteDir);
        return language();
    }

    ConsoleReporter console() {
        return new ConsoleReporter(out, err, verbose, quiet);
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** A problem of the command line itself (no file and line): {@code error: …} / {@code 错误：…}. */
    void error(Text text, Locale language) {
        err.println(Text.of("problem.error", text).in(language));
    }

    /** A warning of the command line itself: {@code warning: …} / {@code 警告：…}. */
    void warning(Text text, Locale language) {
        err.println(Text.of("problem.warning", text).in(language));
    }

    /** The version from the jar's filtered resource. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (var in = BulletinCli.class.getResourceAsStream("/org/bulletin/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"bulletin " + p.getProperty("version", "unknown"), Launcher.describe()};
        }
    }
}

package org.bulletin.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jar's main class: {@code java -jar bulletin.jar …} starts the command line again, in a second JVM,
 * with the options {@code bin/bulletin} gives it (docs/content/developers/performance.md: the C1 compiler only, the serial
 * collector, JRuby's interpreter, the AppCDS archive beside the jar when there is one), because a build
 * with the JVM's defaults took 2–3 times as long. The launchers ({@code bin/bulletin}, {@code bin/bulletin.cmd})
 * pass {@value #MARK} and start the command line directly; so does {@code -Dbulletin.launcher=none} (or the
 * environment variable {@code BULLETIN_RELAUNCH=0}), for a JVM whose options the user chose. This class
 * loads nothing of the command line before it decides: the first JVM lives only as long as the second.
 */
public final class Launcher {

    /** System property that says the JVM was started with Bulletin's options (its value: by what). */
    static final String MARK = "bulletin.launcher";
    private static final int NOT_STARTED = Integer.MIN_VALUE;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty(MARK) == null && !"0".equals(System.getenv("BULLETIN_RELAUNCH"))) {
            Optional<Path> jar = jar();
            if (jar.isPresent()) {
                int code = relaunch(command(jar.get(), userOptions(), args));
                if (code != NOT_STARTED) {
                    System.exit(code);
                }
            }
        }
        BulletinCli.main(args);
    }

    /**
     * The command line of the second JVM: this JVM's java, Bulletin's options, then the options the user
     * gave this JVM (they win), the mark, and the jar with the same arguments.
     */
    static List<String> command(Path jar, List<String> userOptions, String[] args) {
        List<String> cmd = new ArrayList<>();
        boolean windows = File.separatorChar == '\\';
        cmd.add(Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString());
        cmd.addAll(fastOptions(jar, windows ? null : Path.of("/sys/kernel/mm/transparent_hugepage/enabled")));
        cmd.addAll(userOptions);
        cmd.add("-D" + MARK + "=java-jar");
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The options of bin/bulletin (keep the three launchers alike): see its comment for each one's reason. */
    static List<String> fastOptions(Path jar, Path transparentHugePages) {
        List<String> o = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (transparentHugePages != null) {
            try {
                String thp = Files.readString(transparentHugePages);
                if (thp.contains("[always]") || thp.contains("[madvise]")) {
                    o.add("-XX:+UseTransparentHugePages");
                }
            } catch (IOException | RuntimeException e) {
                // no such kernel setting: nothing to ask for
            }
        }
        o.add("-Djruby.compile.mode=OFF");
        o.add("-Dsun.net.httpserver.nodelay=true");
        String name = jar.getFileName().toString();
        Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
        if (Files.isRegularFile(archive)) {
            o.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0"));
        }
        return o;
    }

    /** The jar this class was loaded from, or empty (classes folder in tests and the IDE). */
    static Optional<Path> jar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            Path p = source == null ? null : Path.of(source.getLocation().toURI());
            return p != null && p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)
                    ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The JVM options the user gave this JVM ({@code java -Xmx2g -jar bulletin.jar}), where the system tells
     * them (Linux, macOS; Windows does not: there {@code -Dbulletin.launcher=none} keeps them in force).
     */
    static List<String> userOptions() {
        String[] all = ProcessHandle.current().info().arguments().orElse(new String[0]);
        List<String> options = new ArrayList<>();
        for (String a : all) {
            if (a.equals("-jar") || !a.startsWith("-")) {
                break;
            }
            options.add(a);
        }
        return options;
    }

    /** Runs the second JVM on this console and returns its exit code; a stopped launcher stops it. */
    private static int relaunch(List<String> cmd) {
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException e) {
            // before the command line is read: no site, so in English
            System.err.println(org.bulletin.problem.Text.of("problem.warning",
                    org.bulletin.problem.Text.of("cli.launcher-failed", cmd.get(0), e.getMessage())).english());
            return NOT_STARTED;
        }
        // kill (SIGTERM) or Ctrl-C on this JVM: the second one gets SIGTERM and cleans up (serve's folders)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "bulletin-launcher"));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: only the second JVM's end ends this one
            }
        }
    }

    /**
     * How the user runs Bulletin again, for messages such as "Next: … serve my-week": {@code bulletin}
     * when the launcher that started it is on PATH, the launcher's path when it is not, {@code java -jar
     * …bulletin.jar} when that is how it was started.
     */
    static String again() {
        String launcher = System.getProperty(MARK);
        if (launcher != null && !launcher.equals("java-jar") && !launcher.equals("none")) {
            Path script = Path.of(launcher).toAbsolutePath().normalize();
            String path = System.getenv("PATH");
            if (path != null) {
                for (String dir : path.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
                    try {
                        if (!dir.isBlank() && Path.of(dir).toAbsolutePath().normalize().equals(script.getParent())) {
                            return "bulletin";
                        }
                    } catch (RuntimeException e) {
                        // not a path on this system
                    }
                }
            }
            return quote(script.toString());
        }
        return jar().map(j -> "java -jar " + quote(j.toString())).orElse("bulletin");
    }

    /** A word of a command line as both sh and cmd.exe read it: in double quotes when it has blanks. */
    static String quote(String word) {
        return word.isEmpty() || word.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '&' || c == '(' || c == ')'
                || c == ';' || c == '\'') ? '"' + word + '"' : word;
    }

    /** How this JVM was started, for {@code --version}: with Bulletin's options or with the user's own. */
    static String describe() {
        String launcher = System.getProperty(MARK);
        String java = "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")";
        if (launcher == null || launcher.equals("none")) {
            return java + ", JVM options of your own (BULLETIN_RELAUNCH=0, or not started from bulletin.jar)";
        }
        return java + ", Bulletin's JVM options, started by " + (launcher.equals("java-jar") ? "java -jar" : launcher);
    }
}

package org.bulletin.collect;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The collector on its own ({@code java -jar bulletin-collect.jar}): runs {@link CollectCommand}
 * without a quiz catalog loader (so without {@code --site}) and exits with its code.
 */
public final class CollectMain {

    private CollectMain() {
    }

    public static void main(String[] args) {
        // picocli would otherwise look for Groovy's closure class on every start
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        System.exit(run(args, console(FileDescriptor.out), console(FileDescriptor.err)));
    }

    /** Runs the command line and returns the exit code (used by main and by tests). */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new CollectCommand()).setCommandName("bulletin-collect");
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("bulletin collect: " + e);
            err.flush();
            return CollectCommand.ENVIRONMENT;
        });
        return line.execute(args);
    }

    /** Standard output or error as UTF-8, flushed at each line. */
    private static PrintWriter console(FileDescriptor fd) {
        return new PrintWriter(new java.io.OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}

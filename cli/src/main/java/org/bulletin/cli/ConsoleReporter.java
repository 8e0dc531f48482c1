package org.bulletin.cli;

import java.io.PrintStream;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.ProgressLines;
import org.bulletin.problem.Problem;

/** Prints what a build does and what went wrong, for people: problems on stderr, one per line. */
final class ConsoleReporter implements BuildListener {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean verbose;
    private final boolean quiet;
    private final ProgressLines progress = new ProgressLines();

    ConsoleReporter(PrintStream out, PrintStream err, boolean verbose, boolean quiet) {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.quiet = quiet;
    }

    @Override
    public void info(String message) {
        if (!quiet) {
            out.println(message);
        }
    }

    @Override
    public void debug(String message) {
        if (verbose) {
            out.println(message);
        }
    }

    @Override
    public void progress(String stage, int done, int total) {
        if (!quiet) {
            progress.line(stage, done, total).ifPresent(out::println);
        }
    }

    /** Prints the problems and a one-line summary in the build's language; returns the exit code. */
    int report(BuildResult result) {
        for (Problem p : result.problems()) {
            err.println(p.formatWithSeverity(result.language()));
        }
        if (result.published()) {
            if (!quiet) {
                out.println(result.summary(result.language()));
            }
            return ExitCodes.OK;
        }
        err.println(result.summary(result.language()));
        return ExitCodes.CONTENT;
    }
}

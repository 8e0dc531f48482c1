package org.bulletin.cli;

import java.io.PrintStream;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildResult;
import org.bulletin.model.Problem;

/** Prints what a build does and what went wrong, for people: problems on stderr, one per line. */
final class ConsoleReporter implements BuildListener {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean verbose;
    private final boolean quiet;
    private int lastPercent = -1;

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
        if (quiet || total < 100) {
            return;
        }
        int percent = done * 100 / total;
        if (percent / 10 != lastPercent / 10 || done == total) {
            lastPercent = percent;
            out.println("  " + stage + ": " + percent + "% (" + done + "/" + total + ")");
        }
    }

    /** Prints the problems and a one-line summary; returns the exit code. */
    int report(BuildResult result) {
        for (Problem p : result.problems()) {
            err.println((p.isError() ? "error: " : "warning: ") + p.format());
        }
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        if (result.published()) {
            if (!quiet) {
                out.printf("Built %d pages (%d files) in %.1f s -> %s%s%n", result.pages(), result.files(),
                        result.millis() / 1000.0, result.output(),
                        warnings > 0 ? " (" + count(warnings, "warning") + ")" : "");
            }
            return ExitCodes.OK;
        }
        err.println("Build failed: " + count(errors, "error") + (warnings > 0 ? ", " + count(warnings, "warning") : "")
                + ". Nothing was published; " + result.output() + " is unchanged.");
        return ExitCodes.CONTENT;
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

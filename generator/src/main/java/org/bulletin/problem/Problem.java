package org.bulletin.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong with an editor's input or the build, reported as {@code path:line: message}.
 *
 * @param severity error or warning
 * @param file     the file, relative to the site folder with {@code /} separators; empty when the
 *                 problem concerns the whole build
 * @param line     1-based line number, or 0 when unknown
 * @param message  what is wrong and how to fix it, in plain words
 */
public record Problem(Severity severity, String file, int line, String message) {

    /** Sorts problems by file, then line, then message, so reports are stable. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        file = file == null ? "" : file;
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem as an error (used by strict mode). */
    public Problem asError() {
        return new Problem(Severity.ERROR, file, line, message);
    }

    /** {@code path:line: message}, or {@code path: message} without a line, or the message alone. */
    public String format() {
        if (file.isEmpty()) {
            return message;
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public String toString() {
        return (isError() ? "error: " : "warning: ") + format();
    }
}

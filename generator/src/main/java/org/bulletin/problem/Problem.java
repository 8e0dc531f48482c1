package org.bulletin.problem;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * Something wrong with an editor's input or the build, reported as {@code path:line: message}.
 *
 * @param severity error or warning
 * @param file     the file, relative to the site folder with {@code /} separators; empty when the
 *                 problem concerns the whole build
 * @param line     1-based line number, or 0 when unknown
 * @param text     what is wrong and how to fix it, in plain words: a key of the message catalogue and its
 *                 arguments, put into the site's language where it is shown ({@link #format(Locale)})
 */
public record Problem(Severity severity, String file, int line, Text text) {

    /** Sorts problems by file, then line, then message, so reports are stable. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing((Problem p) -> p.message());

    public Problem {
        Objects.requireNonNull(severity, "severity");
        file = file == null ? "" : file;
        Objects.requireNonNull(text, "text");
    }

    /** A problem in somebody else's words (Asciidoctor's, an exception's), shown as they are. */
    public Problem(Severity severity, String file, int line, String message) {
        this(severity, file, line, Text.plain(message));
    }

    public static Problem error(String file, int line, Text text) {
        return new Problem(Severity.ERROR, file, line, text);
    }

    public static Problem warning(String file, int line, Text text) {
        return new Problem(Severity.WARNING, file, line, text);
    }

    /** An error in somebody else's words; Bulletin's own use {@link #error(String, int, Text)}. */
    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    /** A warning in somebody else's words; Bulletin's own use {@link #warning(String, int, Text)}. */
    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem as an error (used by strict mode). */
    public Problem asError() {
        return new Problem(Severity.ERROR, file, line, text);
    }

    /** The message in English. */
    public String message() {
        return text.english();
    }

    /** The message in the language of {@code locale}. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** {@code path:line: message} in English. */
    public String format() {
        return format(Locale.ENGLISH);
    }

    /**
     * {@code path:line: message}, or {@code path: message} without a line, or the message alone, in the
     * language of {@code locale}; the path and line stay first and machine-readable in every language.
     */
    public String format(Locale locale) {
        String message = text.in(locale);
        if (file.isEmpty()) {
            return message;
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    /** {@code error: path:line: message} ({@code 错误：} in Chinese), as the command line prints it. */
    public String formatWithSeverity(Locale locale) {
        return Text.of(isError() ? "problem.error" : "problem.warning", format(locale)).in(locale);
    }

    @Override
    public String toString() {
        return (isError() ? "error: " : "warning: ") + format();
    }
}

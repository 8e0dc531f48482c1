package org.bulletin.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;

/**
 * The outcome of a build.
 *
 * @param problems  every error and warning, sorted by file and line
 * @param published true when the output folder was replaced
 * @param output    the output folder
 * @param pages     number of HTML pages written
 * @param files     number of files written in all
 * @param millis    wall time of the build
 * @param counts    what the build did, stage by stage ({@link Counts#NONE} when it failed)
 * @param language  the language its messages are shown in: the site's ({@code site.locale}) unless the
 *                  request asks for another
 */
public record BuildResult(List<Problem> problems, boolean published, Path output, int pages, int files,
                          long millis, Counts counts, Locale language) {

    /**
     * What a build did.
     *
     * @param converted       documents converted
     * @param fromStore       documents taken from the store of converted documents (the cache)
     * @param rendered        pages rendered, and the inline-style stylesheet when there is one
     * @param reused          pages taken from the last output instead of being rendered
     * @param written         files written (pages, stylesheet, static files, photos)
     * @param photosEncoded   photos encoded in this build
     * @param photosFromCache photos taken from the image cache
     */
    public record Counts(int converted, int fromStore, int rendered, int reused, int written, int photosEncoded,
                         int photosFromCache) {

        /** Nothing done (a failed build). */
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);
    }

    public BuildResult {
        problems = List.copyOf(problems);
        language = language == null ? Locale.ENGLISH : language;
    }

    /** A result in English. */
    public BuildResult(List<Problem> problems, boolean published, Path output, int pages, int files, long millis,
                       Counts counts) {
        this(problems, published, output, pages, files, millis, counts, Locale.ENGLISH);
    }

    /** A result without counts (a build that did not run). */
    public BuildResult(List<Problem> problems, boolean published, Path output, int pages, int files, long millis) {
        this(problems, published, output, pages, files, millis, Counts.NONE);
    }

    public boolean failed() {
        return !published;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * One line for people, the same in the CLI and the Maven log, in English: {@code Built 12 pages (40 files)
     * in 3.1 s -> OUT (1 warning)}, or {@code Build failed: 2 errors. Nothing was published; OUT is unchanged.}
     */
    public String summary() {
        return summary(Locale.ENGLISH);
    }

    /** {@link #summary()} in the language of {@code locale} (the build's own is {@link #language()}). */
    public String summary(Locale locale) {
        return summaryText().in(locale);
    }

    /** {@link #summary()} as a text of the message catalogue. */
    public Text summaryText() {
        int errors = errors().size();
        int warnings = warnings().size();
        if (published) {
            String seconds = String.format(Locale.ROOT, "%.1f", millis / 1000.0);
            return switch (Integer.signum(warnings - 1) + 1) {
                case 0 -> Text.of("build.built", pages, files, seconds, output);
                case 1 -> Text.of("build.built-warning", pages, files, seconds, output);
                default -> Text.of("build.built-warnings", pages, files, seconds, output, warnings);
            };
        }
        if (warnings == 0) {
            return errors == 1 ? Text.of("build.failed-error", output) : Text.of("build.failed-errors", errors, output);
        }
        return errors == 1
                ? Text.of(warnings == 1 ? "build.failed-error-warning" : "build.failed-error-warnings", output, warnings)
                : Text.of(warnings == 1 ? "build.failed-errors-warning" : "build.failed-errors-warnings", errors, output,
                        warnings);
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

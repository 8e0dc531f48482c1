package org.bulletin.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bulletin.files.AtomicFiles;
import org.bulletin.config.ConfigLoader;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;

/**
 * {@code bulletin import-quiz FILE -o content/quiz/NAME.adoc} and the Maven goal {@code bulletin:import-quiz}:
 * a question list from a spreadsheet ({@code .xlsx}, {@code .csv}) or pasted text (any other file) as a quiz
 * file that builds as it is. Every row or line that cannot be read is a problem with its {@code file:row} or
 * {@code file:line}; nothing is written when there are problems, unless {@code partial}: then everything
 * readable is written and the problems list what was left out.
 *
 * <p>The problems are in the language of the site the quiz goes into ({@code site.locale} of the nearest
 * {@code jbake.properties} above the quiz file), else English, unless the caller asks for another.
 */
public final class QuizImport {

    /**
     * What an import did.
     *
     * @param written   the quiz file was written
     * @param questions questions written (or that would have been)
     * @param found     every row or line left out, sorted by line
     * @param quiz      the quiz text
     * @param language  the language the problems are shown in
     */
    public record Result(boolean written, int questions, List<Problem> found, String quiz, Locale language) {
        public Result {
            found = List.copyOf(found);
            language = language == null ? Locale.ENGLISH : language;
        }

        /** Every row or line left out, as {@code file:line: what to fix}, in English. */
        public List<String> problems() {
            return found.stream().map(Problem::format).toList();
        }

        /** The same in the result's language, as the command line and the Maven log show them. */
        public List<String> shown() {
            return found.stream().map(p -> p.format(language)).toList();
        }
    }

    private QuizImport() {
    }

    /**
     * Reads {@code source} and writes the quiz to {@code target} (its folders are made) unless there are problems
     * and not {@code partial}. {@code title} may be null: the pasted text's title line, else the file name.
     *
     * @throws IOException when a file cannot be read or written (not for content it cannot understand)
     */
    public static Result run(Path source, Path target, String title, boolean partial) throws IOException {
        return run(source, target, title, partial, null);
    }

    /** The same, the problems in {@code language} (null: the language of the site the quiz goes into). */
    public static Result run(Path source, Path target, String title, boolean partial, Locale language)
            throws IOException {
        Locale lang = language != null ? language : siteLanguage(target);
        String name = source.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        List<Problem> problems = new ArrayList<>();
        List<RawQuestion> raw;
        String found = null;
        if (lower.endsWith(".xlsx") || lower.endsWith(".csv")) {
            try {
                raw = SheetReader.read(name, SheetReader.rows(source), problems);
            } catch (SheetReader.Unreadable e) {
                problems.add(Problem.error(name, e.line, e.text));
                raw = List.of();
            }
        } else if (lower.endsWith(".xls")) {
            throw new IOException(Text.of("import.xls", name).in(lang));
        } else {
            PastedTextReader.Read read = PastedTextReader.read(name,
                    TextDecoding.decode(Files.readAllBytes(source)), problems);
            raw = read.questions();
            found = read.title();
        }
        boolean sheet = lower.endsWith(".xlsx") || lower.endsWith(".csv");
        List<CheckedQuestion> questions = new ArrayList<>();
        for (RawQuestion r : raw) {
            String question = QuestionCheck.oneLine(r.title());
            CheckedQuestion q = QuestionCheck.check(name, r, sheet ? t -> Text.of("import.where-row", r.line(), t)
                    : t -> Text.of("import.where-question", question, t), problems);
            if (q != null) {
                questions.add(q);
            }
        }
        String quizTitle = title != null && !title.isBlank() ? title.strip() : found != null ? found : baseName(source);
        String quiz = QuizWriter.write(quizTitle, questions);
        List<Problem> sorted = problems.stream().sorted(Problem.ORDER).toList();
        boolean write = !questions.isEmpty() && (problems.isEmpty() || partial);
        if (write) {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            AtomicFiles.replace(target, quiz.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return new Result(write, questions.size(), sorted, quiz, lang);
    }

    /** {@code site.locale} of the nearest {@code jbake.properties} above {@code target}, else English. */
    public static Locale siteLanguage(Path target) {
        for (Path dir = target.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ConfigLoader.FILE))) {
                return ConfigLoader.language(dir);
            }
        }
        return Locale.ENGLISH;
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }
}

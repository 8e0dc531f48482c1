package org.bulletin.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bulletin.files.AtomicFiles;
import org.bulletin.problem.Problem;

/**
 * {@code bulletin import-quiz FILE -o content/quiz/NAME.adoc} and the Maven goal {@code bulletin:import-quiz}:
 * a question list from a spreadsheet ({@code .xlsx}, {@code .csv}) or pasted text (any other file) as a quiz
 * file that builds as it is. Every row or line that cannot be read is a problem with its {@code file:row} or
 * {@code file:line}; nothing is written when there are problems, unless {@code partial}: then everything
 * readable is written and the problems list what was left out.
 */
public final class QuizImport {

    /**
     * What an import did.
     *
     * @param written   the quiz file was written
     * @param questions questions written (or that would have been)
     * @param problems  every row or line left out, as {@code file:line: what to fix}
     * @param quiz      the quiz text
     */
    public record Result(boolean written, int questions, List<String> problems, String quiz) {
        public Result {
            problems = List.copyOf(problems);
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
        String name = source.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        List<Problem> problems = new ArrayList<>();
        List<RawQuestion> raw;
        String found = null;
        if (lower.endsWith(".xlsx") || lower.endsWith(".csv")) {
            try {
                raw = SheetReader.read(name, SheetReader.rows(source), problems);
            } catch (SheetReader.Unreadable e) {
                problems.add(Problem.error(name, e.line, e.getMessage()));
                raw = List.of();
            }
        } else if (lower.endsWith(".xls")) {
            throw new IOException(name + ": the old Excel format (.xls) cannot be read: save it as .xlsx "
                    + "(Excel: File → Save As → Excel Workbook) or as CSV");
        } else {
            PastedTextReader.Read read = PastedTextReader.read(name,
                    TextDecoding.decode(Files.readAllBytes(source)), problems);
            raw = read.questions();
            found = read.title();
        }
        boolean sheet = lower.endsWith(".xlsx") || lower.endsWith(".csv");
        List<CheckedQuestion> questions = new ArrayList<>();
        for (RawQuestion r : raw) {
            String where = sheet ? "row " + r.line() + ": " : "question '" + QuestionCheck.oneLine(r.title()) + "': ";
            CheckedQuestion q = QuestionCheck.check(name, r, where, problems);
            if (q != null) {
                questions.add(q);
            }
        }
        String quizTitle = title != null && !title.isBlank() ? title.strip() : found != null ? found : baseName(source);
        String quiz = QuizWriter.write(quizTitle, questions);
        List<String> messages = problems.stream().sorted(Problem.ORDER).map(Problem::format).toList();
        boolean write = !questions.isEmpty() && (problems.isEmpty() || partial);
        if (write) {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            AtomicFiles.replace(target, quiz.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return new Result(write, questions.size(), messages, quiz);
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }
}

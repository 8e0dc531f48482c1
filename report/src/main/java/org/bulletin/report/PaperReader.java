package org.bulletin.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizDraw;
import org.bulletin.model.Site;
import org.bulletin.problem.Text;
import org.bulletin.text.CsvReader;

/**
 * Reads paper quiz sheets typed into a spreadsheet ({@code --paper paper.csv}): a header row
 * {@code sheet,quiz,name,phone,1,2,3,…} ({@code name} and {@code phone} optional), one row per sheet:
 * the sheet number, the quiz id, and for each question number the ticked option letters
 * ({@code A}, {@code AC}; empty = not answered). Each sheet becomes a submission from the device
 * {@code paper:SHEET} with claim code {@code P-SHEET}.
 */
public final class PaperReader {

    private final Site site;
    private final BadLines bad;

    public PaperReader(Site site, BadLines bad) {
        this.site = site;
        this.bad = bad;
    }

    public void read(Path file, Consumer<QuizSubmission> out) throws IOException {
        String name = file.toString();
        long last = 0;
        try (BufferedReader in = TextInput.open(file)) {
            CsvReader csv = new CsvReader(in);
            CsvReader.Row header = csv.next();
            if (header == null) {
                return;
            }
            last = header.line();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.fields().size(); i++) {
                columns.put(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            if (!columns.containsKey("sheet") || !columns.containsKey("quiz")) {
                bad.add(name, header.line(), Text.of("report.bad.paper-header"));
                return;
            }
            Set<String> seen = new HashSet<>();
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                last = row.line();
                if (!row.blank()) {
                    QuizSubmission s = sheet(row, columns, name, seen);
                    if (s != null) {
                        out.accept(s);
                    }
                }
            }
        } catch (CsvReader.MalformedException e) {
            bad.add(name, e.line(), Text.plain(e.getMessage()));
        } catch (IOException e) {
            if (!TextInput.gzipBroken(file, e)) {
                throw e;
            }
            bad.add(name, last + 1, TextInput.gzipBroken());
        }
    }

    private QuizSubmission sheet(CsvReader.Row row, Map<String, Integer> columns, String file, Set<String> seen) {
        String sheet = field(row, columns, "sheet");
        String quizId = field(row, columns, "quiz");
        Quiz quiz = site.quiz(quizId).orElse(null);
        if (sheet.isEmpty()) {
            bad.add(file, row.line(), Text.of("report.bad.no-sheet"));
            return null;
        }
        if (quiz == null) {
            bad.add(file, row.line(), Text.of("report.bad.unknown-quiz", quizId));
            return null;
        }
        if (!seen.add(quizId + "\u0000" + sheet)) {
            bad.add(file, row.line(), Text.of("report.bad.sheet-twice", sheet, quizId));
            return null;
        }
        Map<String, List<Integer>> answers = new HashMap<>();
        Map<String, String> blanks = new HashMap<>();
        List<Question> onSheet = QuizDraw.questions(quiz, "paper:" + sheet); // the sheet's own draw
        for (int q = 0; q < onSheet.size(); q++) {
            String cell = field(row, columns, Integer.toString(q + 1));
            if (onSheet.get(q).blank()) {
                if (!cell.isBlank()) {
                    blanks.put(onSheet.get(q).id(), cell);
                }
                continue;
            }
            String letters = cell.replaceAll("[\\s,;、，]", "").toUpperCase(Locale.ROOT);
            if (letters.isEmpty()) {
                continue;
            }
            List<Integer> chosen = new ArrayList<>();
            for (char c : letters.toCharArray()) {
                int index = c - 'A';
                if (index < 0 || index >= onSheet.get(q).options().size()) {
                    bad.add(file, row.line(), Text.of("report.bad.paper-option", q + 1, c));
                    return null;
                }
                chosen.add(index);
            }
            answers.put(onSheet.get(q).id(), chosen);
        }
        return new QuizSubmission(file, row.line(), quizId, quiz.version(), "paper:" + sheet, "P-" + sheet, answers,
                null, Instant.EPOCH, field(row, columns, "name"), field(row, columns, "phone"), blanks, List.of());
    }

    private static String field(CsvReader.Row row, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null || i >= row.fields().size() ? "" : row.fields().get(i).strip();
    }
}

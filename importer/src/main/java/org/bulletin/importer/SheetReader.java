package org.bulletin.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;
import org.bulletin.text.CsvReader;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A question list as a spreadsheet ({@code .xlsx}: the first sheet; {@code .csv}: UTF-8 or GBK), one question a
 * row under a header row whose names may be Chinese or English, in any order: 题目, 选项A…选项F, 答案, 解析, 分值,
 * 知识点 (question, A…F or option A…, answer, explanation, points, knowledge).
 */
final class SheetReader {

    static final int MAX_OPTIONS = 6;

    private SheetReader() {
    }

    /** Rows of cells by row number (1 = the first row), empty rows left out. */
    static Map<Integer, List<String>> rows(Path file) throws IOException, Unreadable {
        Map<Integer, List<String>> rows = new java.util.TreeMap<>();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            if (!Files.isReadable(file)) {
                throw new java.nio.file.NoSuchFileException(file.toString());
            }
            try (InputStream in = Files.newInputStream(file); ReadableWorkbook book = new ReadableWorkbook(in)) {
                for (Row row : book.getFirstSheet().read()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    rows.put(row.getRowNum(), cells);
                }
            } catch (IOException | RuntimeException e) {
                throw new Unreadable(1, Text.of("import.sheet.not-xlsx", e.getMessage()));
            }
        } else {
            CsvReader csv = new CsvReader(new StringReader(TextDecoding.decode(Files.readAllBytes(file))));
            try {
                for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                    rows.put(row.line(), row.fields());
                }
            } catch (CsvReader.MalformedException e) {
                throw new Unreadable(e.line(), Text.of("import.sheet.bad-csv", e.getMessage()));
            }
        }
        rows.values().removeIf(cells -> cells.stream().allMatch(String::isBlank));
        return rows;
    }

    /** The file is not a spreadsheet this reader understands: a problem at {@code line}, not a failure. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final transient Text text;

        Unreadable(int line, Text text) {
            super(text.english());
            this.line = line;
            this.text = text;
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? String.valueOf(cell.getValue()) : cell.getText();
    }

    static List<RawQuestion> read(String name, Map<Integer, List<String>> rows, List<Problem> problems) {
        List<RawQuestion> questions = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(Problem.error(name, 1, Text.of("import.sheet.empty")));
            return questions;
        }
        Map.Entry<Integer, List<String>> header = rows.entrySet().iterator().next();
        Map<String, Integer> columns = columns(header.getValue());
        if (!columns.containsKey("title") || !columns.containsKey("answer")) {
            problems.add(Problem.error(name, header.getKey(), Text.of(!columns.containsKey("title")
                    ? "import.sheet.no-question-column" : "import.sheet.no-answer-column", header.getValue())));
            return questions;
        }
        for (Map.Entry<Integer, List<String>> row : rows.entrySet()) {
            if (row.getKey().equals(header.getKey())) {
                continue;
            }
            List<String> cells = row.getValue();
            List<String> options = new ArrayList<>();
            for (int i = 0; i < MAX_OPTIONS; i++) {
                options.add(cell(cells, columns.get("option" + i)));
            }
            questions.add(new RawQuestion(row.getKey(), cell(cells, columns.get("title")), options,
                    cell(cells, columns.get("answer")), cell(cells, columns.get("explanation")),
                    cell(cells, columns.get("points")), cell(cells, columns.get("knowledge"))));
        }
        return questions;
    }

    private static String cell(List<String> cells, Integer column) {
        return column == null || column >= cells.size() || cells.get(column) == null ? "" : cells.get(column);
    }

    /** Column role → index, from the header's names. */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String role = role(header.get(i));
            if (role != null) {
                columns.putIfAbsent(role, i);
            }
        }
        return columns;
    }

    private static String role(String name) {
        String n = name.replaceAll("[\\s_:：()（）]", "").toLowerCase(Locale.ROOT);
        switch (n) {
            case "题目", "题干", "问题", "试题", "question", "title":
                return "title";
            case "答案", "正确答案", "标准答案", "answer", "answers", "correct":
                return "answer";
            case "解析", "答案解析", "说明", "explanation", "explain", "tip":
                return "explanation";
            case "分值", "分数", "points", "point", "score":
                return "points";
            case "知识点", "knowledge", "knowledgepoint", "topic":
                return "knowledge";
            default:
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:选项|option)?([a-f])").matcher(n);
                return m.matches() ? "option" + (m.group(1).charAt(0) - 'a') : null;
        }
    }
}

package org.bulletin.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;

/**
 * The plain-text form organisers paste from Word or 问卷星: {@code 1. 题目（单选）}, then {@code A. …} lines,
 * {@code 答案：B}, {@code 解析：…} (and optionally {@code 分值：2}, {@code 知识点：…}). A first line that is not a
 * numbered question is the quiz title.
 */
final class PastedTextReader {

    private static final Pattern QUESTION = Pattern.compile("^\\s*(?:第\\s*)?[0-9０-９]{1,4}\\s*(?:[.．、)）]|题)\\s*(.*)$");
    private static final Pattern OPTION = Pattern.compile("^\\s*([A-Fa-fＡ-Ｆ])\\s*[.．、)）:：]\\s*(.*)$");
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(答案|正确答案|参考答案|answer|解析|答案解析|explanation|分值|分数|points|知识点|knowledge)\\s*[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    /** What was read: the questions, and the title line if there was one. */
    record Read(String title, List<RawQuestion> questions) {
    }

    private PastedTextReader() {
    }

    static Read read(String name, String text, List<Problem> problems) {
        String[] lines = text.split("\\R", -1);
        String title = null;
        List<RawQuestion> questions = new ArrayList<>();
        Builder current = null;
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher q = QUESTION.matcher(line);
            Matcher o = OPTION.matcher(line);
            Matcher f = FIELD.matcher(line);
            if (q.matches() && (current == null || current.answer != null)) {
                if (current != null) {
                    questions.add(current.build());
                }
                current = new Builder(n, q.group(1));
            } else if (current == null) {
                if (title == null && questions.isEmpty()) {
                    title = line;
                } else {
                    problems.add(Problem.error(name, n, Text.of("import.text.stray-line")));
                }
            } else if (f.matches()) {
                current.field(f.group(1), f.group(2), n, name, problems);
            } else if (o.matches() && current.answer == null && current.explanation.length() == 0) {
                int index = Character.toUpperCase(o.group(1).charAt(0)) - (o.group(1).charAt(0) >= 'Ａ' ? 'Ａ' - 'A' : 0) - 'A';
                if (index != current.options.size()) {
                    problems.add(Problem.error(name, n, Text.of("import.text.option-order", (char) ('A' + index),
                            current.line, (char) ('A' + current.options.size()))));
                }
                current.options.add(o.group(2));
            } else if (current.explanation.length() > 0) {
                current.explanation.append('\n').append(line);
            } else if (q.matches()) { // the last one had no answer line: QuestionCheck says so
                current.answer = "";
                questions.add(current.build());
                current = new Builder(n, q.group(1));
            } else if (current.options.isEmpty() && current.answer == null) {
                current.title.append(' ').append(line);
            } else if (!current.options.isEmpty() && current.answer == null) {
                int last = current.options.size() - 1;
                current.options.set(last, current.options.get(last) + " " + line);
            } else {
                problems.add(Problem.error(name, n, Text.of("import.text.stray-after-answer")));
            }
        }
        if (current != null) {
            questions.add(current.build());
        }
        if (questions.isEmpty()) {
            problems.add(Problem.error(name, 1, Text.of("import.text.no-questions")));
        }
        return new Read(title, questions);
    }

    private static final class Builder {
        final int line;
        final StringBuilder title;
        final List<String> options = new ArrayList<>();
        String answer;
        final StringBuilder explanation = new StringBuilder();
        String points = "";
        String knowledge = "";

        Builder(int line, String title) {
            this.line = line;
            this.title = new StringBuilder(title);
        }

        void field(String name, String value, int n, String file, List<Problem> problems) {
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "答案", "正确答案", "参考答案", "answer" -> answer = value;
                case "解析", "答案解析", "explanation" -> explanation.append(value.isEmpty() ? " " : value);
                case "分值", "分数", "points" -> points = value;
                default -> knowledge = value;
            }
        }

        RawQuestion build() {
            String t = title.toString().replaceAll("[（(]\\s*(填空|填空题)\\s*[)）]\\s*$", "（填空）");
            return new RawQuestion(line, t, options, answer == null ? "" : answer, explanation.toString().strip(),
                    points, knowledge);
        }
    }
}

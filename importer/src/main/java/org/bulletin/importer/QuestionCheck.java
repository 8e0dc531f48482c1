package org.bulletin.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;

/** Checks a {@link RawQuestion}: everything that would not make a right quiz question is a problem at its row or line. */
final class QuestionCheck {

    private static final String NUMBER = "[0-9０-９]+|[零〇一二两三四五六七八九十百千万]+";

    private QuestionCheck() {
    }

    /**
     * The question, or null with the problems added to {@code problems}; {@code where} puts the row or the
     * question in front of each message.
     */
    static CheckedQuestion check(String file, RawQuestion raw, UnaryOperator<Text> where, List<Problem> problems) {
        int before = problems.size();
        String title = oneLine(raw.title());
        if (title.isEmpty()) {
            problems.add(Problem.error(file, raw.line(), where.apply(Text.of("import.no-question"))));
        }
        List<String> options = new ArrayList<>();
        raw.options().forEach(o -> options.add(oneLine(o)));
        while (!options.isEmpty() && options.get(options.size() - 1).isEmpty()) {
            options.remove(options.size() - 1);
        }
        String answer = raw.answer().strip();
        Set<Integer> correct = new TreeSet<>();
        List<String> accepted = new ArrayList<>();
        if (answer.isEmpty()) {
            problems.add(Problem.error(file, raw.line(), where.apply(Text.of("import.no-answer"))));
        } else if (!options.isEmpty()) {
            String letters = answer.replaceAll("[\\s,，、;；/]", "").toUpperCase(Locale.ROOT);
            if (!letters.matches("[A-Z]+")) {
                problems.add(Problem.error(file, raw.line(), where.apply(Text.of("import.answer-not-letters", answer))));
            } else {
                for (char c : letters.toCharArray()) {
                    int i = c - 'A';
                    if (i >= options.size() || options.get(i).isEmpty()) {
                        problems.add(Problem.error(file, raw.line(), where.apply(Text.of("import.answer-empty-option",
                                answer, c))));
                    }
                    correct.add(i);
                }
            }
            if (options.size() < 2) {
                problems.add(Problem.error(file, raw.line(), where.apply(Text.of("import.one-option", options.size()))));
            }
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).isEmpty()) {
                    problems.add(Problem.error(file, raw.line(), where.apply(Text.of("import.option-gap",
                            (char) ('A' + i)))));
                }
            }
        } else {
            for (String a : answer.split("[|｜]")) {
                if (!a.strip().isEmpty()) {
                    accepted.add(a.strip());
                }
            }
        }
        int points = 1;
        String p = raw.points().strip();
        if (!p.isEmpty()) {
            try {
                points = Integer.parseInt(p.replaceAll("\\.0+$", ""));
            } catch (NumberFormatException e) {
                points = 0;
            }
            if (points < 1) {
                problems.add(Problem.error(file, raw.line(), where.apply(Text.of("import.bad-points", p))));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        boolean numerals = !accepted.isEmpty() && accepted.stream().allMatch(a -> a.replaceAll("^第|[个位次]$", "")
                .matches(NUMBER));
        return new CheckedQuestion(title, options, correct, accepted, numerals, lines(raw.explanation()), points,
                oneLine(raw.knowledge()));
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : (text == null ? "" : text).split("\\R")) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        return lines;
    }
}

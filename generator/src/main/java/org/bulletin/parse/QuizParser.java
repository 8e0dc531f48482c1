package org.bulletin.parse;

import org.bulletin.text.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizOption;

import org.bulletin.text.SourceLines;
/**
 * Turns a loaded {@code :jbake-type: quiz} document into a {@link Quiz}: each {@code ==} section is a
 * question, its first checklist the options ({@code [x]} = correct), the blocks after it the
 * explanation. Every broken rule is reported as {@code path:line: message}; a quiz with errors is
 * still returned so all its problems are listed in one build.
 */
public final class QuizParser {

    private final DocumentLoader loader;
    private final SiteConfig config;

    public QuizParser(DocumentLoader loader, SiteConfig config) {
        this.loader = loader;
        this.config = config;
    }

    public Quiz parse(ParsedDocument doc, Problems problems) {
        String rel = doc.file().relative();
        QuizSettings settings = QuizSettings.read(doc, config.zone(), problems);
        StringBuilder intro = new StringBuilder();
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (StructuralNode block : doc.document().getBlocks()) {
            if (block instanceof Section section && section.getLevel() == 1) {
                Question q = question(doc, section, problems);
                Integer other = ids.putIfAbsent(q.id(), q.line());
                if (other != null) {
                    problems.error(rel, q.line(), Text.of("quiz.duplicate-question-id", q.id(), other));
                }
                questions.add(q);
            } else if (questions.isEmpty() && "preamble".equals(block.getContext())) {
                block.getBlocks().forEach(b -> intro.append(convert(doc, b, problems)));
            } else if (questions.isEmpty()) {
                intro.append(convert(doc, block, problems));
            } else {
                problems.error(rel, line(block, doc), Text.of("quiz.block-outside"));
            }
        }
        if (questions.isEmpty()) {
            problems.error(rel, SourceLines.titleLine(doc.text()), Text.of("quiz.no-questions"));
        }
        QuizDrawCheck.check(rel, doc.attributeLine("quiz-draw"), settings, questions, problems);
        String id = settings.id() != null ? settings.id() : baseName(doc);
        String version = hash(doc.text());
        String salt = hash(version + "|" + config.get("quiz.salt", "")).substring(0, 16);
        String submit = settings.submitUrl() != null ? settings.submitUrl() : config.get("quiz.submit-url", null);
        prizeWarnings(doc, settings, submit, problems);
        return new Quiz(id, rel, doc.title(), intro.toString(), doc.date(), doc.status(), settings.passScore(),
                settings.prizeScore(), settings.shuffle(), settings.attempts(), settings.opens(), settings.closes(),
                submit, settings.ask(), questions, version, salt, settings.draw(), settings.drawPerGroup(),
                settings.counts());
    }

    /**
     * Warnings for prize quizzes that cannot work as organisers expect: no submit URL (the prize claim
     * and the asked name and phone never reach anyone), and unlimited attempts with a counting rule
     * other than {@code first} (every submit shows the explanations, so a second try is an open book).
     */
    private static void prizeWarnings(ParsedDocument doc, QuizSettings settings, String submit, Problems problems) {
        String rel = doc.file().relative();
        boolean prize = settings.prizeScore() != null;
        if (submit == null && (prize || !settings.ask().isEmpty())) {
            String what = prize ? ":quiz-prize-score:" : ":quiz-ask:";
            problems.warning(rel, doc.attributeLine(prize ? "quiz-prize-score" : "quiz-ask"),
                    Text.of("quiz.no-submit-url", what));
        }
        if (prize && settings.attempts() == null && !"first".equals(settings.counts())) {
            problems.warning(rel, doc.attributeLine("quiz-counts"), Text.of("quiz.open-book", settings.counts()));
        }
    }

    /** Reports quiz ids used by more than one file (ids are unique across the site). */
    public static void checkUniqueIds(List<Quiz> quizzes, Problems problems) {
        Map<String, Quiz> seen = new HashMap<>();
        for (Quiz q : quizzes) {
            Quiz other = seen.putIfAbsent(q.id(), q);
            if (other != null) {
                problems.error(q.source(), 1, Text.of("quiz.duplicate-id", q.id(), other.source()));
            }
        }
    }

    private Question question(ParsedDocument doc, Section section, Problems problems) {
        String rel = doc.file().relative();
        int line = line(section, doc);
        String titleHtml = section.getTitle();
        VisibleMarkup.check(rel, doc.text(), titleHtml, problems);
        String title = DocumentLoader.plain(titleHtml);
        StringBuilder body = new StringBuilder();
        StringBuilder explanation = new StringBuilder();
        List<QuizOption> options = null;
        BlankAnswers.Read blank = null;
        for (StructuralNode block : section.getBlocks()) {
            if (options == null && blank == null && BlankAnswers.isAnswerList(block)) {
                blank = BlankAnswers.read(rel, title, (org.asciidoctor.ast.List) block, problems);
            } else if (options == null && blank == null && isChecklist(block)) {
                options = options(doc, title, (org.asciidoctor.ast.List) block, problems);
            } else {
                if (blank != null && (isChecklist(block) || BlankAnswers.isAnswerList(block))) {
                    problems.error(rel, line(block, doc), Text.of("quiz.second-list", title));
                }
                (options == null && blank == null ? body : explanation).append(convert(doc, block, problems));
            }
        }
        if (blank != null) {
            options = List.of();
        } else if (options == null) {
            problems.error(rel, line, Text.of("quiz.no-options", title));
            options = List.of();
        } else if (options.size() < 2) {
            problems.error(rel, line, Text.of("quiz.one-option", title, options.size()));
        }
        if (!options.isEmpty() && options.stream().noneMatch(QuizOption::correct)) {
            problems.error(rel, line, Text.of("quiz.no-correct", title));
        }
        int points = points(doc, section, line, title, problems);
        Object k = section.getAttribute("knowledge");
        String knowledge = k == null || k.toString().isBlank() ? title : k.toString().strip();
        Object g = section.getAttribute("group");
        String group = g == null ? "" : g.toString().strip();
        return new Question(section.getId(), titleHtml, body.toString(), options, points, knowledge,
                explanation.toString(), line, blank == null ? List.of() : blank.accepted(),
                blank != null && blank.numerals(), group);
    }

    private static int points(ParsedDocument doc, Section section, int line, String title, Problems problems) {
        Object p = section.getAttribute("points");
        if (p == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(p.toString().strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(doc.file().relative(), line, Text.of("quiz.bad-points", title, p));
        return 1;
    }

    private static boolean isChecklist(StructuralNode block) {
        if (!"ulist".equals(block.getContext()) || !(block instanceof org.asciidoctor.ast.List list)) {
            return false;
        }
        return list.getItems().stream().anyMatch(i -> i.hasAttribute("checkbox"));
    }

    private List<QuizOption> options(ParsedDocument doc, String title, org.asciidoctor.ast.List list,
                                     Problems problems) {
        List<QuizOption> options = new ArrayList<>();
        for (StructuralNode node : list.getItems()) {
            ListItem item = (ListItem) node;
            if (!item.hasAttribute("checkbox")) {
                problems.error(doc.file().relative(), line(item, doc), Text.of("quiz.option-no-box", title));
            }
            String html = item.getText();
            VisibleMarkup.check(doc.file().relative(), doc.text(), html, problems);
            if (!item.getBlocks().isEmpty()) {
                problems.error(doc.file().relative(), line(item, doc), Text.of("quiz.option-paragraphs", title));
            }
            options.add(new QuizOption(html, item.hasAttribute("checked")));
        }
        return options;
    }

    private String convert(ParsedDocument doc, StructuralNode block, Problems problems) {
        String html = loader.convert(doc, block, problems);
        VisibleMarkup.check(doc.file().relative(), doc.text(), html, problems);
        return html + "\n";
    }

    private static int line(StructuralNode node, ParsedDocument doc) {
        Cursor c = node.getSourceLocation();
        return c == null ? SourceLines.titleLine(doc.text()) : c.getLineNumber();
    }

    private String baseName(ParsedDocument doc) {
        String name = doc.file().path().getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}: stable across builds and machines. */
    static String hash(String text) {
        return Sha256.hex(text).substring(0, 16);
    }
}

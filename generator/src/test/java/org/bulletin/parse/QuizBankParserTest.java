package org.bulletin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizDraw;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.source.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fill-in-the-blank questions ({@code [.answers]}) and question banks ({@code :quiz-draw:}), real Asciidoctor. */
class QuizBankParserTest {

    private static final String HEADER = "= 题库\n:jbake-type: quiz\n";
    static final String BLANK = "\n[#day]\n== 国际社工日是每年三月的第___个星期二\n\n[.answers.numerals]\n* 三\n* 第三\n\n"
            + "TIP: 每年三月的第三个星期二。\n";

    @TempDir
    static Path site;
    static AsciidoctorSession session;
    static int counter;

    @BeforeAll
    static void start() throws IOException {
        session = AsciidoctorSession.start();
        session.register(QuizMacro.REGISTRATION);
        Files.writeString(site.resolve("jbake.properties"), "site.title=T\nsite.locale=zh-CN\n");
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    record Parsed(Quiz quiz, List<String> errors) {
    }

    private static Parsed parse(String text) throws IOException {
        String name = "bank" + (++counter) + ".adoc";
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(site, Map.of(), problems);
        Path file = site.resolve("content/quiz/" + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        DocumentLoader loader = new DocumentLoader(session, config, site);
        ParsedDocument doc = loader.load(new SourceFile(file, "content/quiz/" + name), problems);
        Quiz quiz = new QuizParser(loader, config).parse(doc, problems);
        return new Parsed(quiz, problems.sorted().stream().filter(Problem::isError).map(Problem::format)
                .map(s -> s.replace("content/quiz/" + name, "FILE")).toList());
    }

    /** A bank of {@code n} single-choice questions q1…qn, the right option always the second. */
    static String bank(int n, String attributes) {
        StringBuilder s = new StringBuilder(HEADER + attributes + "\n");
        for (int i = 1; i <= n; i++) {
            s.append("\n[#q").append(i).append("]\n== 第 ").append(i).append(" 题？\n\n* [ ] 错\n* [x] 对\n");
        }
        return s.toString();
    }

    @Test
    void readsAFillInQuestionWithItsAcceptedAnswersAndExplanation() throws IOException {
        Parsed p = parse(HEADER + BLANK);

        assertThat(p.errors()).isEmpty();
        Question q = p.quiz().questions().get(0);
        assertThat(q.blank()).isTrue();
        assertThat(q.accepted()).containsExactly("三", "第三");
        assertThat(q.numerals()).isTrue();
        assertThat(q.options()).isEmpty();
        assertThat(q.titleHtml()).contains("第___个星期二");
        assertThat(q.explanationHtml()).contains("每年三月的第三个星期二");
    }

    @Test
    void scoresTypedAnswersAfterNormalising() throws IOException {
        Quiz quiz = parse(HEADER + BLANK + "\n[#en]\n== The capital of France is ___\n\n[.answers]\n* Paris\n"
                + "\n[#c]\n== 选择\n\n* [x] 对\n* [ ] 错\n").quiz();

        assertThat(quiz.score(Map.of("c", List.of(0)), Map.of("day", "3", "en", " PARIS。"), null)).isEqualTo(100.0);
        assertThat(quiz.score(Map.of(), Map.of("day", "第 ３ ", "en", "ｐａｒｉｓ"), null)).isEqualTo(66.67);
        assertThat(quiz.score(Map.of(), Map.of("day", "第3个", "en", "Pariss"), null)).isEqualTo(0.0);
        // without numerals allowed, a Chinese numeral is not the Arabic one
        Quiz strict = parse(HEADER + "\n[#n]\n== 一周有几天？\n\n[.answers]\n* 七\n").quiz();
        assertThat(strict.score(Map.of(), Map.of("n", "7"), null)).isEqualTo(0.0);
        assertThat(strict.score(Map.of(), Map.of("n", " 七 "), null)).isEqualTo(100.0);
    }

    @Test
    void reportsBrokenFillInQuestionsWithTheirLines() throws IOException {
        Parsed p = parse(HEADER + "\n== 空的答案\n\n[.answers]\n* 。\n* [x] 三\n\n== 两个列表\n\n[.answers]\n* 三\n\n"
                + "* [x] 三\n* [ ] 四\n");

        assertThat(p.errors()).containsExactly(
                "FILE:7: an accepted answer of question '空的答案' is empty once spaces and punctuation are left out: "
                        + "write the answer itself, e.g. '* 三'",
                "FILE:8: an accepted answer of question '空的答案' has a box: write the answer alone, e.g. '* 三' "
                        + "(boxes are for choice questions)",
                // Asciidoctor joins the next list to the answers: each boxed line is named
                "FILE:15: an accepted answer of question '两个列表' has a box: write the answer alone, e.g. '* 三' "
                        + "(boxes are for choice questions)",
                "FILE:16: an accepted answer of question '两个列表' has a box: write the answer alone, e.g. '* 三' "
                        + "(boxes are for choice questions)");
    }

    @Test
    void readsTheDrawAndChecksItAgainstTheBank() throws IOException {
        Parsed ok = parse(bank(30, ":quiz-draw: 10"));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.quiz().draw()).isEqualTo(10);
        assertThat(ok.quiz().drawPerGroup()).isFalse();
        assertThat(QuizDraw.askedCount(ok.quiz())).isEqualTo(10); // what the home page card says

        assertThat(parse(bank(5, ":quiz-draw: 6")).errors()).containsExactly(
                "FILE:3: :quiz-draw: 6 asks more questions than the quiz has (5): lower it or add questions");
        assertThat(parse(bank(5, ":quiz-draw: ten")).errors()).containsExactly(
                "FILE:3: :quiz-draw: must be a whole number of 1 or more, optionally followed by 'per group' "
                        + "(e.g. 10, or 3 per group), not 'ten'");
        assertThat(parse(bank(2, ":quiz-draw: 1 per group")).errors()).containsExactly(
                "FILE:6: question '第 1 题？' has no group, but :quiz-draw: draws per group: give it one, e.g. [group=\"法规\"]",
                "FILE:12: question '第 2 题？' has no group, but :quiz-draw: draws per group: give it one, e.g. [group=\"法规\"]");
    }

    @Test
    void drawsPerGroupFromEachGroup() throws IOException {
        String text = bank(9, ":quiz-draw: 2 per group");
        for (int i = 1; i <= 9; i++) {
            text = text.replace("[#q" + i + "]", "[#q" + i + ",group=" + (i <= 3 ? "法规" : i <= 6 ? "服务" : "历史") + "]");
        }
        Parsed p = parse(text);
        assertThat(p.errors()).isEmpty();
        for (String device : List.of("a", "b", "c", "paper:1")) {
            List<String> drawn = QuizDraw.ids(p.quiz(), device);
            assertThat(drawn).hasSize(6);
            assertThat(drawn.stream().filter(id -> Integer.parseInt(id.substring(1)) <= 3)).hasSize(2);
            assertThat(drawn.stream().filter(id -> Integer.parseInt(id.substring(1)) >= 7)).hasSize(2);
        }
        assertThat(parse(text.replace(":quiz-draw: 2", ":quiz-draw: 4")).errors()).containsExactlyInAnyOrder(
                "FILE:3: :quiz-draw: 4 per group, but group '法规' has only 3 questions: lower the number or add questions",
                "FILE:3: :quiz-draw: 4 per group, but group '服务' has only 3 questions: lower the number or add questions",
                "FILE:3: :quiz-draw: 4 per group, but group '历史' has only 3 questions: lower the number or add questions");
    }

    @Test
    void drawIsStablePerDeviceAndDiffersBetweenDevices() throws IOException {
        Quiz quiz = parse(bank(30, ":quiz-draw: 10")).quiz();

        List<String> a = QuizDraw.ids(quiz, "device-a");
        assertThat(a).hasSize(10).isEqualTo(QuizDraw.ids(quiz, "device-a"));
        assertThat(QuizDraw.ids(quiz, "device-b")).hasSize(10).isNotEqualTo(a);
        // source order
        assertThat(a).isSortedAccordingTo((x, y) -> Integer.compare(Integer.parseInt(x.substring(1)),
                Integer.parseInt(y.substring(1))));
        // the score is over the drawn questions only
        Map<String, List<Integer>> allRight = new java.util.HashMap<>();
        a.forEach(id -> allRight.put(id, List.of(1)));
        assertThat(quiz.score(allRight, Map.of(), a)).isEqualTo(100.0);
        assertThat(quiz.score(allRight, Map.of(), null)).isEqualTo(33.33);
    }
}

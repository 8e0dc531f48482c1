package org.bulletin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.source.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizParserTest {

    private static final String HEADER = "= 社会工作知识有奖问答\n:jbake-type: quiz\n:jbake-date: 2022-03-15\n";
    private static final String GOOD_QUESTION = "\n[#wswd]\n== 国际社工日是每年的哪一天？\n\n"
            + "* [ ] 三月的第一个星期一\n* [x] 三月的第三个星期二\n* [ ] 五月一日\n\n"
            + "TIP: 2007 年，国际社会工作者联合会将每年三月的第三个星期二定为国际社工日。\n";

    @TempDir
    static Path site;
    static AsciidoctorSession session;
    static int counter;

    @BeforeAll
    static void start() throws IOException {
        session = AsciidoctorSession.start();
        session.register(QuizMacro.REGISTRATION);
        Files.writeString(site.resolve("jbake.properties"), "site.title=T\nsite.locale=zh-CN\nquiz.salt=s3cret\n");
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    record Parsed(Quiz quiz, List<String> errors, List<String> warnings) {
    }

    private static Parsed parse(String text) throws IOException {
        return parse("quiz" + (++counter) + ".adoc", text, Map.of());
    }

    private static Parsed parse(String name, String text, Map<String, String> overrides) throws IOException {
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(site, overrides, problems);
        Path file = site.resolve("content/quiz/" + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        DocumentLoader loader = new DocumentLoader(session, config, site);
        ParsedDocument doc = loader.load(new SourceFile(file, "content/quiz/" + name), problems);
        Quiz quiz = new QuizParser(loader, config).parse(doc, problems);
        return new Parsed(quiz, problems.sorted().stream().filter(Problem::isError).map(Problem::format).toList(),
                problems.sorted().stream().filter(pr -> !pr.isError()).map(Problem::format)
                        .filter(w -> w.startsWith("content/")).toList());
    }

    @Test
    void countsTheFirstAttemptByDefaultAndReadsQuizCounts() throws IOException {
        assertThat(parse(HEADER + ":quiz-submit-url: /collect/quiz\n" + GOOD_QUESTION).quiz().counts()).isEqualTo("first");
        Parsed best = parse(HEADER + ":quiz-counts: Best\n:quiz-attempts: 3\n" + GOOD_QUESTION);
        assertThat(best.errors()).isEmpty();
        assertThat(best.quiz().counts()).isEqualTo("best");
        Parsed bad = parse(HEADER + ":quiz-counts: highest\n" + GOOD_QUESTION);
        assertThat(bad.errors()).singleElement().asString().endsWith(":4: :quiz-counts: must be first, best or last "
                + "(which attempt of a device counts), not 'highest'");
    }

    @Test
    void warnsAboutAPrizeQuizOrAskWithoutSubmitUrl() throws IOException {
        Parsed prize = parse(HEADER + ":quiz-prize-score: 80\n" + GOOD_QUESTION);
        assertThat(prize.errors()).isEmpty();
        assertThat(prize.warnings()).singleElement().asString().contains(":4: ")
                .contains("the quiz has :quiz-prize-score: but no submit URL");
        Parsed ask = parse(HEADER + ":quiz-ask: name, phone\n" + GOOD_QUESTION);
        assertThat(ask.warnings()).singleElement().asString().contains("the quiz has :quiz-ask: but no submit URL");
        assertThat(parse(HEADER + ":quiz-prize-score: 80\n:quiz-submit-url: /c/quiz\n" + GOOD_QUESTION).warnings())
                .isEmpty();
        assertThat(parse(HEADER + GOOD_QUESTION).warnings()).isEmpty();
    }

    @Test
    void warnsAboutUnlimitedAttemptsOnAPrizeQuizThatCountsALaterAttempt() throws IOException {
        String prize = HEADER + ":quiz-prize-score: 80\n:quiz-submit-url: /c/quiz\n";
        assertThat(parse(prize + ":quiz-counts: best\n" + GOOD_QUESTION).warnings()).singleElement().asString()
                .contains(":6: unlimited attempts with :quiz-counts: best on a prize quiz: every submit shows the right answers");
        assertThat(parse(prize + ":quiz-counts: last\n:quiz-attempts: 2\n" + GOOD_QUESTION).warnings()).isEmpty();
        assertThat(parse(prize + GOOD_QUESTION).warnings()).isEmpty();
    }

    @Test
    void readsTheIssueExampleIntoTheModel() throws IOException {
        Parsed p = parse("social-work-quiz.adoc", HEADER + ":quiz-pass-score: 60\n:quiz-prize-score: 90\n\n"
                + "Introduction shown above the questions.\n" + GOOD_QUESTION, Map.of());
        assertThat(p.errors()).isEmpty();
        Quiz q = p.quiz();
        assertThat(q.id()).isEqualTo("social-work-quiz");
        assertThat(q.source()).isEqualTo("content/quiz/social-work-quiz.adoc");
        assertThat(q.title()).isEqualTo("社会工作知识有奖问答");
        assertThat(q.introHtml()).contains("Introduction shown above the questions.");
        assertThat(q.passScore()).isEqualTo(60);
        assertThat(q.prizeScore()).isEqualTo(90);
        assertThat(q.shuffle()).isEqualTo("none");
        assertThat(q.attempts()).isNull();
        assertThat(q.ask()).isEmpty();
        Question question = q.questions().get(0);
        assertThat(question.id()).isEqualTo("wswd");
        assertThat(question.titleHtml()).isEqualTo("国际社工日是每年的哪一天？");
        assertThat(question.options()).extracting(o -> o.html() + "=" + o.correct())
                .containsExactly("三月的第一个星期一=false", "三月的第三个星期二=true", "五月一日=false");
        assertThat(question.multiple()).isFalse();
        assertThat(question.points()).isEqualTo(1);
        assertThat(question.knowledge()).isEqualTo("国际社工日是每年的哪一天？");
        assertThat(question.explanationHtml()).contains("admonitionblock tip").contains("2007 年");
        assertThat(question.line()).isEqualTo(10);
    }

    @Test
    void keepsBlocksBeforeTheChecklistAsQuestionBodyAndInlineFormattingInTitles() throws IOException {
        Parsed p = parse(HEADER + "\n== 哪些是 *五社* 之一？\n\n请选出所有正确的选项。\n\n"
                + "* [x] 社区\n* [x] 社会组织\n* [ ] 社交媒体\n\n解析：五社指社区、社会组织、社会工作者、社区志愿者、社会慈善资源。\n");
        Question q = p.quiz().questions().get(0);
        assertThat(p.errors()).isEmpty();
        assertThat(q.titleHtml()).isEqualTo("哪些是 <strong>五社</strong> 之一？");
        assertThat(q.bodyHtml()).contains("请选出所有正确的选项。");
        assertThat(q.explanationHtml()).contains("解析").doesNotContain("请选出");
        assertThat(q.multiple()).isTrue();
        assertThat(q.id()).isNotBlank();
    }

    @Test
    void readsSectionAttributesPointsAndKnowledge() throws IOException {
        Parsed p = parse(HEADER + "\n[#hours,points=3,knowledge=\"志愿服务时长\"]\n== 问题？\n\n* [x] 对\n* [ ] 错\n");
        Question q = p.quiz().questions().get(0);
        assertThat(p.errors()).isEmpty();
        assertThat(q.id()).isEqualTo("hours");
        assertThat(q.points()).isEqualTo(3);
        assertThat(q.knowledge()).isEqualTo("志愿服务时长");
    }

    @Test
    void readsEveryDocumentAttribute() throws IOException {
        Parsed p = parse(HEADER + ":quiz-id: my-quiz\n:quiz-pass-score: 70\n:quiz-prize-score: 95\n"
                + ":quiz-shuffle: both\n:quiz-attempts: 2\n:quiz-opens: 2022-03-14T08:00:00+08:00\n"
                + ":quiz-closes: 2022-03-20T18:00:00+08:00\n:quiz-submit-url: https://example.org/collect\n"
                + ":quiz-ask: name, phone\n" + GOOD_QUESTION);
        Quiz q = p.quiz();
        assertThat(p.errors()).isEmpty();
        assertThat(q.id()).isEqualTo("my-quiz");
        assertThat(q.passScore()).isEqualTo(70);
        assertThat(q.prizeScore()).isEqualTo(95);
        assertThat(q.shuffle()).isEqualTo("both");
        assertThat(q.attempts()).isEqualTo(2);
        assertThat(q.opens()).isEqualTo(OffsetDateTime.parse("2022-03-14T08:00:00+08:00"));
        assertThat(q.closes()).isEqualTo(OffsetDateTime.parse("2022-03-20T18:00:00+08:00"));
        assertThat(q.submitUrl()).isEqualTo("https://example.org/collect");
        assertThat(q.ask()).containsExactly("name", "phone");
    }

    @Test
    void takesTheSiteWideSubmitUrlWhenTheQuizHasNone() throws IOException {
        Parsed p = parse("site-url.adoc", HEADER + GOOD_QUESTION, Map.of("quiz.submit-url", "/collect"));
        assertThat(p.quiz().submitUrl()).isEqualTo("/collect");
        assertThat(parse(HEADER + GOOD_QUESTION).quiz().submitUrl()).isNull();
    }

    @Test
    void versionAndSaltAreStableHashesOfTheDefinitionAndTheSiteSecret() throws IOException {
        String text = HEADER + GOOD_QUESTION;
        Quiz a = parse("same.adoc", text, Map.of()).quiz();
        Quiz b = parse("same.adoc", text, Map.of()).quiz();
        Quiz changed = parse("same.adoc", text + "\n== 另一题\n\n* [x] 是\n* [ ] 否\n", Map.of()).quiz();
        Quiz otherSecret = parse("same.adoc", text, Map.of("quiz.salt", "other")).quiz();
        assertThat(a.version()).matches("[0-9a-f]{16}").isEqualTo(b.version());
        assertThat(a.salt()).matches("[0-9a-f]{16}").isEqualTo(b.salt());
        assertThat(changed.version()).isNotEqualTo(a.version());
        assertThat(otherSecret.version()).isEqualTo(a.version());
        assertThat(otherSecret.salt()).isNotEqualTo(a.salt());
    }

    @Test
    void scoresWithTwoDecimalsAndMultipleChoiceAllOrNothing() throws IOException {
        Parsed p = parse(HEADER + "\n[#a,points=2]\n== A\n\n* [x] 1\n* [ ] 2\n\n[#b]\n== B\n\n* [x] 1\n* [x] 2\n* [ ] 3\n"
                + "\n[#c]\n== C\n\n* [ ] 1\n* [x] 2\n");
        Quiz q = p.quiz();
        assertThat(q.score(Map.of("a", List.of(0), "b", List.of(1, 0), "c", List.of(1)))).isEqualTo(100.0);
        assertThat(q.score(Map.of("a", List.of(0), "b", List.of(0), "c", List.of(1)))).isEqualTo(75.0);
        assertThat(q.score(Map.of("b", List.of(0, 1)))).isEqualTo(25.0);
        assertThat(q.score(Map.of("c", List.of(1)))).isEqualTo(25.0);
        assertThat(q.score(Map.of("a", List.of(1)))).isEqualTo(0.0);
    }

    @Test
    void reportsQuestionWithoutChecklist() throws IOException {
        Parsed p = parse(HEADER + "\n== 没有选项的问题？\n\n只有一段文字。\n");
        assertThat(p.errors()).containsExactly("content/quiz/" + name() + ":5: question '没有选项的问题？' has no options: "
                + "add a checklist below it, one option a line, '* [ ] wrong' and '* [x] right' (or, for a blank to fill in, an [.answers] list of the accepted answers)");
    }

    @Test
    void reportsFewerThanTwoOptions() throws IOException {
        Parsed p = parse(HEADER + "\n== 只有一个选项？\n\n* [x] 唯一\n");
        assertThat(p.errors()).containsExactly("content/quiz/" + name() + ":5: question '只有一个选项？' has 1 option: "
                + "give at least two ('* [ ] …' lines)");
    }

    @Test
    void reportsQuestionWithoutCorrectOption() throws IOException {
        Parsed p = parse(HEADER + "\n\n\n== 哪个对？\n\n* [ ] 甲\n* [ ] 乙\n");
        assertThat(p.errors()).containsExactly("content/quiz/" + name() + ":7: question '哪个对？' has no correct "
                + "option: mark the right one(s) with [x], e.g. '* [x] 三月的第三个星期二'");
    }

    @Test
    void reportsOptionWithoutBox() throws IOException {
        Parsed p = parse(HEADER + "\n== 哪个对？\n\n* [x] 甲\n* 乙\n");
        assertThat(p.errors()).containsExactly("content/quiz/" + name() + ":8: an option of question '哪个对？' has no "
                + "box: start it with '[ ] ' (wrong) or '[x] ' (right)");
    }

    @Test
    void reportsDuplicateQuestionIds() throws IOException {
        Parsed p = parse(HEADER + "\n[#same]\n== 一\n\n* [x] 是\n* [ ] 否\n\n[#same]\n== 二\n\n* [x] 是\n* [ ] 否\n");
        assertThat(p.errors()).contains("content/quiz/" + name() + ":12: duplicate question id 'same' (also used at "
                + "line 6): give each question its own id, e.g. [#same-2]");
    }

    @Test
    void reportsQuizWithoutQuestions() throws IOException {
        Parsed p = parse(HEADER + "\n只有介绍，没有问题。\n");
        assertThat(p.errors()).containsExactly("content/quiz/" + name() + ":1: the quiz has no questions: add a "
                + "section '== Question?' followed by a checklist of options ('* [ ] wrong', '* [x] right')");
    }

    @Test
    void reportsValuesThatAreNotNumbersOrDates() throws IOException {
        Parsed p = parse(HEADER + ":quiz-pass-score: sixty\n:quiz-prize-score: 120\n:quiz-attempts: 0\n"
                + ":quiz-opens: 2022-03-14\n:quiz-closes: tomorrow\n:quiz-shuffle: random\n:quiz-ask: email\n"
                + ":quiz-submit-url: ftp://x\n:quiz-id: 有奖\n" + "\n[points=two]\n== 问题\n\n* [x] 是\n* [ ] 否\n");
        String f = "content/quiz/" + name() + ":";
        assertThat(p.errors()).containsExactly(
                f + "4: :quiz-pass-score: must be a whole number from 0 to 100, not 'sixty'",
                f + "5: :quiz-prize-score: must be a whole number from 0 to 100, not '120'",
                f + "6: :quiz-attempts: must be a whole number of 1 or more, not '0'",
                f + "8: :quiz-closes: must be a date with an optional time such as 2022年3月14日 08:00 or "
                        + "2022-03-14 08:00 (2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日), not 'tomorrow'",
                f + "9: :quiz-shuffle: must be none, questions, options or both, not 'random'",
                f + "10: :quiz-ask: knows name and phone, not 'email'",
                f + "11: :quiz-submit-url: must be an http(s) address or a site path starting with '/', not 'ftp://x'",
                f + "12: :quiz-id: '有奖' may only use letters, digits, '-' and '_' (e.g. social-work-quiz)",
                f + "15: question '问题': points must be a whole number of 1 or more, not 'two' (e.g. [points=2])");
    }

    @Test
    void reportsClosingBeforeOpening() throws IOException {
        Parsed p = parse(HEADER + ":quiz-opens: 2022-03-20T08:00:00+08:00\n:quiz-closes: 2022-03-14T08:00:00+08:00\n"
                + GOOD_QUESTION);
        assertThat(p.errors()).containsExactly("content/quiz/" + name() + ":5: :quiz-closes: 2022-03-14T08:00+08:00 is "
                + "not after :quiz-opens: 2022-03-20T08:00+08:00: the quiz would never be open");
    }

    @Test
    void reportsUnknownQuizAttributeNamingTheClosestKnownOne() throws IOException {
        Parsed p = parse(HEADER + ":quiz-pass-scor: 60\n:quiz-atempts: 3\n" + GOOD_QUESTION);
        assertThat(p.errors()).containsExactly(
                "content/quiz/" + name() + ":4: unknown attribute :quiz-pass-scor: (did you mean :quiz-pass-score:?)",
                "content/quiz/" + name() + ":5: unknown attribute :quiz-atempts: (did you mean :quiz-attempts:?)");
    }

    @Test
    void reportsEveryErrorOfAQuizInOneRun() throws IOException {
        Parsed p = parse(HEADER + ":quiz-shuffle: all\n\n== 一\n\n* [x] 是\n\n== 二\n\n文字\n");
        assertThat(p.errors()).hasSize(3);
    }

    @Test
    void reportsQuizIdsUsedTwiceAcrossTheSite() throws IOException {
        Quiz a = parse("a.adoc", HEADER + ":quiz-id: same\n" + GOOD_QUESTION, Map.of()).quiz();
        Quiz b = parse("b.adoc", HEADER + ":quiz-id: same\n" + GOOD_QUESTION, Map.of()).quiz();
        Problems problems = new Problems();
        QuizParser.checkUniqueIds(List.of(a, b), problems);
        assertThat(problems.sorted()).extracting(Problem::format).containsExactly("content/quiz/b.adoc:1: quiz id "
                + "'same' is already used by content/quiz/a.adoc: set a different :quiz-id: in one of them");
    }

    @Test
    void reportsEmbedOfAnUnknownQuizAtItsLine() throws IOException {
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(site, Map.of(), problems);
        Path file = site.resolve("content/articles/embed.adoc");
        Files.createDirectories(file.getParent());
        String text = "= Article\n:jbake-date: 2022-03-15\n\nText.\n\nquiz::social-work-quiz[]\n\nquiz::nope[]\n";
        Files.writeString(file, text);
        DocumentLoader loader = new DocumentLoader(session, config, site);
        ParsedDocument doc = loader.load(new SourceFile(file, "content/articles/embed.adoc"), problems);
        org.bulletin.model.Page page = new ArticleParser(loader, config).parse(doc, problems);
        assertThat(page.html()).contains("<div class=\"quiz-embed\" data-quiz=\"social-work-quiz\"></div>");
        QuizEmbedCheck.check(page, () -> text, java.util.Set.of("social-work-quiz"), problems);
        assertThat(problems.sorted()).filteredOn(Problem::isError).extracting(Problem::format).containsExactly(
                "content/articles/embed.adoc:8: quiz::nope[] names no quiz: use one of [social-work-quiz]");
    }

    private static String name() {
        return "quiz" + counter + ".adoc";
    }
}

package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.bulletin.model.Page;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.problem.Problem;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese site written as an editor with a Chinese input method writes it: line breaks inside
 * sentences, {@code *不*}, full-width boxes and colons, {@code ，} between tags, {@code 2022年3月15日}
 * dates, and a few mistakes. Built with the real Asciidoctor and the real templates.
 */
@ExtendWith(SharedGenerator.class)
class ChineseEditingTest {

    @TempDir
    Path dir;

    private static final String PROPS = """
            -- jbake.properties --
            site.title=社工站
            site.host=https://example.org/
            site.locale=zh-CN
            """;

    private static final String ARTICLE = """
            -- content/articles/a.adoc --
            = 社工*不*轻信谣言
            :jbake-date：2022年3月15日
            :jbake-tags: 社工知识，宣传周、社区

            2007 年，国际社会工作者联合会将每年三月的第三个星期二定为“国际社工日”，
            以唤起公众对社会工作的认识。社工提醒居民*不*轻信陌生来电，
            遇到问题请拨打 12345
            热线。

            * 第一条：保管好
              个人信息
            * 第二条：`密码`不要外传，_千万_记住

            ....
            字面
            文字
            ....

            [source]
            ----
            代码*不*改
            * ［x］ 原样
            :jbake-date：原样
            ----

            这是第一行 +
            这是第二行

            English line one
            and line two.
            """;

    private static final String QUIZ = """
            -- content/quiz/q.adoc --
            = 社工知识问答
            :jbake-type: quiz
            :jbake-date: 2022/3/15
            :quiz-opens: 2022年3月15日 上午8点
            :quiz-closes: 2022.3.20

            [#privacy]
            == 社工*不*应该做什么？

            * ［ ］ 泄露
              居民隐私
            * ［x］ 保护居民的
              隐私
            * 【 】随便说

            社工应当
            保护隐私。
            """;

    @Test
    void chineseArticleRendersWithoutStraySpacesOrAsterisks(SiteGenerator generator) throws Exception {
        TestSites.write(dir, PROPS + ARTICLE);
        BuildResult result = generator.build(BuildRequest.of(dir, dir.resolve("out")));
        assertThat(result.problems()).isEmpty();
        String html = Files.readString(dir.resolve("out/articles/a.html"));
        assertThat(html)
                .contains("定为“国际社工日”，以唤起公众")
                .contains("提醒居民<strong>不</strong>轻信陌生来电，遇到问题请拨打 12345\n热线。")
                .contains("保管好个人信息")
                .contains("<code>密码</code>不要外传，<em>千万</em>记住")
                .contains("字面\n文字")
                .contains("代码*不*改\n* ［x］ 原样\n:jbake-date：原样")
                .contains("这是第一行<br>\n这是第二行")
                .contains("English line one\nand line two.");
        assertThat(Jsoup.parse(html).select("main h1").text()).isEqualTo("社工不轻信谣言");

        Page page = generator.load(BuildRequest.of(dir, dir.resolve("out2"))).site().posts().get(0);
        assertThat(page.date()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(page.tags()).containsExactly("社工知识", "宣传周", "社区");
        assertThat(page.summary()).startsWith("2007 年，国际社会工作者联合会将每年三月的第三个星期二定为“国际社工日”，以唤起公众")
                .contains("请拨打 12345 热线。")
                .doesNotContain("第一条"); // a summary never takes list items (docs/content/editors/articles.md, :description:)
    }

    @Test
    void quizWithFullWidthBoxesAndChineseTimes(SiteGenerator generator) throws Exception {
        TestSites.write(dir, PROPS + QUIZ);
        var loaded = generator.load(BuildRequest.of(dir, dir.resolve("out")));
        assertThat(loaded.problems().sorted()).isEmpty();
        Quiz quiz = loaded.site().quizzes().get(0);
        assertThat(quiz.date()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(quiz.opens()).isEqualTo(OffsetDateTime.parse("2022-03-15T08:00+08:00"));
        assertThat(quiz.closes()).isEqualTo(OffsetDateTime.parse("2022-03-21T00:00+08:00"));
        Question q = quiz.questions().get(0);
        assertThat(q.titleHtml()).isEqualTo("社工<strong>不</strong>应该做什么？");
        assertThat(q.options()).extracting(o -> o.html() + "=" + o.correct())
                .containsExactly("泄露居民隐私=false", "保护居民的隐私=true", "随便说=false");
        assertThat(q.explanationHtml()).contains("社工应当保护隐私。");
    }

    @Test
    void mistakesAreReportedOnceWithFileAndLine(SiteGenerator generator) throws Exception {
        TestSites.write(dir, PROPS + """
                -- content/articles/bad.adoc --
                = 错误示例
                :jbake-date: 2022年13月15日

                这里有 word*bold*word 的写法。
                :quiz-opens：2022-03-15
                -- content/quiz/bad-quiz.adoc --
                = 问答
                :jbake-type: quiz
                :quiz-opens: 明天上午

                == 问题？

                * [ ] 错
                * [x] 对
                """);
        var loaded = generator.load(BuildRequest.of(dir, dir.resolve("out")));
        List<String> problems = loaded.problems().sorted().stream().map(Problem::format).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("content/articles/bad.adoc:2: ")
                .contains("invalid date '2022年13月15日'").contains("2022年3月15日"));
        assertThat(problems).noneMatch(p -> p.contains("has no :jbake-date:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("content/articles/bad.adoc:4: ")
                .contains("'*bold*'").contains("'**bold**'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("content/articles/bad.adoc:5: ")
                .contains("'：'").contains(":quiz-opens: 2022-03-15"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("content/quiz/bad-quiz.adoc:3: ")
                .contains(":quiz-opens:").contains("明天上午"));
    }

    @Test
    void timesWithoutOffsetNeedAZoneOutsideChineseLocales(SiteGenerator generator) throws Exception {
        String quiz = """
                -- content/quiz/q.adoc --
                = Quiz
                :jbake-type: quiz
                :quiz-opens: 2022-03-15 08:00

                == Question?

                * [ ] no
                * [x] yes
                """;
        TestSites.write(dir, "-- jbake.properties --\nsite.title=T\nsite.host=https://example.org/\nsite.locale=en\n" + quiz);
        var loaded = generator.load(BuildRequest.of(dir, dir.resolve("out")));
        assertThat(loaded.problems().sorted()).extracting(Problem::format).singleElement().asString()
                .startsWith("content/quiz/q.adoc:3: ").contains("site.timezone");

        TestSites.write(dir, "-- jbake.properties --\nsite.title=T\nsite.host=https://example.org/\nsite.locale=en\n"
                + "site.timezone=Europe/Berlin\n");
        loaded = generator.load(BuildRequest.of(dir, dir.resolve("out")));
        assertThat(loaded.problems().sorted()).isEmpty();
        assertThat(loaded.site().quizzes().get(0).opens()).isEqualTo(OffsetDateTime.parse("2022-03-15T08:00+01:00"));
    }
}

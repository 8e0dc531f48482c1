package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.bulletin.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem {@code bulletin build} prints is in the site's language: a Chinese site written as an editor
 * with a Chinese input method writes it (line breaks inside sentences, {@code *不*}, full-width boxes,
 * {@code ，} between tags, {@code 2022年3月15日} dates) with the mistakes editors make (an invalid date, a
 * question without a right answer, a broken include, a missing image, a bad row of the message wall) gets
 * them in Chinese, each with its {@code path:line:} first; the same site in English gets English; and
 * {@code --lang} asks for the other language. Through the real command line, each build with its own JRuby.
 */
class SiteLanguageMessagesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The part of the site without mistakes: it builds to pages. */
    private static final String GOOD = """
            -- content/articles/a.adoc --
            = 社工*不*轻信谣言
            :jbake-date: 2022年3月15日
            :jbake-tags: 社工知识，宣传周

            2007 年，国际社会工作者联合会将每年三月的第三个星期二定为“国际社工日”，
            以唤起公众对社会工作的认识。社工提醒居民*不*轻信陌生来电，
            遇到问题请拨打 12345
            热线。
            -- content/quiz/q.adoc --
            = 社工知识问答
            :jbake-type: quiz
            :jbake-date: 2022年3月15日

            == 社工*不*应该做什么？

            * ［ ］ 泄露
              居民隐私
            * ［x］ 保护居民的
              隐私
            """;

    /** Mistakes, one of each kind, at known lines. */
    private static final String MISTAKES = """
            -- content/articles/bad.adoc --
            = 错误示例
            :jbake-date: 2022年13月15日

            include::missing.adoc[]

            image::nophoto.jpg[照片]
            -- content/quiz/bad-quiz.adoc --
            = 问答
            :jbake-type: quiz
            :jbake-date: 2022/3/15

            == 哪一天是国际社工日？

            * [ ] 一月一日
            * [ ] 五月一日
            -- data/messages.csv --
            date,name,message
            明天,小王,社工辛苦了
            """;

    private static String properties(String locale) {
        return "-- jbake.properties --\nsite.title=社工站\nsite.host=https://shegong-week.cn/\nsite.locale=" + locale + "\n";
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return BulletinCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** collect has a --lang of its own (it also runs alone): the help of all commands once crashed on the two. */
    @Test
    void everyCommandTakesLangBeforeAndAfterItsName() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--lang=LANG").contains("collect");
        for (String verb : new String[] {"build", "serve", "new", "check", "collect", "report", "deploy", "import-quiz"}) {
            assertThat(run(verb, "--lang", "en", "--help")).as(verb).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(verb).contains("--lang=LANG");
            assertThat(run("--lang", "en", verb, "--help")).as(verb).isZero();
        }
    }

    @Test
    void aChineseSitesMistakesArePrintedInChineseWithFileAndLineFirst() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), properties("zh-CN") + GOOD + MISTAKES);

        assertThat(run("build", site.toString(), "-o", dir.resolve("out").toString())).isEqualTo(ExitCodes.CONTENT);

        List<String> lines = errLines();
        assertThat(lines).contains(
                "错误：content/articles/bad.adoc:2: 日期“2022年13月15日”无效"
                        + "（请写成 2022-03-15、2022/3/15、2022.3.15 或 2022年3月15日）",
                "警告：content/articles/bad.adoc:4: include::missing.adoc[]：找不到文件：content/articles/missing.adoc"
                        + "（路径是相对于本文件的）",
                "错误：content/quiz/bad-quiz.adoc:5: 题目“哪一天是国际社工日？”没有正确选项：请用 [x] 标出正确的选项，"
                        + "例如“* [x] 三月的第三个星期二”",
                "错误：data/messages.csv:2: “明天”不是日期：请写成 2022-03-15");
        assertThat(lines).contains("警告：content/articles/bad.adoc:6: 找不到图片“nophoto.jpg”："
                + "请把它放进 assets 文件夹（assets/nophoto.jpg），或者改正路径");
        assertThat(lines).as("no contradictory second message about the invalid date")
                .noneMatch(l -> l.contains(":jbake-date:"));
        // every line is a problem with its place first, or the summary; none is in English
        Pattern problem = Pattern.compile("(错误|警告)：(content|data)/[^: ]+:\\d+: \\S.*");
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertThat(line).matches(problem);
            assertThat(line).doesNotContainPattern("\\b(the|is|not|use|error|warning|found)\\b");
        }
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("生成失败：3 个错误，2 个警告。什么都没有发布；" + dir.resolve("out") + " 保持不变。");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theSameMistakesInAnEnglishSiteArePrintedInEnglish() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), properties("en") + GOOD + MISTAKES);

        assertThat(run("build", site.toString(), "-o", dir.resolve("out").toString())).isEqualTo(ExitCodes.CONTENT);

        List<String> lines = errLines();
        assertThat(lines).contains(
                "error: content/articles/bad.adoc:2: invalid date '2022年13月15日' "
                        + "(use 2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日)",
                "warning: content/articles/bad.adoc:4: include::missing.adoc[]: file not found: "
                        + "content/articles/missing.adoc (the path is relative to this file)",
                "error: content/quiz/bad-quiz.adoc:5: question '哪一天是国际社工日？' has no correct option: mark the "
                        + "right one(s) with [x], e.g. '* [x] 三月的第三个星期二'",
                "error: data/messages.csv:2: the date \"明天\" is not a date: write it as 2022-03-15");
        assertThat(lines).contains("warning: content/articles/bad.adoc:6: image 'nophoto.jpg' not found: put it in "
                + "the assets folder (assets/nophoto.jpg) or fix the path");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("Build failed: 3 errors, 2 warnings. Nothing was published; " + dir.resolve("out") + " is unchanged.");
        assertThat(String.join("\n", lines)).doesNotContain("错误：").doesNotContain("警告：").doesNotContain("无效");
    }

    @Test
    void langAsksForTheOtherLanguage() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), properties("zh-CN") + GOOD + MISTAKES);

        assertThat(run("build", site.toString(), "-o", dir.resolve("out").toString(), "--lang", "en"))
                .isEqualTo(ExitCodes.CONTENT);
        assertThat(errLines()).contains("error: data/messages.csv:2: the date \"明天\" is not a date: write it as 2022-03-15")
                .anySatisfy(l -> assertThat(l).startsWith("Build failed: "));

        Path english = TestSites.write(dir.resolve("english"), properties("en") + MISTAKES);
        assertThat(run("--lang", "zh-CN", "build", english.toString(), "-o", dir.resolve("out2").toString()))
                .isEqualTo(ExitCodes.CONTENT);
        assertThat(errLines()).contains("错误：data/messages.csv:2: “明天”不是日期：请写成 2022-03-15")
                .anySatisfy(l -> assertThat(l).startsWith("生成失败："));
    }

    @Test
    void theChineseSiteWithoutItsMistakesBuildsToPagesWithoutStraySpacesOrAsterisks() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), properties("zh-CN") + GOOD);
        Path output = dir.resolve("out");

        assertThat(run("build", site.toString(), "-o", output.toString())).isEqualTo(ExitCodes.OK);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("正在转换 2 篇文档中的 2 篇").containsPattern("已生成 \\d+ 个页面（共 \\d+ 个文件），用时 ");
        assertThat(errLines()).isEmpty();
        String article = Jsoup.parse(Files.readString(output.resolve("articles/a.html"))).select("main").text();
        assertThat(article).contains("定为“国际社工日”，以唤起公众").contains("提醒居民不轻信陌生来电，遇到问题请拨打 12345 热线。")
                .doesNotContain("*").doesNotContain("。 ").doesNotContain("， ");
        String quiz = Files.readString(output.resolve("quiz/q.html"));
        assertThat(Jsoup.parse(quiz).text()).contains("社工不应该做什么？").contains("泄露居民隐私").contains("保护居民的隐私")
                .doesNotContain("*").doesNotContain("［");
    }
}

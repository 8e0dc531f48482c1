package org.bulletin.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Quiz;
import org.bulletin.testing.SharedGenerator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Question lists from .xlsx, .csv (UTF-8, GBK) and pasted text become quizzes that build and score. */
@ExtendWith(SharedGenerator.class)
class QuizImportTest {

    @TempDir
    Path dir;

    /** Builds a site holding {@code quiz} as content/quiz/NAME.adoc and returns the parsed quiz. */
    private Quiz build(SiteGenerator generator, Path quizFile) throws Exception {
        Path site = quizFile.getParent().getParent().getParent();
        Files.writeString(site.resolve("jbake.properties"), "site.title=T\nsite.locale=zh-CN\nsite.host=http://127.0.0.1/\n");
        BuildResult result = generator.build(BuildRequest.of(site, site.resolve("out")));
        assertThat(result.errors()).as(Files.readString(quizFile)).isEmpty();
        return generator.load(BuildRequest.of(site, site.resolve("out"))).site().quizzes().get(0);
    }

    private void xlsx(Path file, List<List<Object>> rows) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook book = new Workbook(out, "Bulletin test", "1.0");
            Worksheet sheet = book.newWorksheet("题库");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (v != null) {
                        sheet.value(r, c, v.toString());
                    }
                }
            }
            book.finish();
        }
    }

    @Test
    void importsARealLookingWorkbookThatBuildsAndScores(SiteGenerator generator) throws Exception {
        Path file = dir.resolve("社工知识题库.xlsx");
        // columns in another order than the manual's, Chinese names, a number cell for the points
        xlsx(file, List.of(
                List.of("序号", "知识点", "题目", "答案", "选项A", "选项B", "选项C", "选项D", "解析", "分值"),
                List.of(1, "国际社工日", "国际社工日是每年的哪一天？", "B", "三月的第一个星期一", "三月的第三个星期二", "五月一日", "",
                        "2007 年起，每年三月的第三个星期二。", 2),
                List.of(2, "服务", "下列哪些属于社区服务？（多选）", "A,B,D", "居家养老", "青少年四点半课堂", "房产中介", "邻里调解",
                        "", ""),
                List.of(3, "国际社工日", "国际社工日是每年三月的第___个星期二", "三|3|第三", "", "", "", "", "第三个星期二。", ""),
                List.of(4, "", "A <b>bold</b> [link] *star* {attr} question", "A", "x & y", "1 + 1", "", "", "", "")));
        Path out = dir.resolve("site/content/quiz/bank.adoc");

        QuizImport.Result result = QuizImport.run(file, out, null, false);

        assertThat(result.problems()).isEmpty();
        assertThat(result.written()).isTrue();
        assertThat(result.questions()).isEqualTo(4);
        String text = Files.readString(out);
        assertThat(text).startsWith("= 社工知识题库\n:jbake-type: quiz\n")
                .contains("[#q1,points=2,knowledge=\"国际社工日\"]\n== 国际社工日是每年的哪一天？\n\n* [ ] 三月的第一个星期一\n* [x] 三月的第三个星期二\n")
                .contains("[.answers.numerals]\n* 三\n* 3\n* 第三\n");
        Quiz quiz = build(generator, out);
        assertThat(quiz.questions()).hasSize(4);
        assertThat(quiz.questions().get(3).titleHtml()).isEqualTo("A &lt;b&gt;bold&lt;/b&gt; [link] *star* {attr} question");
        assertThat(quiz.questions().get(3).options().get(0).html()).isEqualTo("x &amp; y");
        assertThat(quiz.score(Map.of("q1", List.of(1), "q2", List.of(0, 1, 3), "q4", List.of(0)), Map.of("q3", "３"), null))
                .isEqualTo(100.0);
        assertThat(quiz.score(Map.of("q1", List.of(0), "q2", List.of(0, 1), "q4", List.of(0)), Map.of("q3", "4"), null))
                .isEqualTo(20.0);
    }

    @Test
    void namesEveryMalformedRowAndWritesNothingUnlessPartial(SiteGenerator generator) throws Exception {
        Path file = dir.resolve("list.csv");
        String csv = "question,A,B,C,answer,explanation,points\n"
                + "好的题目？,对,错,,A,,\n"
                + ",对,错,,A,,\n"
                + "答案不是选项？,对,错,,D,,\n"
                + "没有答案？,对,错,,,,\n"
                + "分值不对？,对,错,,B,,两分\n";
        Files.write(file, csv.getBytes(Charset.forName("GBK"))); // as Excel saves CSV on Chinese Windows
        Path out = dir.resolve("site/content/quiz/list.adoc");

        QuizImport.Result refused = QuizImport.run(file, out, "导入", false);

        assertThat(refused.written()).isFalse();
        assertThat(out).doesNotExist();
        assertThat(refused.problems()).containsExactly(
                file + ":3: row 3: has no question: fill in the question (题目)",
                file + ":4: row 4: answer 'D' names option D, which is empty: fill in option D or correct the answer",
                file + ":5: row 5: has no answer: give the right letters (答案 B or ABD) or, for a blank, the answer itself",
                file + ":6: row 6: points '两分' is not a whole number of 1 or more (分值, e.g. 2)");

        QuizImport.Result partial = QuizImport.run(file, out, "导入", true);
        assertThat(partial.written()).isTrue();
        assertThat(partial.questions()).isEqualTo(1);
        assertThat(partial.problems()).hasSize(4);
        assertThat(build(generator, out).questions()).extracting(q -> q.titleHtml()).containsExactly("好的题目？");
    }

    @Test
    void namesABrokenWorkbookAndABrokenCsvAsProblemsNotFailures() throws Exception {
        Path fake = dir.resolve("fake.xlsx");
        Files.writeString(fake, "not a workbook");
        Path csv = dir.resolve("quotes.csv");
        Files.writeString(csv, "题目,答案\n\"没有结束的引号,A\n");

        QuizImport.Result workbook = QuizImport.run(fake, dir.resolve("a.adoc"), null, false);
        QuizImport.Result quotes = QuizImport.run(csv, dir.resolve("b.adoc"), null, false);

        assertThat(workbook.written()).isFalse();
        assertThat(workbook.problems()).singleElement().asString().startsWith(fake + ":1: cannot be read as an .xlsx workbook")
                .endsWith("save it again as .xlsx, or as CSV");
        assertThat(quotes.problems()).singleElement().asString().startsWith(csv + ":2: ")
                .endsWith("check the quotes in that row, or save the sheet again as CSV");
    }

    @Test
    void importsPastedTextThatBuildsAndScores(SiteGenerator generator) throws Exception {
        Path file = dir.resolve("pasted.txt");
        Files.writeString(file, """
                社会工作知识有奖问答

                1. 国际社工日是每年的哪一天？（单选）
                A. 三月的第一个星期一
                B．三月的第三个星期二
                C、五月一日
                答案：B
                解析：2007 年起，每年三月的第三个星期二。
                国际社会工作者联合会定的。

                2、下列哪些属于社区服务？（多选）
                A. 居家养老
                B. 青少年四点半课堂
                C. 房产中介
                答案：AB
                分值：2

                3. 一周有___天（填空）
                答案：七|7
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("site/content/quiz/pasted.adoc");

        QuizImport.Result result = QuizImport.run(file, out, null, false);

        assertThat(result.problems()).isEmpty();
        Quiz quiz = build(generator, out);
        assertThat(quiz.title()).isEqualTo("社会工作知识有奖问答");
        assertThat(quiz.questions()).hasSize(3);
        assertThat(quiz.questions().get(0).explanationHtml()).contains("国际社会工作者联合会定的");
        assertThat(quiz.questions().get(2).blank()).isTrue();
        assertThat(quiz.score(Map.of("q1", List.of(1), "q2", List.of(0, 1)), Map.of("q3", "七"), null)).isEqualTo(100.0);
        assertThat(quiz.score(Map.of("q1", List.of(1)), Map.of("q3", "８"), null)).isEqualTo(25.0);
    }

    @Test
    void namesTheLinesOfPastedTextItCannotRead() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "标题\n1. 第一题？\nA. 是\nB. 否\n2. 第二题？\nA. 是\nC. 否\n答案：A\n乱写的一行\n");

        QuizImport.Result result = QuizImport.run(file, dir.resolve("x.adoc"), null, false);

        assertThat(result.written()).isFalse();
        assertThat(result.problems()).containsExactly(
                file + ":2: question '第一题？': has no answer: give the right letters (答案 B or ABD) or, for a blank, the answer itself",
                file + ":7: option C of question at line 5 is out of order: expected B next",
                file + ":9: this line is not part of a question: write '解析：' before an explanation, or start a new question with its number");
    }

    @Test
    void theProblemsAreInTheLanguageOfTheSiteTheQuizGoesInto() throws Exception {
        Path file = dir.resolve("lang.csv");
        Files.writeString(file, "题目,选项A,选项B,答案\n没有答案？,对,错,\n");
        Path zh = dir.resolve("zh");
        Files.createDirectories(zh.resolve("content/quiz"));
        Files.writeString(zh.resolve("jbake.properties"), "site.title=测试\nsite.locale=zh-CN\n");
        Path en = dir.resolve("en");
        Files.createDirectories(en.resolve("content/quiz"));
        Files.writeString(en.resolve("jbake.properties"), "site.title=Test\nsite.locale=en\n");

        QuizImport.Result chinese = QuizImport.run(file, zh.resolve("content/quiz/q.adoc"), null, false);
        QuizImport.Result english = QuizImport.run(file, en.resolve("content/quiz/q.adoc"), null, false);

        assertThat(chinese.shown()).containsExactly(file + ":2: 第 2 行：没有答案：请写出正确选项的字母（答案 B 或 ABD）；填空题请直接写答案");
        assertThat(chinese.problems()).containsExactly(file + ":2: row 2: has no answer: give the right letters "
                + "(答案 B or ABD) or, for a blank, the answer itself");
        assertThat(english.shown()).isEqualTo(chinese.problems());
        assertThat(QuizImport.run(file, dir.resolve("nowhere/q.adoc"), null, false).language()).isEqualTo(java.util.Locale.ENGLISH);
    }
}

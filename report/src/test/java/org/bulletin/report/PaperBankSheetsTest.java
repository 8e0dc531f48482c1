package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.OutputFile;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizDraw;
import org.bulletin.render.PrintPages;
import org.bulletin.testing.SharedGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Paper sheets of a quiz that draws: each sheet number its own draw, the key lists it, blanks get a line. */
@ExtendWith(SharedGenerator.class)
class PaperBankSheetsTest {

    @TempDir
    Path dir;

    @Test
    void printsEachSheetsOwnDrawAndTheKeyListsIt(SiteGenerator generator) throws Exception {
        StringBuilder quiz = new StringBuilder("= 题库\n:jbake-type: quiz\n:quiz-draw: 4\n");
        for (int i = 1; i <= 11; i++) {
            quiz.append("\n[#q").append(i).append("]\n== 第").append(i).append("题？\n\n* [ ] 错\n* [x] 对\n");
        }
        quiz.append("\n[#q12]\n== 一周有___天\n\n[.answers.numerals]\n* 七\n* 7\n");
        Files.createDirectories(dir.resolve("content/quiz"));
        Files.writeString(dir.resolve("jbake.properties"), "site.title=T\nsite.locale=zh-CN\nsite.host=http://127.0.0.1/\n");
        Files.writeString(dir.resolve("content/quiz/bank.adoc"), quiz, StandardCharsets.UTF_8);
        SiteGenerator.LoadedSite loaded = generator.load(BuildRequest.of(dir, dir.resolve("out")));
        Quiz bank = loaded.site().quizzes().get(0);
        List<OutputFile> pages = new PrintPages(true).pages(loaded.site(), generator.renderer(loaded, true)).stream()
                .map(p -> p.render().get()).toList();

        Document sheet = Jsoup.parse(page(pages, "print/sheet-bank.html"));
        Document key = Jsoup.parse(page(pages, "print/key-bank.html"));

        assertThat(sheet.select("section.sheet-page")).hasSize(30);
        assertThat(key.select("table.key-table")).hasSize(30);
        for (int n : new int[] {1, 7, 30}) {
            Element page = sheet.select("section.sheet-page").get(n - 1);
            List<Question> drawn = QuizDraw.questions(bank, "paper:" + n);
            assertThat(page.selectFirst(".sheet-number").text()).isEqualTo(String.valueOf(n));
            assertThat(page.select(".sheet-q > span:first-child").eachText()) // the title; kind and points follow
                    .containsExactlyElementsOf(drawn.stream().map(q -> Jsoup.parse(q.titleHtml()).text()).toList());
            assertThat(key.select("table.key-table").get(n - 1).select(".key-id").eachText())
                    .containsExactlyElementsOf(QuizDraw.ids(bank, "paper:" + n));
        }
        int withBlank = 1;
        while (!QuizDraw.ids(bank, "paper:" + withBlank).contains("q12")) {
            withBlank++;
        }
        assertThat(sheet.select("section.sheet-page").get(withBlank - 1).select(".sheet-line")).hasSize(1);
        assertThat(key.select("table.key-table").get(withBlank - 1).text()).contains("七 / 7");
        assertThat(key.select("h2").first().text()).isEqualTo("第 1 号答题卡");
    }

    private static String page(List<OutputFile> pages, String path) {
        return pages.stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().content();
    }
}

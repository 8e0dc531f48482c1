package org.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizDraw;
import org.bulletin.report.BadLines;
import org.bulletin.report.QuizSubmission;
import org.bulletin.report.ResultsReader;
import org.bulletin.report.Rescorer;
import org.bulletin.testing.Browser;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Question banks ({@code :quiz-draw:}) and fill-in questions in Chromium: the page draws what
 * {@link QuizDraw} draws for the same device id, keeps it across reloads, and the report re-scores what
 * the page sent to the page's own score.
 */
@BrowserTest
@ExtendWith(SharedGenerator.class)
class QuizBankBrowserTest {

    @TempDir
    static Path work;
    static QuizBrowserSupport.QuizSite site;
    static Map<String, Quiz> quizzes = new java.util.HashMap<>();

    static String bank() {
        StringBuilder s = new StringBuilder("= 题库\n:jbake-type: quiz\n:quiz-draw: 10\n{submit}\n");
        for (int i = 1; i <= 30; i++) {
            s.append("\n[#q").append(i).append("]\n== 第 ").append(i).append(" 题？\n\n* [ ] 错\n* [x] 对\n");
        }
        return s.toString();
    }

    static final String BLANKS = "= 填空\n:jbake-type: quiz\n{submit}\n"
            + "\n[#day]\n== 国际社工日是每年三月的第___个星期二\n\n[.answers.numerals]\n* 三\n* 第三\n\nTIP: 第三个星期二。\n"
            + "\n[#city]\n== The capital of France is ___\n\n[.answers]\n* Paris\n"
            + "\n[#pick]\n== 选择\n\n* [x] 对\n* [ ] 错\n";

    /** Typed → accepted (as written in the quiz), and whether numerals count: the page must find each one right. */
    static final String[][] NORMS = {{"三", "3", "n"}, {"二十一", "21", "n"}, {"一百零八", "108", "n"},
        {"二〇二二", "2022", "n"}, {"三万五千", "35000", "n"}, {" Ｐａｒｉｓ 。", "paris", ""}, {"“社工”", "社工", ""},
        {"A B\tC", "abc", ""}, {"１２３", "123", "n"}, {"十五", "15", "n"}};

    static String norms() {
        StringBuilder s = new StringBuilder("= 写法\n:jbake-type: quiz\n");
        for (int i = 0; i < NORMS.length; i++) {
            s.append("\n[#n").append(i).append("]\n== 第 ").append(i).append(" 空\n\n[.answers")
                    .append(NORMS[i][2].isEmpty() ? "" : ".numerals").append("]\n* ").append(NORMS[i][1]).append('\n');
        }
        return s.toString();
    }

    @BeforeAll
    static void start(SiteGenerator generator) throws Exception {
        site = new QuizBrowserSupport.QuizSite(generator, work, Map.of("bank", bank(), "blanks", BLANKS, "norms", norms()));
        generator.load(BuildRequest.of(work.resolve("site"), work.resolve("out"))).site().quizzes()
                .forEach(q -> quizzes.put(q.id(), q));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(Browser.consoleProblems(site.browser)).as("browser console").isEmpty();
    }

    /** A device with its own id, as the page stores it. */
    private void device(String id) {
        site.clean();
        site.browser.executeScript("localStorage.setItem('bulletin.client', JSON.stringify(arguments[0]))", id);
    }

    private List<String> asked(String quiz) {
        return site.browser.findElements(By.cssSelector("#quiz-" + quiz + " fieldset.quiz-question")).stream()
                .map(f -> f.getAttribute("data-question")).toList();
    }

    /** What the report makes of one POSTed body, written as the collector's results file holds it. */
    private double rescore(String json) throws java.io.IOException {
        Path results = work.resolve("results.jsonl");
        java.nio.file.Files.writeString(results, json + "\n");
        BadLines bad = new BadLines();
        List<QuizSubmission> read = new ArrayList<>();
        new ResultsReader(bad).read(results, read::add);
        assertThat(bad.examples()).as("the report reads " + json).isEmpty();
        return Rescorer.score(quizzes.get(read.get(0).quiz()), read.get(0)).score();
    }

    @Test
    void drawsTheSameQuestionsAsJavaStableOnEachDeviceAndDifferentBetweenDevices() {
        Quiz bank = quizzes.get("bank");
        List<List<String>> draws = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            String id = "device-" + d + "-k3x9";
            device(id);
            site.open("quiz/bank.html");
            List<String> page = asked("bank");
            assertThat(page).as(id).hasSize(10).isEqualTo(QuizDraw.ids(bank, id));
            draws.add(page);
        }
        assertThat(draws.stream().distinct()).hasSizeGreaterThan(10);
        site.browser.navigate().refresh();
        site.open("quiz/bank.html");
        assertThat(asked("bank")).isEqualTo(draws.get(11));
        assertThat(site.browser.findElement(By.cssSelector(".quiz-progress")).getText()).contains("10");
    }

    @Test
    void twoDevicesAnswerTheirOwnDrawAndTheReportRescoresBoth() throws Exception {
        for (String id : List.of("device-a", "device-b")) {
            device(id);
            site.open("quiz/bank.html");
            List<String> asked = asked("bank");
            for (int i = 0; i < asked.size(); i++) {
                site.choose("bank", asked.get(i), i < (id.equals("device-a") ? 7 : 10) ? 1 : 0);
            }
            site.submit();
            String expected = id.equals("device-a") ? "70" : "100";
            site.waitForText("[role=status]", expected, 10);
            String json = site.received(10);
            assertThat(json).contains("\"drawn\":[\"" + String.join("\",\"", QuizDraw.ids(quizzes.get("bank"), id)) + "\"]");
            assertThat(rescore(json)).isEqualTo(Double.parseDouble(expected));
            site.open("quiz/bank.html"); // the stored result after a reload: same draw, same marks
            assertThat(asked("bank")).isEqualTo(asked);
            assertThat(site.status()).contains(expected);
        }
    }

    @Test
    void fillInAnswersAreRightWrongOrNormalisedAlikeInThePageAndInJava() throws Exception {
        String[][] cases = {{"3", "paris", "0", "100"}, {" 第 ３ ", "ＰＡＲＩＳ。", "0", "100"}, {"三", "Lyon", "0", "66.67"},
            {"4", "Paris", "1", "33.33"}};
        for (String[] c : cases) {
            device("blank-" + c[0].strip());
            site.open("quiz/blanks.html");
            WebElement day = site.browser.findElement(By.id("blanks--day--answer"));
            day.sendKeys(c[0], Keys.ENTER); // Enter moves on, it does not submit
            assertThat(site.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("blanks--city--answer");
            site.browser.findElement(By.id("blanks--city--answer")).sendKeys(c[1]);
            site.choose("blanks", "pick", Integer.parseInt(c[2]));
            site.submit();
            site.waitForText("[role=status]", c[3], 10);
            String json = site.received(10);
            assertThat(json).contains("\"blanks\":{").doesNotContain("drawn");
            assertThat(rescore(json)).as(json).isEqualTo(Double.parseDouble(c[3]));
            assertThat(quizzes.get("blanks").score(Map.of("pick", List.of(Integer.parseInt(c[2]))),
                    Map.of("day", c[0], "city", c[1]), null)).isEqualTo(Double.parseDouble(c[3]));
        }
        String mark = site.browser.findElement(By.cssSelector("#blanks--day .quiz-mark")).getText();
        assertThat(mark).contains("✘");
        assertThat(site.browser.findElement(By.cssSelector("#blanks--day .quiz-blank")).getText()).contains("✘ 您的答案：4");
        assertThat(site.browser.findElement(By.cssSelector("#blanks--day .quiz-explanation")).getText()).contains("第三个星期二");
        assertThat(site.browser.findElement(By.id("blanks--day--answer")).isEnabled()).isFalse();
    }

    @Test
    void thePageNormalisesTypedAnswersAsJavaDoes() {
        device("norms");
        site.open("quiz/norms.html");
        for (int i = 0; i < NORMS.length; i++) {
            site.browser.findElement(By.id("norms--n" + i + "--answer")).sendKeys(NORMS[i][0].replace("\t", " "));
            assertThat(org.bulletin.model.BlankAnswer.normalise(NORMS[i][0], !NORMS[i][2].isEmpty()))
                    .isEqualTo(org.bulletin.model.BlankAnswer.normalise(NORMS[i][1], !NORMS[i][2].isEmpty()));
        }
        site.submit();
        site.waitForText("[role=status]", "100", 10);
        assertThat(site.browser.findElements(By.cssSelector("#quiz-norms .quiz-is-wrong"))).isEmpty();
    }

    @Test
    void aFillInBoxFitsA320PixelScreen() {
        device("narrow");
        site.browser.manage().window().setSize(new org.openqa.selenium.Dimension(320, 700));
        try {
            site.open("quiz/blanks.html");
            Object overflow = site.browser.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).isEqualTo(false);
            assertThat(site.browser.findElement(By.cssSelector("label[for='blanks--day--answer']")).getText())
                    .isEqualTo("您的答案");
        } finally {
            site.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 900));
        }
    }
}

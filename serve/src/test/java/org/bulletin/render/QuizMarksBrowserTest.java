package org.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.Browser;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** What the quiz page says about each question and option: the kind of question, and the resident's own choice. */
@BrowserTest
@ExtendWith(SharedGenerator.class)
class QuizMarksBrowserTest {

    @TempDir
    static Path work;
    @TempDir
    static Path english;
    static QuizBrowserSupport.QuizSite site;
    static QuizBrowserSupport.QuizSite en;

    static final String MARKS = "= Marks\n:jbake-type: quiz\n"
            + "\n[#q1]\n== One?\n\n* [ ] a\n* [x] b\n"
            + "\n[#q2]\n== Two?\n\n* [x] a\n* [ ] b\n* [x] c\n"
            + "\n[#q3]\n== Three?\n\n* [x] a\n* [ ] b\n";

    @BeforeAll
    static void start(SiteGenerator generator) throws Exception {
        en = new QuizBrowserSupport.QuizSite(generator, english, Map.of("marks", MARKS,
                "kinds", "= Kinds\n:jbake-type: quiz\n\n[#english]\n== Which are services? (multiple choice)\n\n"
                        + "* [x] a\n* [x] b\n\n[#plain]\n== Which are services?\n\n* [x] a\n* [x] b\n"), "en");
        site = new QuizBrowserSupport.QuizSite(generator, work, Map.of(
                "marks", MARKS,
                "kinds", "= Kinds\n:jbake-type: quiz\n"
                        + "\n[#full]\n== 哪些是社区服务？（多选）\n\n* [x] a\n* [x] b\n"
                        + "\n[#half]\n== 哪些是社区服务？(多选)\n\n* [x] a\n* [x] b\n"
                        + "\n[#english]\n== Which are services? (Multiple choice)\n\n* [x] a\n* [x] b\n"
                        + "\n[#plain]\n== 哪些是社区服务？\n\n* [x] a\n* [x] b\n"
                        + "\n[#single]\n== 哪一个？（单选）\n\n* [x] a\n* [ ] b\n"));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
        if (en != null) {
            en.close();
        }
    }

    @BeforeEach
    void cleanDevice() {
        site.clean();
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(Browser.consoleProblems(site.browser)).as("browser console").isEmpty();
        assertThat(Browser.consoleProblems(en.browser)).as("browser console (English)").isEmpty();
    }

    private String legend(String question) {
        return site.browser.findElement(By.cssSelector("#kinds--" + question + " legend")).getText();
    }

    @Test
    void marksTheResidentsOwnChoiceInWordsRightOrWrong() {
        site.open("quiz/marks.html");
        site.choose("marks", "q1", 1);    // right single choice
        site.choose("marks", "q2", 0, 1); // multiple choice: one right, one wrong, one right missed
        site.choose("marks", "q3", 1);    // wrong single choice
        site.submit();
        assertThat(site.options("marks", "q1")).containsExactly("a", "b （正确答案） 您的选择");
        assertThat(site.options("marks", "q2")).containsExactly("a （正确答案） 您的选择", "b ✘ 您的选择",
                "c （正确答案）");
        assertThat(site.options("marks", "q3")).containsExactly("a （正确答案）", "b ✘ 您的选择");
        assertThat(site.browser.findElements(By.cssSelector(".quiz-choice-note")))
                .allMatch(n -> n.isDisplayed() && n.getCssValue("font-weight").compareTo("600") >= 0);

        site.open("quiz/marks.html"); // the stored result reads the same
        assertThat(site.options("marks", "q3")).containsExactly("a （正确答案）", "b ✘ 您的选择");
        site.browser.findElement(By.cssSelector("button.quiz-again")).click();
        site.browser.findElement(By.cssSelector("button.quiz-confirm-yes")).click(); // 再答一次 asks first
        assertThat(site.browser.findElements(By.cssSelector(".quiz-choice-note"))).isEmpty();
    }

    @Test
    void saysMultipleChoiceOnceWhenTheEditorAlreadyWroteIt() {
        site.open("quiz/kinds.html");
        assertThat(legend("full")).isEqualTo("1. 哪些是社区服务？（多选）");
        assertThat(legend("half")).isEqualTo("2. 哪些是社区服务？(多选)");
        assertThat(legend("english")).isEqualTo("3. Which are services? (Multiple choice)");
        assertThat(legend("plain")).isEqualTo("4. 哪些是社区服务？ （多选）");
        assertThat(legend("single")).isEqualTo("5. 哪一个？（单选）");
    }

    @Test
    void saysYourChoiceAndTheKindOnceInEnglish() {
        en.clean();
        en.open("quiz/marks.html");
        en.choose("marks", "q1", 1);
        en.choose("marks", "q2", 0, 1);
        en.choose("marks", "q3", 1);
        en.submit();
        assertThat(en.options("marks", "q1")).containsExactly("a", "b (correct answer) Your choice");
        assertThat(en.options("marks", "q2")).containsExactly("a (correct answer) Your choice", "b ✘ Your choice",
                "c (correct answer)");
        assertThat(en.options("marks", "q3")).containsExactly("a (correct answer)", "b ✘ Your choice");
        en.open("quiz/kinds.html");
        assertThat(en.browser.findElement(By.cssSelector("#kinds--english legend")).getText())
                .isEqualTo("1. Which are services? (multiple choice)");
        assertThat(en.browser.findElement(By.cssSelector("#kinds--plain legend")).getText())
                .isEqualTo("2. Which are services? (all that apply)");
    }
}

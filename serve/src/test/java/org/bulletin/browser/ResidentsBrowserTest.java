package org.bulletin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The sample site as residents use it, in real Chromium with the strict CSP: phone numbers, no JavaScript. */
@ExtendWith(SharedGenerator.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BrowserTest
class ResidentsBrowserTest {

    static final String QUIZ = "quiz/social-work-quiz.html";

    @TempDir
    static Path dir;
    ServedSite served;
    ChromeDriver browser;
    String base;

    @BeforeAll
    void start(SiteGenerator generator) throws Exception {
        Path out = dir.resolve("out");
        served = ServedSite.start(generator, TestSites.sample(dir.resolve("site")), out, 375, 800, 375, 800);
        browser = served.browser();
        base = served.base();
    }

    @AfterAll
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void theCentresPhoneNumberIsATelLink() {
        for (String page : new String[] {"index.html", "messages.html", "articles/service-hours.html"}) {
            browser.get(base + page);
            List<WebElement> links = browser.findElements(By.cssSelector("a[href^='tel:']"));
            assertThat(links).as("tel: links on " + page).isNotEmpty();
            assertThat(links).extracting(a -> a.getAttribute("href")).contains("tel:059100000000");
        }
        WebElement footer = browser.findElement(By.cssSelector(".site-footer a[href='tel:059100000000']"));
        assertThat(footer.getText()).isEqualTo("0591-0000 0000");
        assertThat(footer.getSize().getHeight()).as("tap height").isGreaterThanOrEqualTo(30);
    }

    @Test
    void withoutJavaScriptSubmittingKeepsEveryAnswerAndSaysWhy() throws Exception {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.get(base + QUIZ);
            List<WebElement> questions = browser.findElements(By.cssSelector(".quiz-question"));
            for (WebElement q : questions) {
                q.findElements(By.cssSelector(".quiz-options label")).get(1).click();
            }
            WebElement submit = browser.findElement(By.cssSelector(".quiz-submit"));
            assertThat(submit.isDisplayed()).isTrue();
            submit.click();
            Thread.sleep(500);
            assertThat(browser.getCurrentUrl()).as("no reload on 提交答案").isEqualTo(base + QUIZ);
            // Enter in a field submits a form implicitly
            questions.get(0).findElements(By.cssSelector(".quiz-options input")).get(1).sendKeys(org.openqa.selenium.Keys.ENTER);
            Thread.sleep(500);
            assertThat(browser.getCurrentUrl()).as("no reload on Enter").isEqualTo(base + QUIZ);
            for (WebElement q : browser.findElements(By.cssSelector(".quiz-question"))) {
                assertThat(q.findElements(By.cssSelector(".quiz-options input")).get(1).isSelected())
                        .as("answer kept in " + q.getAttribute("id")).isTrue();
            }
            String notes = browser.findElement(By.cssSelector(".quiz")).getText();
            assertThat(notes).contains("JavaScript").contains("纸质答题卡").contains("不会被清除");
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        browser.get(base + QUIZ);
        assertThat(browser.findElement(By.cssSelector(".quiz-submit")).isEnabled()).as("enabled by quiz.js").isTrue();
    }
}

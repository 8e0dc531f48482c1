package org.bulletin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.Browser;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Read aloud (朗读) in real Chromium under the strict CSP: the centre's recording as a player, else a
 * speech button that exists only where the browser has a voice for the page's language.
 */
@ExtendWith(SharedGenerator.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BrowserTest
class ReadAloudBrowserTest {

    static final String ARTICLE = "articles/what-social-workers-do.html";

    /**
     * Headless Chromium on Linux has no voices: this gives the page's speech synthesis one Chinese voice and
     * records what it is asked to say and to cancel (sessionStorage, so it survives leaving the page).
     */
    static final String VOICE = """
            (function () {
              var s = window.speechSynthesis;
              if (!s) { return; }
              window.__spoken = [];
              Object.defineProperty(s, 'getVoices', { value: function () { return [{ lang: 'zh-CN', name: 'Test' }]; } });
              Object.defineProperty(s, 'speak', { value: function (u) { window.__spoken.push(u.text + '|' + u.lang); } });
              Object.defineProperty(s, 'cancel', { value: function () {
                sessionStorage.setItem('cancelled', String(+(sessionStorage.getItem('cancelled') || 0) + 1)); } });
            }());
            """;

    @TempDir
    static Path dir;
    ServedSite served;
    ChromeDriver browser;
    String base;

    @BeforeAll
    void start(SiteGenerator generator) throws Exception {
        Path out = dir.resolve("out");
        Path site = TestSites.sample(dir.resolve("site"));
        byte[] mp3 = new byte[4096];
        mp3[0] = 'I';
        mp3[1] = 'D';
        mp3[2] = '3';
        Files.write(site.resolve("content/articles/service-hours.mp3"), mp3);
        served = ServedSite.start(generator, site, out, 375, 800, 375, 800);
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
    void recordingIsALargePlainPlayerAtTheTopOfItsArticle() {
        browser.get(base + "articles/service-hours.html");
        WebElement player = browser.findElement(By.cssSelector("audio.read-aloud-player"));
        assertThat(player.isDisplayed()).isTrue();
        assertThat(player.getAttribute("controls")).isNotNull();
        assertThat(player.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(player.getSize().getWidth()).isGreaterThanOrEqualTo(300);
        assertThat(player.getLocation().getY()).isLessThan(browser.findElement(By.cssSelector(".article-body")).getLocation().getY());
        assertThat(browser.findElement(By.cssSelector(".read-aloud")).getText()).contains("听录音").contains("4 KB");
        Object status = browser.executeAsyncScript("var done = arguments[0], x = new XMLHttpRequest();"
                + "x.open('HEAD', document.querySelector('audio source').src); x.onload = function () { done(x.status); }; x.send();");
        assertThat(status).isEqualTo(200L);
        assertThat(browser.findElements(By.cssSelector("button.speak"))).as("no speech button beside a recording").isEmpty();
        assertThat(Browser.consoleProblems(browser)).isEmpty();
    }

    @Test
    void withoutAVoiceForThePagesLanguageTheButtonIsAbsent() {
        browser.get(base + ARTICLE);
        Object voices = browser.executeScript("return window.speechSynthesis ? speechSynthesis.getVoices()"
                + ".filter(function (v) { return /^zh/i.test(v.lang); }).length : 0;");
        WebElement button = browser.findElement(By.cssSelector("button.speak"));
        assertThat(button.isDisplayed()).as("shown only with a Chinese voice (" + voices + " here)")
                .isEqualTo(((Number) voices).intValue() > 0);
        assertThat(Browser.consoleProblems(browser)).isEmpty();
    }

    @Test
    void withAVoiceTheButtonSpeaksTheArticleByKeyboardAndStopsWhenThePageIsLeft() {
        Object id = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", VOICE)).get("identifier");
        try {
            browser.get(base + ARTICLE);
            WebElement button = browser.findElement(By.cssSelector("button.speak"));
            assertThat(button.isDisplayed()).isTrue();
            assertThat(button.getText()).contains("朗读");
            button.sendKeys(Keys.ENTER);
            @SuppressWarnings("unchecked")
            List<String> spoken = (List<String>) browser.executeScript("return window.__spoken;");
            assertThat(String.join("", spoken)).contains("社会工作者").contains("|zh-CN");
            assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(button.getText()).contains("停止朗读");
            Object before = browser.executeScript("return +sessionStorage.getItem('cancelled');");
            browser.get(base + "index.html");
            Object after = browser.executeScript("return +sessionStorage.getItem('cancelled');");
            assertThat(((Number) after).intValue()).as("speech cancelled on leaving the page").isGreaterThan(((Number) before).intValue());

            browser.get(base + "quiz/social-work-quiz.html");
            List<WebElement> buttons = browser.findElements(By.cssSelector(".quiz-question button.speak"));
            assertThat(buttons).hasSize(10);
            buttons.get(0).click();
            @SuppressWarnings("unchecked")
            List<String> question = (List<String>) browser.executeScript("return window.__spoken;");
            assertThat(String.join("", question)).contains("国际社工日是每年的哪一天").contains("三月的第三个星期二");
            assertThat(Browser.consoleProblems(browser)).isEmpty();
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
        }
    }
}

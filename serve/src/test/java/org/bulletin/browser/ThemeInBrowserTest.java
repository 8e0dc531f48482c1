package org.bulletin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The default theme in real Chromium on a 375 px phone, served with the strict CSP. */
@ExtendWith(SharedGenerator.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BrowserTest
class ThemeInBrowserTest {

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
    void homeAndArticleFitA375PixelPhoneWithoutConsoleErrors() {
        for (String page : new String[] {"index.html", "articles/what-social-workers-do.html", "archive.html",
                "tags/index.html", "about.html"}) {
            browser.get(base + page);
            long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth;");
            assertThat(clientWidth).as(page).isEqualTo(375);
            assertThat(scrollWidth).as("horizontal scrolling on " + page).isLessThanOrEqualTo(clientWidth);
            assertThat(Browser.consoleProblems(browser)).as(page).isEmpty();
        }
    }

    @Test
    void everyPageTypeFitsA320PixelPhone() {
        Browser.viewport(browser, 320, 700);
        try {
            for (String page : new String[] {"index.html", "quiz/social-work-quiz.html", "messages.html",
                    "articles/annual-review.html", "articles/what-social-workers-do.html"}) {
                browser.get(base + page);
                long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                assertThat(scrollWidth).as("horizontal scrolling on " + page + " at 320 px").isLessThanOrEqualTo(320);
                assertThat(Browser.consoleProblems(browser)).as(page).isEmpty();
            }
        } finally {
            Browser.viewport(browser, 375, 800);
        }
    }

    @Test
    void bodyTextIsAtLeast18PixelsWithGenerousLineSpacing() {
        browser.get(base + "articles/world-social-work-day.html");
        WebElement p = browser.findElement(By.cssSelector(".article-body p"));
        double size = Double.parseDouble(p.getCssValue("font-size").replace("px", ""));
        double line = Double.parseDouble(p.getCssValue("line-height").replace("px", ""));
        assertThat(size).isGreaterThanOrEqualTo(18);
        assertThat(line / size).isGreaterThanOrEqualTo(1.3);
    }

    @Test
    void fontSizeSwitchWorksUnderCspAndIsRemembered() {
        browser.get(base + "index.html");
        WebElement group = browser.findElement(By.cssSelector(".font-size"));
        assertThat(group.isDisplayed()).as("the switch is shown when scripts run").isTrue();
        double before = bodySize();
        browser.findElement(By.cssSelector("button[data-font=xlarge]")).click();
        assertThat(bodySize()).isGreaterThan(before * 1.2);
        assertThat(browser.findElement(By.cssSelector("button[data-font=xlarge]")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        browser.get(base + "articles/service-hours.html");
        assertThat(bodySize()).as("remembered on the next page").isGreaterThan(before * 1.2);
        browser.findElement(By.cssSelector("button[data-font=normal]")).click();
        assertThat(bodySize()).isEqualTo(before);
        assertThat(Browser.consoleProblems(browser)).isEmpty();
    }

    @Test
    void tapTargetsInNavigationAreAtLeast44Pixels() {
        browser.get(base + "index.html");
        for (WebElement a : browser.findElements(By.cssSelector(".site-nav a, .font-size button, .post-item-title a"))) {
            assertThat(a.getSize().getHeight()).as(a.getText()).isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void skipLinkMovesKeyboardFocusToMainContent() {
        browser.get(base + "index.html");
        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.isDisplayed()).isTrue();
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }

    private double bodySize() {
        return Double.parseDouble(browser.findElement(By.tagName("body")).getCssValue("font-size").replace("px", ""));
    }
}

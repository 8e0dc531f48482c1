package org.bulletin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.Browser;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dev server's box of build problems in Chromium on a 320 px phone: styled by its stylesheet under the
 * strict CSP, nothing wider than the screen, in the site's language, on a page opened after the failure
 * and on one open while it happened.
 */
@BrowserTest
@ExtendWith(SharedGenerator.class)
class ProblemsBoxBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void problemsAreStyledReadableAt320PixelsAndInTheSitesLanguage(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), """
                -- jbake.properties --
                site.title=美亭
                site.host=https://example.org/
                site.locale=zh-CN
                -- content/articles/a.adoc --
                = A
                :jbake-date: 2022-03-14

                First.
                -- content/articles/b.adoc --
                = B
                :jbake-date: 2022-03-15

                Other.
                """);
        Path article = site.resolve("content/articles/a.adoc");
        ChromeDriver driver = Browser.start(400, 640);
        Browser.viewport(driver, 320, 640); // a window is at least 500 px wide: emulate the phone's screen
        try (DevServer server = new DevServer(generator, BuildRequest.of(site, tmp.resolve("out")), "127.0.0.1", 0,
                r -> { }, false)) {
            String base = "http://127.0.0.1:" + server.port();
            driver.get(base + "/articles/a.html");
            assertThat(driver.findElements(By.id("bulletin-problems"))).isEmpty();
            Files.writeString(article, "= A\n:jbake-date: 2022-13-45\n\n" + "很长的一段文字".repeat(40)
                    + "\n\nimage::images/" + "no-such-picture-with-a-very-long-name-".repeat(4) + ".png[]\n");
            // the page that was open: the event stream brings the box
            WebElement open = new WebDriverWait(driver, Duration.ofMinutes(3))
                    .until(d -> d.findElements(By.id("bulletin-problems")).stream().findFirst().orElse(null));
            assertThat(open.getText()).startsWith("构建失败：页面仍是上一次成功构建的内容\n修正下面的问题并保存，页面会自动刷新。\n")
                    .contains("content/articles/a.adoc:2: 日期“2022-13-45”无效");
            assertThat(open.getAttribute("lang")).isEqualTo("zh-CN");
            readable(driver);

            // a page opened after the failure: the server put the box in
            driver.get(base + "/articles/b.html");
            Browser.viewport(driver, 320, 640);
            WebElement box = driver.findElement(By.id("bulletin-problems"));
            assertThat(box.getText()).contains("构建失败").contains("content/articles/a.adoc:2: 日期“2022-13-45”无效");
            assertThat(box.getAttribute("lang")).isEqualTo("zh-CN");
            readable(driver);
            assertThat(Browser.consoleProblems(driver)).as("no CSP violation").isEmpty();
        } finally {
            driver.quit();
        }
    }

    private static void readable(ChromeDriver driver) {
        WebElement box = driver.findElement(By.id("bulletin-problems"));
        assertThat(box.getCssValue("background-color")).as("styled").isNotIn("rgba(0, 0, 0, 0)", "transparent");
        assertThat(box.getCssValue("border-left-width")).isEqualTo("8px");
        assertThat(box.getRect().getWidth()).isLessThanOrEqualTo(320);
        Object scroll = driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) scroll).intValue()).as("nothing wider than the screen").isLessThanOrEqualTo(320);
        Object listWidth = driver.executeScript(
                "var p = document.querySelector('#bulletin-problems pre'); return p.scrollWidth - p.clientWidth;");
        assertThat(((Number) listWidth).intValue()).as("problem lines wrap").isLessThanOrEqualTo(0);
    }
}

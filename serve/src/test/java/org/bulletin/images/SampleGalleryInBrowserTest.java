package org.bulletin.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.serve.StaticSiteServer;
import org.bulletin.testing.Browser;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site's annual review ("年度服务剪影") built by the real generator, served with the strict CSP
 * and opened in Chromium as a 375 px phone at DPR 2.
 */
@ExtendWith(SharedGenerator.class)
@BrowserTest
class SampleGalleryInBrowserTest {

    private static final String PAGE = "articles/annual-review.html";

    @TempDir
    Path dir;
    private StaticSiteServer server;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private String serve(SiteGenerator generator, Path site) throws Exception {
        Path out = dir.resolve("out");
        BuildResult result = generator.build(BuildRequest.of(site, out));
        assertThat(result.errors()).isEmpty();
        server = new StaticSiteServer("127.0.0.1", 0, () -> out, StaticSiteServer.CSP, false);
        browser = Browser.start(375, 812);
        Browser.viewport(browser, 375, 812);
        return "http://127.0.0.1:" + server.port() + "/";
    }

    @Test
    void sampleGalleryOpensChangesPhotoAndClosesUnderCspAt375Pixels(SiteGenerator generator) throws Exception {
        String base = serve(generator, TestSites.sample(dir.resolve("site")));
        browser.get(base + PAGE);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        List<WebElement> links = browser.findElements(By.cssSelector("figure.gallery a.gallery-link"));
        assertThat(links).hasSize(4);
        assertThat(browser.findElement(By.cssSelector(".gallery-grid")).getCssValue("display")).isEqualTo("grid");
        WebElement first = links.get(0);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", first);
        first.click();
        WebElement viewer = wait.until(d -> d.findElement(By.cssSelector(".gallery-viewer")));
        wait.until(d -> viewer.isDisplayed());
        WebElement counter = browser.findElement(By.cssSelector(".gallery-counter"));
        assertThat(counter.getText()).isEqualTo("第 1 张，共 4 张");
        assertThat(browser.findElement(By.cssSelector(".gallery-viewer-caption")).getText()).isEqualTo("清晨的社区花园");
        WebElement full = browser.findElement(By.cssSelector(".gallery-full"));
        wait.until(d -> (Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;",
                full));
        assertThat((String) browser.executeScript("return arguments[0].currentSrc;", full)).endsWith(".webp");

        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(counter.getText()).isEqualTo("第 2 张，共 4 张");
        assertThat(browser.findElement(By.cssSelector(".gallery-viewer-caption")).getText()).isEqualTo("元宵节挂起的灯笼");
        new Actions(browser).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(counter.getText()).isEqualTo("第 4 张，共 4 张");

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> !viewer.isDisplayed());
        assertThat(browser.switchTo().activeElement()).isEqualTo(first);
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).isLessThanOrEqualTo(375);
        assertThat(Browser.consoleProblems(browser)).isEmpty();
    }

    /**
     * The page-weight budget: with ten more 4000 px camera photos in the gallery, a phone's first view
     * fetches only 480 px WebP thumbnails and stays under 1.5 MB. Checks the variants picked, not a timing.
     */
    @Test
    void annualReviewWithTenCameraPhotosTransfersUnderOneAndAHalfMegabytesOnAPhone(SiteGenerator generator)
            throws Exception {
        Path site = TestSites.sample(dir.resolve("site"));
        Path article = site.resolve("content/" + PAGE.replace(".html", ".adoc"));
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            String name = String.format(Locale.ROOT, "camera-%02d.jpg", i);
            Files.write(site.resolve("assets/images/review").resolve(name), ImagesBench.cameraPhoto(4000, 3000, i));
            lines.append("image::images/review/").append(name).append("[活动照片 ").append(i).append("]\n");
        }
        String text = Files.readString(article, StandardCharsets.UTF_8);
        int open = text.indexOf("====\n", text.indexOf("[.gallery]"));
        int end = text.indexOf("====\n", open + 5);
        Files.writeString(article, text.substring(0, end) + lines + text.substring(end), StandardCharsets.UTF_8);

        String base = serve(generator, site);
        browser.get(base + PAGE);
        assertThat(browser.findElements(By.cssSelector("figure.gallery img"))).hasSize(14);
        long previous = -1;
        for (int i = 0; i < 40; i++) { // until no new resource for a second
            Thread.sleep(500);
            long count = (Long) browser.executeScript("return performance.getEntriesByType('resource').length;");
            if (count == previous && "complete".equals(browser.executeScript("return document.readyState;"))) {
                break;
            }
            previous = count;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> resources = (List<Map<String, Object>>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) {"
                        + " return {name: e.name, bytes: Math.max(e.transferSize, e.encodedBodySize)}; });");
        long document = (Long) browser.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                + " return Math.max(n.transferSize, n.encodedBodySize);");
        long total = document;
        long photos = 0;
        int photoCount = 0;
        for (Map<String, Object> r : resources) {
            long bytes = ((Number) r.get("bytes")).longValue();
            total += bytes;
            String name = r.get("name").toString();
            if (name.contains("/images/review/")) {
                assertThat(name).as("a 375 px phone at DPR 2 gets the 480 px WebP thumbnail")
                        .matches(".*-480\\.[0-9a-f]{8}\\.webp");
                photos += bytes;
                photoCount++;
            }
        }
        System.out.printf(Locale.ROOT, "annual review, 14 photos (10 camera 4000x3000), 375 px DPR 2, first view: "
                + "%d kB in %d resources + document (%d photos, %d kB)%n", total / 1000, resources.size(), photoCount,
                photos / 1000);
        assertThat(photoCount).as("thumbnails near the first view are fetched").isPositive();
        assertThat(total).isLessThan(1_500_000);
        assertThat(Browser.consoleProblems(browser)).isEmpty();
    }
}

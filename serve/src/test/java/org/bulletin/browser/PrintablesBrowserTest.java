package org.bulletin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.serve.StaticSiteServer;
import org.bulletin.testing.Browser;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;

/**
 * The paper quiz sheet, the staff's answer key and the posters, printed to PDF by Chromium and read back
 * with poppler's {@code pdftotext} (apt-get install poppler-utils).
 */
@ExtendWith(SharedGenerator.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BrowserTest
class PrintablesBrowserTest {

    static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    static final double PT14 = 14 * 96 / 72.0;

    @TempDir
    static Path dir;
    StaticSiteServer server;
    ChromeDriver browser;
    String base;

    @BeforeAll
    void start(SiteGenerator generator) throws Exception {
        Path out = dir.resolve("out");
        Path site = TestSites.sample(dir.resolve("site"));
        BuildResult result = generator.build(BuildRequest.of(site, out));
        assertThat(result.errors()).isEmpty();
        // the answer key is written by `bulletin report`, never published: render it the same way
        for (Map.Entry<String, byte[]> key : generator.themePages(generator.load(BuildRequest.of(site, out)))
                .answerKeys(Set.of("print/key-social-work-quiz.html")).entrySet()) {
            Files.write(out.resolve(key.getKey()), key.getValue());
        }
        server = new StaticSiteServer("127.0.0.1", 0, () -> out, StaticSiteServer.CSP, false);
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = Browser.start(800, 1000);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void paperSheetMarksMultipleChoiceAndPointsInLargeTypeWithNameOnEveryPageAndNoSplitQuestion() throws Exception {
        browser.get(base + "print/sheet-social-work-quiz.html");
        List<String[]> questions = new ArrayList<>();
        for (WebElement q : browser.findElements(By.cssSelector(".sheet-question"))) {
            List<WebElement> options = q.findElements(By.cssSelector(".sheet-options li"));
            questions.add(new String[] {squash(q.findElement(By.cssSelector(".sheet-q")).getText()),
                String.valueOf((char) ('A' + options.size() - 1)) + "."});
        }
        assertThat(questions).hasSize(10);
        assertThat(browser.findElement(By.cssSelector("#five-links, .sheet-question:nth-child(3)")).getText())
                .contains("多选").contains("本题 2 分");

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (WebElement text : browser.findElements(By.cssSelector(".sheet-q, .sheet-options li, .sheet-howto, .sheet-fields"))) {
                double px = Double.parseDouble(text.getCssValue("font-size").replace("px", ""));
                assertThat(px).as("printed size of " + text.getText()).isGreaterThanOrEqualTo(PT14 - 0.01);
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        List<String> pages = pdfPages();
        assertThat(pages.size()).as("pages").isGreaterThanOrEqualTo(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains("答卷编号").contains("姓名");
        }
        for (int n = 0; n < questions.size(); n++) {
            String title = prefix(questions.get(n)[0]);
            int start = pageOf(pages, title);
            assertThat(start).as("question " + title + " printed").isGreaterThanOrEqualTo(0);
            String page = pages.get(start);
            String rest = page.substring(page.indexOf(title));
            if (n + 1 < questions.size() && rest.contains(prefix(questions.get(n + 1)[0]))) {
                rest = rest.substring(0, rest.indexOf(prefix(questions.get(n + 1)[0])));
            }
            assertThat(rest).as("question " + title + " and its last option " + questions.get(n)[1] + " on one page")
                    .contains(questions.get(n)[1]);
        }
    }

    @Test
    void answerKeyShowsTheQuestionsNotTheirIds() {
        browser.get(base + "print/key-social-work-quiz.html");
        String key = browser.findElement(By.cssSelector(".key-table")).getText();
        assertThat(key).contains("国际社工日是每年的哪一天").contains("“五社联动”中的“五社”包括哪些");
        assertThat(browser.findElement(By.cssSelector(".key-table thead")).getText()).doesNotContain("id");
    }

    @Test
    void quizPosterInvitesToScanInLargeTypeAndNamesThePrize() {
        browser.get(base + "print/poster-social-work-quiz.html");
        WebElement scan = browser.findElement(By.xpath("//*[contains(text(), '微信扫一扫')]"));
        double scanPx = Double.parseDouble(scan.getCssValue("font-size").replace("px", ""));
        double smallest = ((Number) browser.executeScript("""
                var min = 1000, all = document.querySelectorAll('main *');
                for (var i = 0; i < all.length; i++) {
                  if (all[i].childNodes.length && all[i].textContent.trim() && all[i].getClientRects().length) {
                    min = Math.min(min, parseFloat(getComputedStyle(all[i]).fontSize));
                  }
                }
                return min;""")).doubleValue();
        assertThat(scanPx).as("the scan invitation is large").isGreaterThanOrEqualTo(30).isGreaterThan(smallest);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("90 分").contains("奖品");
        browser.get(base + "print/poster.html");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("奖品");
    }

    private List<String> pdfPages() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PDFTOTEXT) || "true".equals(System.getenv("CI")),
                "pdftotext missing: apt-get install poppler-utils");
        Path pdf = dir.resolve("sheet.pdf");
        Files.write(pdf, Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent()));
        Path text = dir.resolve("sheet.txt");
        Process p = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", pdf.toString(), text.toString())
                .inheritIO().start();
        assertThat(p.waitFor()).isZero();
        List<String> pages = new ArrayList<>();
        for (String page : Files.readString(text, StandardCharsets.UTF_8).split("\f")) {
            if (!page.isBlank()) {
                pages.add(squash(page));
            }
        }
        return pages;
    }

    /** The start of a question's title (pdftotext loses a few CJK glyphs in other fonts). */
    private static String prefix(String title) {
        return title.substring(0, Math.min(8, title.length()));
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}

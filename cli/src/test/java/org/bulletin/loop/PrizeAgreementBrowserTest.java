package org.bulletin.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.collect.CollectOptions;
import org.bulletin.collect.CollectServer;
import org.bulletin.collect.RateLimit;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.report.CampaignReport;
import org.bulletin.report.CampaignReporter;
import org.bulletin.report.PrizeRules;
import org.bulletin.report.ReportRequest;
import org.bulletin.report.ScoredSubmission;
import org.bulletin.serve.StaticSiteServer;
import org.bulletin.testing.Browser;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The quiz page in real Chromium, posting to a real collector on 127.0.0.1, and {@code bulletin report} over what
 * the collector stored: for {@code :quiz-counts: first}, {@code best} and {@code last} the page shows a claim
 * code exactly for the results the report finds eligible, and shows the collector's signed code; a claim code
 * once earned stays shown with its QR whatever later attempts score; "再答一次" asks first and names the rule;
 * the claim QR opens the collector's staff page, where the prize is redeemed (核销) once.
 */
@BrowserTest
@ExtendWith(SharedGenerator.class)
class PrizeAgreementBrowserTest {

    @TempDir
    static Path work;
    static CollectServer collector;
    static StaticSiteServer server;
    static ChromeDriver browser;
    static String base;
    static Path site;
    static Path data;

    static final String QUESTIONS = "\n[#q1]\n== One?\n\n* [ ] a\n* [x] b\n\nExplained one.\n"
            + "\n[#q2]\n== Two?\n\n* [x] a\n* [ ] b\n\nExplained two.\n";

    @BeforeAll
    static void start(SiteGenerator generator) throws Exception {
        Browser.require();
        data = work.resolve("collect");
        site = work.resolve("site");
        Files.createDirectories(site.resolve("content/quiz"));
        Path out = work.resolve("out");
        // the static server's port is needed for CORS: start it first on a free port, serving `out`
        server = new StaticSiteServer("127.0.0.1", 0, () -> out, StaticSiteServer.CSP, false);
        base = "http://127.0.0.1:" + server.port() + "/";
        collector = CollectServer.start(CollectOptions.defaults(data).withPort(0).withRateLimit(RateLimit.parse("off"))
                .withOrigins(List.of("http://127.0.0.1:" + server.port())));
        String submit = "http://127.0.0.1:" + collector.port() + "/quiz";
        Files.writeString(site.resolve("jbake.properties"), "site.title=Prize test\nsite.locale=zh-CN\n"
                + "site.host=http://127.0.0.1/\n");
        for (String rule : List.of("first", "best", "last")) {
            Files.writeString(site.resolve("content/quiz/" + rule + ".adoc"), "= Quiz " + rule + "\n:jbake-type: quiz\n"
                    + ":quiz-prize-score: 100\n:quiz-counts: " + rule + "\n:quiz-attempts: 5\n:quiz-submit-url: " + submit
                    + "\n" + QUESTIONS);
        }
        server.close();
        BuildResult result = generator.build(BuildRequest.of(site, out));
        assertThat(result.errors()).isEmpty();
        int port = Integer.parseInt(base.replaceAll(".*:(\\d+)/", "$1"));
        server = new StaticSiteServer("127.0.0.1", port, () -> out,
                StaticSiteServer.CSP.replace("connect-src 'self'", "connect-src 'self' http://127.0.0.1:" + collector.port()),
                false);
        browser = Browser.start(1000, 900, "--lang=zh-CN");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (collector != null) {
            collector.close();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static WebDriverWait waitUp() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Answers quiz {@code id}: both right, or the first wrong; waits until the collector has it. */
    private static void answer(String id, boolean allRight) {
        browser.findElement(By.cssSelector("label[for='" + id + "--q1--" + (allRight ? 1 : 0) + "']")).click();
        browser.findElement(By.cssSelector("label[for='" + id + "--q2--0']")).click();
        browser.findElement(By.cssSelector("#quiz-" + id + " .quiz-submit")).click();
        waitUp().until(d -> !d.findElements(By.cssSelector("#quiz-" + id + " .quiz-sent")).isEmpty());
    }

    /** "再答一次", checks the confirmation names the rule, then "确定再答". */
    private static void again(String id, String says) {
        browser.findElement(By.cssSelector("#quiz-" + id + " .quiz-again")).click();
        WebElement confirm = browser.findElement(By.cssSelector("#quiz-" + id + " .quiz-confirm"));
        assertThat(confirm.getAttribute("role")).isEqualTo("alertdialog");
        assertThat(confirm.getText()).contains(says);
        browser.findElement(By.cssSelector("#quiz-" + id + " .quiz-confirm-yes")).click();
    }

    private static String shownClaim(String id) {
        List<WebElement> claims = browser.findElements(By.cssSelector("#quiz-" + id + " .quiz-claim"));
        return claims.isEmpty() ? null : claims.get(0).getText();
    }

    private static String status(String id) {
        return browser.findElement(By.cssSelector("#quiz-" + id + " .quiz-result")).getText();
    }

    @Test
    void pageAndReportAgreeForFirstBestLastAndTheClaimIsNeverLost(SiteGenerator generator) throws Exception {
        Map<String, String> shown = new TreeMap<>();

        browser.get(base + "quiz/first.html");
        answer("first", false);
        assertThat(shownClaim("first")).isNull();
        browser.findElement(By.cssSelector("#quiz-first .quiz-again")).click();
        assertThat(browser.findElement(By.cssSelector("#quiz-first .quiz-confirm")).getText())
                .contains("只有第一次成绩计入抽奖");
        browser.findElement(By.cssSelector("#quiz-first .quiz-confirm-no")).click();
        assertThat(browser.findElements(By.cssSelector("#quiz-first .quiz-confirm"))).as("cancelled").isEmpty();
        assertThat(status("first")).as("still the first result").contains("50");
        again("first", "只有第一次成绩计入抽奖");
        answer("first", true);
        assertThat(status("first")).contains("本次成绩不计入抽奖：以第一次成绩为准。");
        assertThat(shownClaim("first")).as("a non-counting 100 earns no claim").isNull();

        browser.get(base + "quiz/best.html");
        answer("best", false);
        again("best", "以最高一次成绩为准");
        answer("best", true);
        waitUp().until(d -> shownClaim("best") != null && shownClaim("best").matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"));
        String bestClaim = shownClaim("best");
        assertThat(status("best")).contains("领奖码已由主办方登记");
        again("best", "已获得的领奖码不会丢失");
        assertThat(shownClaim("best")).as("shown while answering again").isEqualTo(bestClaim);
        answer("best", false);
        assertThat(status("best")).contains("本次成绩不计入抽奖：以最高一次成绩为准。", "计入抽奖的是第 2 次答题（100 分）");
        assertThat(shownClaim("best")).as("never lost").isEqualTo(bestClaim);
        browser.navigate().refresh();
        waitUp().until(d -> bestClaim.equals(shownClaim("best")));
        String qr = (String) js("return document.querySelector('#quiz-best canvas.quiz-qr').getAttribute('data-qr')");
        assertThat(qr).isEqualTo("http://127.0.0.1:" + collector.port() + "/redeem?code=" + bestClaim);
        assertThat((Long) js("return document.querySelector('#quiz-best canvas.quiz-qr').width")).isPositive();
        shown.put("best", bestClaim);

        browser.get(base + "quiz/last.html");
        answer("last", false);
        again("last", "以最后一次成绩为准");
        answer("last", true);
        waitUp().until(d -> shownClaim("last") != null && shownClaim("last").matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"));
        shown.put("last", shownClaim("last"));
        assertThat(browser.findElements(By.cssSelector("#quiz-last .quiz-again"))).as("a retry could lose it").isEmpty();
        assertThat(status("last")).contains("为保住您的领奖码，不再提供再答");

        Path out = work.resolve("report");
        CampaignReporter.Outcome outcome = CampaignReporter.write(generator, BuildRequest.of(site, work.resolve("o")),
                new ReportRequest(List.of(data.resolve("results.jsonl")), List.of(), List.of(), List.of(), null, 0, null,
                        out, new PrizeRules(data, List.of(), null, 0)));
        CampaignReport report = outcome.report();
        Map<String, String> eligible = new TreeMap<>();
        for (ScoredSubmission s : report.eligible()) {
            eligible.put(s.submission().quiz(), s.drawKey());
        }
        assertThat(eligible).as("the report finds eligible exactly what the page showed").isEqualTo(shown);
        assertThat(report.prizes().warnings()).isEmpty();

        // staff scan the QR: the collector's staff page, token and name remembered on the staff phone
        String token = Files.readString(data.resolve("staff.token")).strip();
        browser.get(qr);
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.id("by")).sendKeys("小李");
        browser.findElement(By.cssSelector("#login button")).click();
        // this collector runs without the site's quizzes: the page says the score was not verified, and may redeem
        waitUp().until(d -> d.findElement(By.id("result")).getText().contains("未核验成绩"));
        assertThat(browser.findElement(By.cssSelector("#result .state")).getAttribute("class")).contains("unverified");
        browser.findElement(By.id("redeem")).click();
        waitUp().until(d -> d.findElement(By.id("result")).getText().contains("核销成功"));
        browser.navigate().refresh();
        waitUp().until(d -> d.findElement(By.id("result")).getText().contains("已核销"));
        assertThat(browser.findElement(By.id("result")).getText()).contains("由 小李 核销");
        assertThat(browser.findElement(By.id("redeem")).isDisplayed()).isFalse();
        assertThat(Browser.consoleProblems(browser)).isEmpty();

        CampaignReport after = CampaignReporter.write(generator, BuildRequest.of(site, work.resolve("o")),
                new ReportRequest(List.of(data.resolve("results.jsonl")), List.of(), List.of(), List.of(), null, 0, null,
                        work.resolve("report2"), new PrizeRules(data, List.of(), null, 0))).report();
        assertThat(after.prizes().redeemed()).isEqualTo(1);
    }
}

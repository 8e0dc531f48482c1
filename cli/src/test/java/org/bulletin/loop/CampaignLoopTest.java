package org.bulletin.loop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bulletin.cli.BulletinCli;
import org.bulletin.collect.CollectOptions;
import org.bulletin.collect.CollectServer;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.serve.StaticSiteServer;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole campaign loop with real parts: the sample site's quiz and message form in Chromium submit
 * to a running {@code bulletin collect}, and {@code bulletin report} reads what it stored.
 */
@ExtendWith(SharedGenerator.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BrowserTest
class CampaignLoopTest {

    @TempDir
    static Path dir;
    Path site;
    Path data;
    CollectServer collector;
    StaticSiteServer server;
    ChromeDriver browser;
    String base;
    Quiz quiz;

    @BeforeAll
    void start(SiteGenerator generator) throws Exception {
        browser = Browser.start(375, 900);
        site = TestSites.sample(dir.resolve("site"));
        data = dir.resolve("data");
        Files.createDirectories(data);
        // the collector must know the page's origin for CORS; pick the site server's port first
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        server = new StaticSiteServer("127.0.0.1", 0, () -> out, StaticSiteServer.CSP, false);
        base = "http://127.0.0.1:" + server.port();
        collector = CollectServer.start(CollectOptions.defaults(data).withPort(0).withOrigins(List.of(base)));
        String endpoint = "http://127.0.0.1:" + collector.port();
        server.close();
        BuildResult result = generator.build(BuildRequest.of(site, out)
                .withOverride("quiz.submit-url", endpoint + "/quiz")
                .withOverride("messages.submit-url", endpoint + "/messages"));
        assertThat(result.errors()).isEmpty();
        quiz = generator.load(BuildRequest.of(site, out)).site().quiz("social-work-quiz").orElseThrow();
        String csp = StaticSiteServer.CSP.replace("connect-src 'self'", "connect-src 'self' " + endpoint);
        server = new StaticSiteServer("127.0.0.1", Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)),
                () -> out, csp, false);
    }

    @AfterAll
    void stop() {
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

    @Test
    void quizResultAndMessageReachTheCollectorAndTheReport() throws Exception {
        browser.get(base + "/quiz/social-work-quiz.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> !d.findElements(By.cssSelector(".quiz[data-ready]")).isEmpty());
        // answer the first two questions wrongly and the rest rightly: passed, below the prize score
        java.util.Map<String, List<Integer>> answers = new java.util.HashMap<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            Question q = quiz.questions().get(i);
            for (int o = 0; o < q.options().size(); o++) {
                boolean right = q.options().get(o).correct();
                if (i < 2 ? !right && o == firstWrong(q) : right) {
                    answers.computeIfAbsent(q.id(), k -> new java.util.ArrayList<>()).add(o);
                    browser.findElement(By.cssSelector("label[for='" + quiz.id() + "--" + q.id() + "--" + o + "']"))
                            .click();
                }
            }
        }
        double expected = quiz.score(answers);
        assertThat(expected).isBetween(60.0, 89.99);
        String shown = new java.math.BigDecimal(expected).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        browser.findElement(By.cssSelector("button.quiz-submit")).click();
        try {
            wait.until(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains(shown + " 分"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("page says: " + browser.findElement(By.cssSelector("[role=status]")).getText()
                    + " / " + browser.findElement(By.tagName("main")).getText().substring(0, 300), e);
        }
        Path results = data.resolve("results.jsonl");
        try {
            wait.until(d -> Files.exists(results) && lines(results).size() == 1);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no result stored; page says: "
                    + browser.findElement(By.cssSelector("[role=status]")).getText() + "; console: "
                    + Browser.consoleProblems(browser), e);
        }
        JsonNode stored = new ObjectMapper().readTree(lines(results).get(0));
        assertThat(stored.get("quiz").asText()).isEqualTo("social-work-quiz");
        assertThat(stored.get("quizVersion").asText()).isEqualTo(quiz.version());
        assertThat(stored.get("score").asDouble()).isEqualTo(expected);

        browser.get(base + "/messages.html");
        browser.findElement(By.cssSelector("textarea")).sendKeys("社工辛苦了！<b>谢谢</b>");
        browser.findElement(By.cssSelector("input[type=checkbox]")).click();
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        Path messages = data.resolve("messages-pending.csv");
        wait.until(d -> Files.exists(messages) && String.join("\n", lines(messages)).contains("社工辛苦了！<b>谢谢</b>"));
        assertThat(Browser.consoleProblems(browser)).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BulletinCli.run(new String[] {"report", site.toString(), "--results", results.toString(),
                "-o", dir.resolve("report").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        // the site is zh-CN: the report's console summary is in Chinese
        assertThat(summary).contains("参与人数：1（共 1 份答卷）")
                .contains("平均分：" + String.format(java.util.Locale.ROOT, "%.2f", expected)).contains("报告已写入 ");
        assertThat(dir.resolve("report/index.html")).isRegularFile();
    }

    private static int firstWrong(Question q) {
        for (int o = 0; o < q.options().size(); o++) {
            if (!q.options().get(o).correct()) {
                return o;
            }
        }
        return -1;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}

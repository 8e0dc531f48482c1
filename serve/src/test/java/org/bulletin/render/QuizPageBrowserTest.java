package org.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Quiz;
import org.bulletin.serve.StaticSiteServer;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The generated quiz pages in real Chromium, served with the strict CSP, posting to a real endpoint. */
@BrowserTest
@ExtendWith(SharedGenerator.class)
class QuizPageBrowserTest {

    @TempDir
    static Path work;
    static QuizBrowserSupport.Receiver receiver;
    static StaticSiteServer server;
    static ChromeDriver browser;
    static String base;
    static Map<String, Quiz> quizzes;
    boolean networkErrorsExpected;

    static final String HEAD = "= Test quiz\n:jbake-type: quiz\n";
    static final String THREE = "\n[#q1]\n== One?\n\n* [ ] a\n* [x] b\n\nExplained one.\n"
            + "\n[#q2]\n== Two?\n\n* [x] a\n* [ ] b\n* [x] c\n\nExplained two.\n"
            + "\n[#q3]\n== Three?\n\n* [x] a\n* [ ] b\n\nExplained three.\n";

    @BeforeAll
    static void start(SiteGenerator generator) throws Exception {
        Browser.require();
        receiver = new QuizBrowserSupport.Receiver(0);
        Path site = work.resolve("site");
        Files.createDirectories(site.resolve("content/quiz"));
        Files.createDirectories(site.resolve("content/articles"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=Quiz test\nsite.locale=zh-CN\n"
                + "site.host=http://127.0.0.1/\n");
        String submit = ":quiz-submit-url: " + receiver.url() + "\n";
        write(site, "basic", HEAD + ":quiz-prize-score: 90\n" + submit + THREE);
        write(site, "limited", HEAD + ":quiz-attempts: 1\n" + THREE);
        write(site, "later", HEAD + ":quiz-opens: 2099-01-01T08:00:00+08:00\n" + THREE);
        write(site, "over", HEAD + ":quiz-closes: 2000-01-01T08:00:00+08:00\n" + THREE);
        write(site, "prize", HEAD + ":quiz-prize-score: 90\n:quiz-ask: name, phone\n" + submit + THREE);
        StringBuilder shuffled = new StringBuilder(HEAD + ":quiz-shuffle: both\n");
        for (int q = 1; q <= 6; q++) {
            shuffled.append("\n[#s").append(q).append("]\n== S").append(q).append("?\n\n");
            for (int o = 1; o <= 4; o++) {
                shuffled.append(o == q % 4 + 1 ? "* [x] right " : "* [ ] wrong ").append(q).append('-').append(o)
                        .append('\n');
            }
        }
        write(site, "shuffled", shuffled.toString());
        Files.writeString(site.resolve("content/articles/embed.adoc"), "= Embed\n:jbake-date: 2022-03-15\n\n"
                + "Read, then answer:\n\nquiz::basic[]\n");
        Path out = work.resolve("out");
        BuildRequest request = BuildRequest.of(site, out);
        BuildResult result = generator.build(request);
        assertThat(result.errors()).isEmpty();
        quizzes = new java.util.TreeMap<>();
        generator.load(request).site().quizzes().forEach(q -> quizzes.put(q.id(), q));
        server = new StaticSiteServer("127.0.0.1", 0, () -> out,
                QuizBrowserSupport.csp(StaticSiteServer.CSP, "http://127.0.0.1:" + receiver.port), false);
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = Browser.start(1000, 900, "--lang=zh-CN");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    private static void write(Path site, String id, String text) throws Exception {
        Files.writeString(site.resolve("content/quiz/" + id + ".adoc"), text);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @BeforeEach
    void cleanDevice() {
        browser.manage().window().setSize(new Dimension(1000, 900));
        browser.get(base + "index.html");
        js("localStorage.clear()");
        browser.manage().logs().get("browser");
        receiver.bodies.clear();
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get("browser")) {
            boolean network = e.getMessage().contains("ERR_CONNECTION_REFUSED") || e.getMessage().contains("Failed to fetch");
            if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
                    && !(networkErrorsExpected && network)) {
                errors.add(e.getLevel() + " " + e.getMessage());
            }
        }
        assertThat(errors).as("browser console").isEmpty();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void open(String path) {
        browser.get(base + path);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("div.quiz[data-ready]")).isEmpty());
    }

    private void choose(String quiz, String question, int... options) {
        for (int o : options) {
            browser.findElement(By.cssSelector("label[for='" + quiz + "--" + question + "--" + o + "']")).click();
        }
    }

    private void submit() {
        browser.findElement(By.cssSelector("button.quiz-submit")).click();
    }

    private String status() {
        return browser.findElement(By.cssSelector("[role=status]")).getText();
    }

    private String mark(String quiz, String question) {
        return browser.findElement(By.cssSelector("#" + quiz + "--" + question + " .quiz-mark")).getText();
    }

    private JsonNode received() throws Exception {
        String body = receiver.bodies.poll(10, TimeUnit.SECONDS);
        assertThat(body).as("submission received").isNotNull();
        return new ObjectMapper().readTree(body);
    }

    private void waitForText(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(css))
                .getText().contains(text));
    }

    @Test
    void allRightScores100ShowsExplanationsAndSendsTheExactJson() throws Exception {
        open("quiz/basic.html");
        choose("basic", "q1", 1);
        choose("basic", "q2", 0, 2);
        choose("basic", "q3", 0);
        submit();
        assertThat(status()).contains("您的得分：100 分").contains("恭喜，您通过了本次问答").contains("领奖码");
        for (String q : List.of("q1", "q2", "q3")) {
            assertThat(mark("basic", q)).isEqualTo("✔ 回答正确");
        }
        assertThat(browser.findElement(By.cssSelector("#basic--q2 .quiz-explanation")).getText())
                .contains("知识点").contains("Explained two.");
        assertThat(browser.findElements(By.cssSelector("#basic--q2 li.quiz-correct-option")))
                .extracting(WebElement::getText).containsExactly("a （正确答案） 您的选择", "c （正确答案） 您的选择");
        String claim = browser.findElement(By.cssSelector(".quiz-claim")).getText();
        assertThat(claim).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(((Number) js("return document.querySelector('canvas.quiz-qr').width")).intValue()).isGreaterThan(100);

        JsonNode sent = received();
        List<String> keys = new ArrayList<>();
        sent.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("quiz", "quizVersion", "client", "claim", "answers", "score", "startedAt",
                "submittedAt");
        assertThat(sent.get("quiz").asText()).isEqualTo("basic");
        assertThat(sent.get("quizVersion").asText()).isEqualTo(quizzes.get("basic").version());
        assertThat(sent.get("client").asText()).isEqualTo(js("return JSON.parse(localStorage.getItem('bulletin.client'))"));
        assertThat(sent.get("claim").asText()).isEqualTo(claim);
        assertThat(sent.get("answers").toString()).isEqualTo("{\"q1\":[1],\"q2\":[0,2],\"q3\":[0]}");
        assertThat(sent.get("score").asDouble()).isEqualTo(100.0);
        assertThat(Instant.parse(sent.get("startedAt").asText())).isBeforeOrEqualTo(Instant.parse(sent.get("submittedAt").asText()));
        Map<String, List<Integer>> answers = Map.of("q1", List.of(1), "q2", List.of(0, 2), "q3", List.of(0));
        assertThat(quizzes.get("basic").score(answers)).isEqualTo(100.0);
        waitForText("[role=status]", "成绩已提交");
    }

    @Test
    void someWrongGivesTheExactScoreAndMarksTheWrongQuestion() throws Exception {
        open("quiz/basic.html");
        choose("basic", "q1", 1);
        choose("basic", "q2", 0, 2);
        choose("basic", "q3", 1);
        submit();
        assertThat(status()).contains("您的得分：66.67 分").doesNotContain("领奖码");
        assertThat(mark("basic", "q3")).isEqualTo("✘ 回答错误");
        assertThat(mark("basic", "q1")).isEqualTo("✔ 回答正确");
        JsonNode sent = received();
        assertThat(sent.get("score").asDouble()).isEqualTo(66.67);
        assertThat(sent.get("claim").isNull()).isTrue();
        assertThat(quizzes.get("basic").score(Map.of("q1", List.of(1), "q2", List.of(0, 2), "q3", List.of(1))))
                .isEqualTo(66.67);
    }

    @Test
    void multipleChoicePartlyRightCountsAsWrong() throws Exception {
        open("quiz/basic.html");
        choose("basic", "q1", 1);
        choose("basic", "q2", 0);
        choose("basic", "q3", 0);
        submit();
        assertThat(status()).contains("66.67");
        assertThat(mark("basic", "q2")).isEqualTo("✘ 回答错误");
        assertThat(received().get("answers").toString()).isEqualTo("{\"q1\":[1],\"q2\":[0],\"q3\":[0]}");
    }

    @Test
    void pointsOutUnansweredQuestionsBeforeSubmitting() {
        open("quiz/basic.html");
        choose("basic", "q1", 1);
        submit();
        WebElement missing = browser.findElement(By.cssSelector(".quiz-missing"));
        assertThat(missing.isDisplayed()).isTrue();
        assertThat(missing.getText()).contains("请先回答全部题目").contains("第 2 题").contains("第 3 题")
                .doesNotContain("第 1 题");
        assertThat(mark("basic", "q2")).isEqualTo("尚未作答");
        assertThat(status()).isEmpty();
        assertThat(js("return document.activeElement.id")).isEqualTo("basic--q2--0");
        assertThat(receiver.bodies).isEmpty();
    }

    @Test
    void worksWithTheKeyboardAlone() throws Exception {
        open("quiz/basic.html");
        Actions keys = new Actions(browser);
        for (int i = 0; i < 40 && !"basic--q1--0".equals(js("return document.activeElement.id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(js("return document.activeElement.id")).isEqualTo("basic--q1--0");
        keys.sendKeys(Keys.ARROW_DOWN).perform();                       // q1: b
        keys.sendKeys(Keys.TAB).sendKeys(Keys.SPACE).perform();          // q2: a
        keys.sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.SPACE).perform(); // q2: c
        keys.sendKeys(Keys.TAB).sendKeys(Keys.SPACE).perform();          // q3: a
        keys.sendKeys(Keys.TAB).perform();
        assertThat(js("return document.activeElement.className")).isEqualTo("quiz-submit");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(status()).contains("您的得分：100 分");
        assertThat(js("return document.activeElement.className")).isEqualTo("quiz-result");
        received();
    }

    @Test
    void reloadKeepsProgressAndResult() throws Exception {
        open("quiz/basic.html");
        choose("basic", "q1", 1);
        assertThat(browser.findElement(By.cssSelector(".quiz-progress")).getText()).isEqualTo("已答 1 / 3 题");
        open("quiz/basic.html");
        assertThat(browser.findElement(By.id("basic--q1--1")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".quiz-progress")).getText()).isEqualTo("已答 1 / 3 题");
        choose("basic", "q2", 0, 2);
        choose("basic", "q3", 1);
        submit();
        received();
        open("quiz/basic.html");
        assertThat(status()).contains("66.67").contains("成绩已提交").contains("再答一次");
        assertThat(mark("basic", "q3")).isEqualTo("✘ 回答错误");
        assertThat(browser.findElement(By.cssSelector("button.quiz-submit")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("button.quiz-again")).click();
        browser.findElement(By.cssSelector("button.quiz-confirm-yes")).click(); // 再答一次 asks first
        assertThat(status()).isEmpty();
        assertThat(browser.findElement(By.id("basic--q1--1")).isSelected()).isFalse();
        assertThat(browser.findElement(By.cssSelector("button.quiz-submit")).isDisplayed()).isTrue();
    }

    @Test
    void showsTheStoredResultWhenAttemptsAreUsedUp() {
        open("quiz/limited.html");
        choose("limited", "q1", 1);
        choose("limited", "q2", 0, 2);
        choose("limited", "q3", 0);
        submit();
        assertThat(status()).contains("100").contains("您已用完答题次数").doesNotContain("再答一次");
        open("quiz/limited.html");
        assertThat(status()).contains("100").contains("您已用完答题次数");
        assertThat(browser.findElements(By.cssSelector("button.quiz-again"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("button.quiz-submit")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("limited--q1--1")).isEnabled()).isFalse();
    }

    @Test
    void keepsTheAnswerKeyAndExplanationsOutOfThePageSource() throws Exception {
        String html = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "quiz/basic.html")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(html).contains("<form class=\"quiz-form\"").contains("<noscript>")
                .contains("<script type=\"application/json\" class=\"quiz-data\">")
                .doesNotContain("Explained two").doesNotContain("correct\"").doesNotContain("<script>");
        assertThat(html).contains(QuizData.optionHash(quizzes.get("basic").salt(), "q2", 2, true))
                .contains(QuizData.optionHash(quizzes.get("basic").salt(), "q2", 1, false));
        open("quiz/basic.html");
    }

    @Test
    void saysWhenTheQuizOpensAndThatItHasClosed() {
        open("quiz/later.html");
        assertThat(browser.findElement(By.cssSelector(".quiz-window")).getText()).startsWith("本次问答将于")
                .contains("2099").endsWith("开始。");
        assertThat(browser.findElement(By.cssSelector(".quiz-form")).isDisplayed()).isFalse();
        open("quiz/over.html");
        assertThat(browser.findElement(By.cssSelector(".quiz-window")).getText()).startsWith("本次问答已于")
                .contains("2000").endsWith("结束。");
        assertThat(browser.findElement(By.cssSelector(".quiz-form")).isDisplayed()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private List<String> order() {
        return (List<String>) js("return Array.from(document.querySelectorAll('fieldset')).map(f => "
                + "f.dataset.question + ':' + Array.from(f.querySelectorAll('li')).map(l => l.dataset.option).join(''))");
    }

    @Test
    void shuffleIsStableAcrossReloadsAndScoresBySourceOrder() throws Exception {
        open("quiz/shuffled.html");
        List<String> first = order();
        assertThat(first).isNotEqualTo(List.of("s1:0123", "s2:0123", "s3:0123", "s4:0123", "s5:0123", "s6:0123"));
        open("quiz/shuffled.html");
        assertThat(order()).isEqualTo(first);
        assertThat(browser.findElements(By.cssSelector(".quiz-number"))).extracting(WebElement::getText)
                .containsExactly("1", "2", "3", "4", "5", "6");
        for (WebElement label : browser.findElements(By.cssSelector("label"))) {
            if (label.getText().startsWith("right")) {
                label.click();
            }
        }
        submit();
        assertThat(status()).contains("您的得分：100 分");
    }

    @Test
    void asksNameAndPhoneForAPrizeClaimAndSendsThem() throws Exception {
        open("quiz/prize.html");
        choose("prize", "q1", 1);
        choose("prize", "q2", 0, 2);
        choose("prize", "q3", 0);
        submit();
        assertThat(status()).contains("领取奖品请填写以下信息并提交");
        assertThat(receiver.bodies.poll(300, TimeUnit.MILLISECONDS)).isNull();
        browser.findElement(By.cssSelector(".quiz-ask-send")).click();
        assertThat(status()).contains("请填写每一项");
        browser.findElement(By.id("prize--ask-name")).sendKeys("王<b>阿姨</b>");
        browser.findElement(By.id("prize--ask-phone")).sendKeys("13800000000");
        browser.findElement(By.cssSelector(".quiz-ask-send")).click();
        JsonNode sent = received();
        List<String> keys = new ArrayList<>();
        sent.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("quiz", "quizVersion", "client", "claim", "answers", "score", "startedAt",
                "submittedAt", "name", "phone");
        assertThat(sent.get("name").asText()).isEqualTo("王<b>阿姨</b>");
        assertThat(sent.get("phone").asText()).isEqualTo("13800000000");
        waitForText("[role=status]", "成绩已提交");
    }

    @Test
    void keepsTheResultWhenTheServerIsDownAndSendsItWhenItIsBack() throws Exception {
        networkErrorsExpected = true;
        receiver.down();
        try {
            open("quiz/basic.html");
            choose("basic", "q1", 1);
            choose("basic", "q2", 0, 2);
            choose("basic", "q3", 0);
            submit();
            waitForText("[role=status]", "成绩尚未提交");
        } finally {
            receiver.up();
        }
        browser.findElement(By.cssSelector("button.quiz-retry")).click();
        assertThat(received().get("score").asDouble()).isEqualTo(100.0);
        waitForText("[role=status]", "成绩已提交");

        receiver.down();
        try {
            browser.findElement(By.cssSelector("button.quiz-again")).click();
            browser.findElement(By.cssSelector("button.quiz-confirm-yes")).click(); // 再答一次 asks first
            choose("basic", "q1", 0);
            choose("basic", "q2", 0, 2);
            choose("basic", "q3", 0);
            submit();
            waitForText("[role=status]", "成绩尚未提交");
            open("quiz/basic.html");
            waitForText("[role=status]", "成绩尚未提交");
        } finally {
            receiver.up();
        }
        open("quiz/basic.html"); // a later visit sends what is kept, without any click
        assertThat(received().get("score").asDouble()).isEqualTo(66.67);
        waitForText("[role=status]", "成绩已提交");
    }

    @Test
    void fitsA375PixelScreenWithoutHorizontalScrolling() throws Exception {
        browser.manage().window().setSize(new Dimension(375, 800));
        open("quiz/basic.html");
        assertThat(((Number) js("return window.innerWidth")).intValue()).isLessThanOrEqualTo(375);
        choose("basic", "q1", 1);
        choose("basic", "q2", 0, 2);
        choose("basic", "q3", 0);
        submit();
        received();
        Number scroll = (Number) js("return document.documentElement.scrollWidth");
        Number width = (Number) js("return document.documentElement.clientWidth");
        assertThat(scroll.intValue()).isLessThanOrEqualTo(width.intValue());
    }

    @Test
    void embedsTheQuizInAnArticle() throws Exception {
        open("articles/embed.html");
        assertThat(browser.findElements(By.cssSelector("article div.quiz[data-quiz=basic] form fieldset")))
                .hasSize(3);
        choose("basic", "q1", 1);
        choose("basic", "q2", 0, 2);
        choose("basic", "q3", 0);
        submit();
        assertThat(status()).contains("您的得分：100 分");
        received();
        Iterator<String> none = receiver.bodies.iterator();
        assertThat(none.hasNext()).isFalse();
    }
}

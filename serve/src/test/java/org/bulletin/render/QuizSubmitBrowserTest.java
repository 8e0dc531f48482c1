package org.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Sending a quiz result when the collector answers an error or cannot be reached: the page never stays on
 * "正在提交成绩…", keeps and retries what can succeed later, and says in plain words what the resident
 * can fix.
 */
@BrowserTest
@ExtendWith(SharedGenerator.class)
class QuizSubmitBrowserTest {

    @TempDir
    static Path work;
    static QuizBrowserSupport.QuizSite site;

    static final String HEAD = "= Test quiz\n:jbake-type: quiz\n:quiz-prize-score: 90\n{submit}";
    static final String TWO = "\n[#q1]\n== One?\n\n* [ ] a\n* [x] b\n\n[#q2]\n== Two?\n\n* [x] a\n* [ ] b\n";

    @BeforeAll
    static void start(SiteGenerator generator) throws Exception {
        site = new QuizBrowserSupport.QuizSite(generator, work, Map.of(
                "basic", HEAD + TWO,
                "prize", HEAD + ":quiz-ask: name, phone\n" + TWO));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void cleanDevice() {
        site.clean();
    }

    @AfterEach
    void noConsoleErrorsButTheExpectedOnes() {
        assertThat(Browser.consoleProblems(site.browser)).as("browser console")
                .allMatch(m -> m.contains("the server responded with a status of")
                        || m.contains("ERR_CONNECTION_REFUSED") || m.contains("Failed to fetch"));
    }

    private void answerAll(String quiz, boolean right) {
        site.open("quiz/" + quiz + ".html");
        site.choose(quiz, "q1", right ? 1 : 0);
        site.choose(quiz, "q2", 0);
        site.submit();
    }

    private JsonNode received() throws Exception {
        String body = site.received(10);
        assertThat(body).as("submission received").isNotNull();
        return new ObjectMapper().readTree(body);
    }

    private List<WebElement> retryButtons() {
        return site.browser.findElements(By.cssSelector("button.quiz-retry"));
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void aBusyCollectorIsTriedAgainAfterRetryAfter(int status) throws Exception {
        site.receiver.replies.add(new QuizBrowserSupport.Reply(status, "1", "{\"ok\":false,\"error\":\"busy\"}"));
        answerAll("basic", false);
        received();
        site.waitForText("[role=status]", "成绩尚未提交", 3);
        assertThat(site.status()).doesNotContain("正在提交");
        assertThat(retryButtons()).hasSize(1);
        assertThat(received().get("score").asDouble()).as("sent again by itself").isEqualTo(50.0);
        site.waitForText("[role=status]", "成绩已提交", 5);
        assertThat(retryButtons()).isEmpty();
    }

    @Test
    void aServerErrorShowsNotSentAtOnceAndTheRetryButtonSends() throws Exception {
        site.receiver.replies.add(new QuizBrowserSupport.Reply(500, null, "{\"ok\":false,\"error\":\"oops\"}"));
        answerAll("basic", false);
        received();
        site.waitForText("[role=status]", "成绩尚未提交", 3);
        site.open("quiz/basic.html");
        site.waitForText("[role=status]", "成绩", 3);
        received(); // the reload sends what is kept
        site.waitForText("[role=status]", "成绩已提交", 5);

        site.receiver.replies.add(new QuizBrowserSupport.Reply(500, null, "{\"ok\":false,\"error\":\"oops\"}"));
        site.browser.findElement(By.cssSelector("button.quiz-again")).click();
        site.browser.findElement(By.cssSelector("button.quiz-confirm-yes")).click(); // 再答一次 asks first
        site.choose("basic", "q1", 1);
        site.choose("basic", "q2", 0);
        site.submit();
        received();
        site.waitForText("[role=status]", "成绩尚未提交", 3);
        retryButtons().get(0).click();
        assertThat(received().get("score").asDouble()).isEqualTo(100.0);
        site.waitForText("[role=status]", "成绩已提交", 5);
    }

    @Test
    void aRefusedConnectionShowsNotSentAtOnce() throws Exception {
        site.receiver.down();
        try {
            answerAll("basic", true);
            site.waitForText("[role=status]", "成绩尚未提交", 3);
            assertThat(retryButtons()).hasSize(1);
        } finally {
            site.receiver.up();
        }
        retryButtons().get(0).click();
        assertThat(received().get("score").asDouble()).isEqualTo(100.0);
        site.waitForText("[role=status]", "成绩已提交", 5);
    }

    @Test
    void aWrongPhoneNumberIsExplainedAndCanBeFixedAndSentAgain() throws Exception {
        answerAll("prize", true);
        assertThat(site.browser.findElement(By.id("prize--ask-phone")).getAttribute("maxlength")).isEqualTo("40");
        assertThat(site.browser.findElement(By.id("prize--ask-name")).getAttribute("maxlength")).isEqualTo("100");
        site.receiver.replies.add(new QuizBrowserSupport.Reply(422, null,
                "{\"ok\":false,\"error\":\"'phone' contains a control character\"}"));
        site.browser.findElement(By.id("prize--ask-name")).sendKeys("王阿姨");
        site.browser.findElement(By.id("prize--ask-phone")).sendKeys("1380000");
        site.browser.findElement(By.cssSelector(".quiz-ask-send")).click();
        assertThat(received().get("phone").asText()).isEqualTo("1380000");
        site.waitForText("[role=status]", "手机号码", 3);
        assertThat(site.status()).contains("请改正").doesNotContain("正在提交").doesNotContain("成绩已提交");
        WebElement phone = site.browser.findElement(By.id("prize--ask-phone"));
        assertThat(phone.getAttribute("value")).isEqualTo("1380000");
        assertThat(phone.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(site.browser.findElement(By.id("prize--ask-name")).getAttribute("value")).isEqualTo("王阿姨");

        site.open("quiz/prize.html"); // still explained after a reload, and not sent again by itself
        site.waitForText("[role=status]", "手机号码", 3);
        assertThat(site.received(1)).isNull();
        phone = site.browser.findElement(By.id("prize--ask-phone"));
        phone.clear();
        phone.sendKeys("13800000000");
        site.browser.findElement(By.cssSelector(".quiz-ask-send")).click();
        JsonNode sent = received();
        assertThat(sent.get("phone").asText()).isEqualTo("13800000000");
        assertThat(sent.get("name").asText()).isEqualTo("王阿姨");
        site.waitForText("[role=status]", "成绩已提交", 5);
    }

    @Test
    void aRefusedResultNeverBlocksLaterOnesAcrossReloads() throws Exception {
        site.receiver.replies.add(new QuizBrowserSupport.Reply(422, null,
                "{\"ok\":false,\"error\":\"quiz 'basic' has changed since the page was loaded; reload the page\"}"));
        answerAll("basic", false);
        received();
        site.waitForText("[role=status]", "没有接收", 3);
        assertThat(site.status()).doesNotContain("正在提交").contains("再答一次");
        assertThat(retryButtons()).isEmpty();

        site.open("quiz/basic.html");
        site.waitForText("[role=status]", "没有接收", 3);
        assertThat(site.received(1)).as("a refused result is not sent again").isNull();
        site.browser.findElement(By.cssSelector("button.quiz-again")).click();
        site.browser.findElement(By.cssSelector("button.quiz-confirm-yes")).click(); // 再答一次 asks first
        site.choose("basic", "q1", 1);
        site.choose("basic", "q2", 0);
        site.submit();
        assertThat(received().get("score").asDouble()).isEqualTo(100.0);
        site.waitForText("[role=status]", "成绩已提交", 5);
        site.open("quiz/basic.html");
        site.waitForText("[role=status]", "成绩已提交", 3);
        assertThat(site.received(1)).isNull();
    }
}

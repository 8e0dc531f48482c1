package org.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.serve.StaticSiteServer;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The message wall built for real (site generator, theme, post-processing), served on 127.0.0.1 with
 * the strict CSP, used in Debian's Chromium; a JDK HTTP server receives the POSTs and can fail on demand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BrowserTest
@ExtendWith(SharedGenerator.class)
class MessageWallBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    Path dir;
    Path out;
    HttpServer receiver;
    final List<String> received = new CopyOnWriteArrayList<>();
    final AtomicBoolean failing = new AtomicBoolean();
    StaticSiteServer server;
    WebDriver browser;
    String url;

    @BeforeAll
    void buildServeAndOpen(SiteGenerator generator) throws Exception {
        dir = Files.createTempDirectory("message-wall");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        receiver.createContext("/messages", this::receive);
        receiver.start();
        String endpoint = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/messages";
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=美亭社区\nsite.host=https://example.org/meiting/\n"
                + "site.locale=zh-CN\nmessages.submit-url=" + endpoint + "\n", StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/messages.csv"), "date,name,message,reply\n"
                + "2022-03-15,颜阿姨,\"<script>alert('x')</script> 第一行\n第二行\",\"<b>谢谢</b>\"\n"
                + "2022-03-16,<img src=x>,好,\n", StandardCharsets.UTF_8);
        out = dir.resolve("out");
        BuildResult result = generator.build(BuildRequest.of(site, out));
        assertThat(result.problems()).isEmpty();
        String csp = StaticSiteServer.CSP.replace("connect-src 'self'", "connect-src 'self' http://127.0.0.1:"
                + receiver.getAddress().getPort());
        server = new StaticSiteServer("127.0.0.1", 0, () -> out, csp, false);
        url = "http://127.0.0.1:" + server.port() + "/messages.html";
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + CHROMIUM + " or " + DRIVER + " is missing");
        }
        if (present) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--window-size=375,800",
                    "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
        }
    }

    private void receive(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        ex.getResponseHeaders().add("Access-Control-Allow-Headers", "Content-Type");
        ex.getResponseHeaders().add("Access-Control-Allow-Methods", "POST");
        if (ex.getRequestMethod().equals("OPTIONS")) {
            ex.sendResponseHeaders(204, -1);
        } else if (failing.get()) {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(503, -1);
        } else {
            received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, ok.length);
            ex.getResponseBody().write(ok);
        }
        ex.close();
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        receiver.stop(0);
        org.apache.commons.io.FileUtils.deleteQuietly(dir.toFile());
    }

    @BeforeEach
    void fresh() {
        received.clear();
        failing.set(false);
        if (browser != null) {
            // a page without the script first, so a message kept by the previous test is not sent now
            browser.get(url.replace("messages.html", "robots.txt"));
            ((JavascriptExecutor) browser).executeScript("window.localStorage.clear()");
            browser.manage().logs().get(LogType.BROWSER);
            browser.get(url);
        }
    }

    private void needBrowser() {
        Assumptions.assumeTrue(browser != null, "SKIPPED: no " + CHROMIUM + " / " + DRIVER
                + " (apt-get install chromium chromium-driver)");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private void send(String name, String text, boolean consent) {
        browser.findElement(By.id("message-name")).sendKeys(name);
        browser.findElement(By.id("message-text")).sendKeys(text);
        if (consent) {
            browser.findElement(By.id("message-consent")).click();
        }
        browser.findElement(By.cssSelector("#message-form button[type=submit]")).click();
    }

    private String status() {
        return browser.findElement(By.id("message-status")).getText();
    }

    @Test
    void showsScriptInAMessageAsText() throws IOException {
        Document page = Jsoup.parse(out.resolve("messages.html").toFile());
        assertThat(page.select(".message-text").get(1).wholeText()).isEqualTo("<script>alert('x')</script> 第一行\n第二行");
        assertThat(page.select(".message-reply").text()).isEqualTo("<b>谢谢</b>");
        assertThat(page.select(".message-name").eachText()).contains("<img src=x>");
        assertThat(page.select("main script, main img, main b")).isEmpty();
        assertThat(Jsoup.parse(out.resolve("index.html").toFile()).select(".messages-preview .message")).hasSize(2);
        assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("留言墙");
        if (browser != null) {
            assertThat(browser.findElements(By.cssSelector(".message-text")).get(1).getText())
                    .isEqualTo("<script>alert('x')</script> 第一行\n第二行");
        }
    }

    @Test
    void sendsTheMessageAsJsonAndSaysItAppearsAfterReview() {
        needBrowser();
        browser.findElement(By.id("message-text")).sendKeys("一二三四五");
        assertThat(browser.findElement(By.id("message-count")).getText()).isEqualTo("5 / 500");
        send("牛叔叔", "社工就像亲人一样", true);
        waiting().until(d -> status().contains("已提交"));
        assertThat(received).singleElement().satisfies(body -> {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            assertThat(json.path("name").asText()).isEqualTo("牛叔叔");
            assertThat(json.path("message").asText()).isEqualTo("一二三四五社工就像亲人一样");
            assertThat(json.path("page").asText()).isEqualTo("https://example.org/meiting/messages.html");
            assertThat(json.path("id").asText()).hasSize(32);
            assertThat(json.path("client").asText()).hasSize(32);
            assertThat(java.time.Instant.parse(json.path("sentAt").asText())).isNotNull();
        });
        assertThat(browser.findElement(By.id("message-outbox")).isDisplayed()).isFalse();
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).isEmpty();
    }

    @Test
    void refusesWithoutConsentOrText() {
        needBrowser();
        send("", "你好", false);
        assertThat(status()).contains("请勾选");
        browser.findElement(By.id("message-consent")).click();
        browser.findElement(By.id("message-text")).clear();
        browser.findElement(By.cssSelector("#message-form button[type=submit]")).click();
        assertThat(status()).contains("请填写");
        assertThat(received).isEmpty();
    }

    @Test
    void keepsAMessageTheServerRefusedAcrossReloadsAndSendsItOnRetry() {
        needBrowser();
        failing.set(true);
        send("颜阿姨", "网络不好的时候也不能丢", true);
        waiting().until(d -> status().contains("尚未发送"));
        assertThat(browser.findElement(By.cssSelector("#message-outbox li")).getText()).isEqualTo("网络不好的时候也不能丢");
        browser.navigate().refresh();
        waiting().until(d -> d.findElement(By.id("message-outbox")).isDisplayed());
        assertThat(received).isEmpty();
        failing.set(false);
        browser.findElement(By.id("message-retry")).click();
        waiting().until(d -> status().contains("已提交"));
        assertThat(received).singleElement().asString().contains("网络不好的时候也不能丢");
        assertThat(browser.findElement(By.id("message-outbox")).isDisplayed()).isFalse();
        browser.navigate().refresh();
        assertThat(received).as("sent once, not again after a reload").hasSize(1);
    }

    @Test
    void keepsTheMessageWhenTheServerIsUnreachable() throws Exception {
        needBrowser();
        String saved = receiverDown();
        send("", "离线留言", true);
        waiting().until(d -> status().contains("网络未连接"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.localStorage.getItem('bulletin.messages.outbox')"))
                .asString().contains("离线留言");
        assertThat(saved).isNotNull();
    }

    /** Points the page at a closed port (nothing listens there) by rewriting the form's URL in the DOM. */
    private String receiverDown() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var f=document.getElementById('message-form'); var old=f.getAttribute('data-submit-url');"
                        + "f.setAttribute('data-submit-url','http://127.0.0.1:" + port + "/messages'); return old;");
    }
}

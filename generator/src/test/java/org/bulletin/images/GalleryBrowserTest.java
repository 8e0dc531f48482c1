package org.bulletin.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.bulletin.problem.Problems;
import org.bulletin.testing.BrowserTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The gallery as a resident sees it: real Asciidoctor output, processed photos, Chromium at 375 px, strict CSP. */
@BrowserTest
class GalleryBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String CSP = "default-src 'self'";

    @TempDir
    static Path work;
    private static HttpServer server;
    private static ChromeDriver driver;
    private static String pageUrl;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "Chromium or chromedriver missing in /usr/bin: browser test skipped";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            System.err.println(why);
            Assumptions.abort(why);
        }
        Path site = buildSite();
        server = serve(site);
        pageUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/news/index.html";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + work.resolve("profile"));
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 375, "height", 740, "pixelRatio", 2.0)));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    private static Path buildSite() throws Exception {
        Path assets = Files.createDirectories(work.resolve("assets/images/2021"));
        for (int i = 1; i <= 3; i++) {
            Files.write(assets.resolve("photo-" + i + ".jpg"), TestPhotos.jpeg(2000 + i, 1500));
        }
        String body;
        // a bare Asciidoctor of its own: the extension's HTML alone, without the site generator
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        try {
            GalleryExtension.register(asciidoctor);
            body = asciidoctor.convert("= News\n:lang: en\n:imagesdir: ..\n\n.Harvest week\ngallery::images/2021/[]\n",
                    Options.builder().safe(SafeMode.SAFE).attributes(Attributes.builder()
                            .attribute(GalleryExtension.ASSETS_ATTRIBUTE, work.resolve("assets").toString())
                            .build()).build());
        } finally {
            asciidoctor.shutdown();
        }
        Path site = work.resolve("site");
        Problems problems = new Problems();
        ImageSet images = new ImageProcessor(work.resolve("assets"), site, null, ImageOptions.defaults())
                .processAll(GalleryExtension.listFolder(work.resolve("assets"), "images/2021/").stream()
                        .map(p -> new ImageRequest(p, "content/news.adoc", 5)).toList(), problems);
        assertThat(problems.sorted()).isEmpty();
        Document page = Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>News</title>"
                + "<link rel=\"stylesheet\" href=\"../css/gallery.css\"><script src=\"../js/gallery.js\" defer></script>"
                + "</head><body><main><h1>News</h1>" + body + "</main></body></html>");
        assertThat(new ResponsiveImageRewriter(images.images()).rewrite(page, "news/index.html")).isEqualTo(3);
        Files.createDirectories(site.resolve("news"));
        Files.writeString(site.resolve("news/index.html"), page.outerHtml(), StandardCharsets.UTF_8);
        copyResource("css/gallery.css", site);
        copyResource("js/gallery.js", site);
        return site;
    }

    private static void copyResource(String name, Path site) throws IOException {
        try (InputStream in = GalleryBrowserTest.class.getResourceAsStream("/org/bulletin/theme/assets/" + name)) {
            assertThat(in).as(name).isNotNull();
            Files.createDirectories(site.resolve(name).getParent());
            Files.write(site.resolve(name), in.readAllBytes());
        }
    }

    private static HttpServer serve(Path root) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            Path file = root.resolve(URI.create(exchange.getRequestURI().getPath()).getPath().substring(1)).normalize();
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".webp") ? "image/webp"
                    : name.endsWith(".jpg") ? "image/jpeg" : "application/octet-stream";
            byte[] data = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, data.length);
            exchange.getResponseBody().write(data);
            exchange.close();
        });
        http.start();
        return http;
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void openPage() {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.get(pageUrl);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) js(
                "return Array.from(document.images).every(i => i.loading === 'lazy' || (i.complete && i.naturalWidth > 0))"));
        driver.manage().logs().get(LogType.BROWSER); // start each test with an empty console
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebElement viewer() {
        return driver.findElement(By.cssSelector(".gallery-viewer"));
    }

    private static String counter() {
        return viewer().findElement(By.cssSelector(".gallery-counter")).getText();
    }

    private static void waitFor(String what, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage(what).until(d -> condition.get());
    }

    private static void assertNoConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void phoneLoadsSmallWebpThumbnailsWithoutHorizontalScroll() {
        assertThat(js("return window.innerWidth")).isEqualTo(375L);
        assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
        String first = (String) js("return document.querySelector('figure.gallery img').currentSrc");
        assertThat(first).matches(".*/images/2021/photo-1-480\\.[0-9a-f]{8}\\.webp");
        assertThat(js("return document.querySelectorAll('.gallery-grid > li')[1].getBoundingClientRect().top"
                + " === document.querySelectorAll('.gallery-grid > li')[0].getBoundingClientRect().top"))
                .as("two photos per row on a phone").isEqualTo(true);
        assertNoConsoleErrors();
    }

    @Test
    void keyboardOpensBrowsesAndClosesTheViewerRestoringFocus() {
        WebElement firstLink = driver.findElement(By.cssSelector("a.gallery-link"));
        js("arguments[0].focus()", firstLink);
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        waitFor("viewer opens", () -> viewer().isDisplayed());
        assertThat(viewer().getAttribute("role")).isEqualTo("dialog");
        assertThat(viewer().getAttribute("aria-modal")).isEqualTo("true");
        assertThat(viewer().getAttribute("aria-label")).isEqualTo("Photo viewer");
        assertThat(driver.switchTo().activeElement().getAttribute("aria-label")).isEqualTo("Close");
        assertThat(counter()).isEqualTo("Photo 1 of 3");
        assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);

        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(counter()).isEqualTo("Photo 2 of 3");
        assertThat(viewer().findElement(By.cssSelector(".gallery-viewer-caption")).getText()).isEqualTo("photo 2");
        waitFor("full photo loads", () -> (Boolean) js("var i = document.querySelector('.gallery-full');"
                + " return i.complete && i.naturalWidth > 0"));
        assertThat((String) js("return document.querySelector('.gallery-full').currentSrc"))
                .as("375 px at 2x picks the 960 px WebP").matches(".*/photo-2-960\\.[0-9a-f]{8}\\.webp");

        new Actions(driver).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(counter()).isEqualTo("Photo 3 of 3");

        for (int i = 0; i < 4; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertThat((Boolean) js("return document.querySelector('.gallery-viewer').contains(document.activeElement)"))
                    .as("focus stays in the viewer after Tab " + (i + 1)).isTrue();
        }
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat((Boolean) js("return document.querySelector('.gallery-viewer').contains(document.activeElement)"))
                .isTrue();

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitFor("viewer closes", () -> !viewer().isDisplayed());
        assertThat(driver.switchTo().activeElement()).isEqualTo(firstLink);
        assertNoConsoleErrors();
    }

    @Test
    void swipeChangesPhotoAndCloseButtonCloses() {
        driver.findElements(By.cssSelector("a.gallery-link")).get(1).click();
        waitFor("viewer opens", () -> viewer().isDisplayed());
        assertThat(counter()).isEqualTo("Photo 2 of 3");

        swipe(300, 100);
        waitFor("swipe left shows the next photo", () -> counter().equals("Photo 3 of 3"));
        swipe(80, 320);
        waitFor("swipe right shows the previous photo", () -> counter().equals("Photo 2 of 3"));

        // headless Chromium's touch emulation makes no click from a synthetic tap, so the button is pressed by key
        WebElement close = viewer().findElement(By.cssSelector(".gallery-close"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(close);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        waitFor("the close button closes the viewer", () -> !viewer().isDisplayed());
        assertNoConsoleErrors();
    }

    private static void swipe(int fromX, int toX) {
        touch("touchStart", fromX);
        touch("touchMove", (fromX + toX) / 2);
        touch("touchMove", toX);
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    private static void touch(String type, int x) {
        driver.executeCdpCommand("Input.dispatchTouchEvent",
                Map.of("type", type, "touchPoints", List.of(Map.of("x", x, "y", 400))));
    }

    @Test
    void withoutJavaScriptTheLinksLeadToPublishedJpegsUnderStrictCsp() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<Void> page = client.send(HttpRequest.newBuilder(URI.create(pageUrl)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
        List<WebElement> links = driver.findElements(By.cssSelector("a.gallery-link"));
        assertThat(links).hasSize(3);
        for (WebElement link : links) {
            String href = link.getAttribute("href");
            assertThat(href).matches(".*/images/2021/photo-\\d-1440\\.[0-9a-f]{8}\\.jpg");
            HttpResponse<byte[]> photo = client.send(HttpRequest.newBuilder(URI.create(href)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(photo.statusCode()).isEqualTo(200);
            assertThat(photo.body()).startsWith((byte) 0xff, (byte) 0xd8);
        }
        assertThat(driver.findElements(By.cssSelector("script:not([src])"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[style]"))).isEmpty();
    }
}

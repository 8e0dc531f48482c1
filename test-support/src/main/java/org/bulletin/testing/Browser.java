package org.bulletin.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven by Selenium with explicit paths: nothing is ever downloaded. Without a
 * browser the calling test is skipped with a visible message, except under {@code CI=true}, where a
 * missing browser fails the run.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Selenium's loggers that warn, on every browser start, that Debian's Chromium is newer than the
     * DevTools (CDP) versions it ships ("Unable to find CDP implementation matching 156"): the version-free
     * CDP commands the tests use work all the same. Held here because java.util.logging keeps its
     * loggers (and their levels) only as long as someone does.
     */
    static final List<java.util.logging.Logger> QUIET = List.of(
            quiet("org.openqa.selenium.devtools.CdpVersionFinder"), quiet("org.openqa.selenium.chromium.ChromiumDriver"));

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private Browser() {
    }

    /**
     * Skips the calling test (class, from {@code @BeforeAll}) with a visible message when Chromium or its
     * driver is missing; fails instead under {@code CI=true}.
     */
    public static void require() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (required when CI=true)");
            }
            System.err.println("SKIPPED browser test: " + message);
            Assumptions.abort(message);
        }
    }

    /**
     * Starts headless Chromium with a window {@code width} × {@code height} CSS pixels and a fresh profile;
     * {@code arguments} are added to the command line (e.g. {@code --lang=zh-CN}).
     */
    public static ChromeDriver start(int width, int height, String... arguments) throws Exception {
        require();
        Path profile = Files.createTempDirectory("bulletin-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        options.addArguments(arguments);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        return driver;
    }

    /** Console messages at SEVERE or WARNING level since the last call (CSP violations show up here). */
    public static List<String> consoleProblems(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Sets the viewport to exactly {@code width} CSS pixels (window chrome differs between builds). */
    public static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }
}

package org.bulletin.check;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The installed Chromium and its driver (Debian's {@code chromium} and {@code chromium-driver}), given
 * to Selenium by explicit path so it never tries to download one.
 *
 * @param chromium     the browser binary
 * @param chromedriver the driver binary
 */
record Browser(Path chromium, Path chromedriver) {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/lib/chromium/chromium", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /** The installed browser, or empty when Chromium or chromedriver is missing. */
    static Optional<Browser> find() {
        Optional<Path> browser = first(BROWSERS);
        Optional<Path> driver = first(DRIVERS);
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new Browser(browser.get(), driver.get())) : Optional.empty();
    }

    private static Optional<Path> first(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts a headless Chromium with a fresh profile; {@code profile} must be an empty folder. */
    ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.setCapability("se:cdpEnabled", false); // no DevTools bridge needed (and no version warning)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-default-apps", "--disable-sync", "--window-size=390,844",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}

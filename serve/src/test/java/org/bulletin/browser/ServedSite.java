package org.bulletin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.serve.StaticSiteServer;
import org.bulletin.testing.Browser;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A site built without errors, served on 127.0.0.1 with the strict Content-Security-Policy and opened in
 * real Chromium at a phone's size: what the browser tests of the theme start from.
 *
 * @param server  the static server of the output folder
 * @param browser Chromium, its window and viewport set
 * @param base    the address of the site's root, ending in {@code /}
 */
record ServedSite(StaticSiteServer server, ChromeDriver browser, String base) implements AutoCloseable {

    /**
     * Builds {@code site} into {@code out} (no errors allowed), serves it and starts Chromium with a window
     * of {@code width} × {@code height} and a viewport of {@code viewportWidth} × {@code viewportHeight}.
     */
    static ServedSite start(SiteGenerator generator, Path site, Path out, int width, int height, int viewportWidth,
                            int viewportHeight) throws Exception {
        BuildResult result = generator.build(BuildRequest.of(site, out));
        assertThat(result.errors()).isEmpty();
        StaticSiteServer server = new StaticSiteServer("127.0.0.1", 0, () -> out, StaticSiteServer.CSP, false);
        try {
            ChromeDriver browser = Browser.start(width, height);
            Browser.viewport(browser, viewportWidth, viewportHeight);
            return new ServedSite(server, browser, "http://127.0.0.1:" + server.port() + "/");
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            server.close();
        }
    }
}

package org.bulletin.check;

import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** Browser tests: skipped visibly without Chromium, except in CI (CI=true), where a missing browser fails. */
final class BrowserRequirement {

    private BrowserRequirement() {
    }

    static Browser require() {
        var browser = Browser.find();
        if (browser.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but Chromium or chromedriver is missing: apt-get install chromium chromium-driver");
            }
            Assumptions.abort("Chromium not installed: browser check skipped (apt-get install chromium chromium-driver)");
        }
        return browser.get();
    }
}

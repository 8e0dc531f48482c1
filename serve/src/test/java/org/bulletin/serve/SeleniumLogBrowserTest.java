package org.bulletin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.bulletin.testing.Browser;
import org.bulletin.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** Starting the tests' Chromium logs no "Unable to find CDP implementation matching …" warnings. */
@BrowserTest
class SeleniumLogBrowserTest {

    @Test
    void startingChromiumAndUsingCdpLogsNoVersionWarnings() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()
                        + (r.getParameters() == null ? "" : " " + List.of(r.getParameters())));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            ChromeDriver driver = Browser.start(320, 480);
            try {
                driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                driver.get("data:text/html,<title>x</title>");
            } finally {
                driver.quit();
            }
        } finally {
            root.removeHandler(capture);
        }
        assertThat(logged).noneMatch(line -> line.contains("CDP"));
    }
}

package org.bulletin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletin.generator.BuildListener;
import org.bulletin.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** axe-core in the real Chromium finds what only a browser can: here a button with no accessible name. */
@BrowserTest
class AxeCheckTest {

    @TempDir
    Path dir;

    @Test
    void reportsButtonWithoutAccessibleNameAsError() throws Exception {
        Browser browser = BrowserRequirement.require();
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<p><a href=\"more/a.html\">more</a></p>\n<button type=\"button\"></button>"),
                "more/a.html", Fixtures.page("A", "<p><a href=\"../index.html\">home</a></p>"),
                "more/b.html", Fixtures.page("B", "<p>same type as a.html: not opened</p>")));
        AxeCheck axe = new AxeCheck(browser, BuildListener.SILENT);
        List<String> problems = Fixtures.run(axe, out);
        assertThat(axe.checked()).isEqualTo(2);
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .startsWith("error: index.html:12: axe button-name (critical): Buttons must have discernible text"));
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("more/"));
    }

    @Test
    void leavesHeadingSkipsToTheAccessibilityCheck() throws Exception {
        Browser browser = BrowserRequirement.require();
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<h3>Too deep</h3>\n<p>text</p>")));
        List<String> problems = Fixtures.run(new AxeCheck(browser, BuildListener.SILENT), out);
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("heading-order"));
        assertThat(Fixtures.run(new AccessibilityCheck(), out)).filteredOn(p -> p.contains("Too deep")).hasSize(1);
    }
}

package org.bulletin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.cli.BulletinCli;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The sample site, built by the real generator once, passes every check with no errors and no warnings. */
@BrowserTest
@ExtendWith(SharedGenerator.class)
class SampleSiteCheckTest {

    static final Path SAMPLE = Path.of("..", "site-template").toAbsolutePath().normalize();
    static final String PUBLISHED_AT = "https://meiting-week.cn/meiting/";

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void buildSample(SiteGenerator generator) throws Exception {
        out = dir.resolve("out");
        // as an organiser publishes it: with the site's own address instead of the sample's placeholder
        BuildResult result = generator.build(BuildRequest.of(SAMPLE, out).withOverride("site.host", PUBLISHED_AT)
                .forPublishing());
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void samplePassesStaticChecksWithNoErrorsAndNoWarnings() throws Exception {
        CheckResult result = SiteChecker.check(CheckRequest.of(out).withSite(SAMPLE).withBrowser(false));
        assertThat(result.problems()).isEmpty();
        assertThat(result.pagesChecked()).isGreaterThanOrEqualTo(10);
        assertThat(result.budgetKb()).isEqualTo(CheckRequest.DEFAULT_BUDGET_KB);
        assertThat(result.largestPages()).hasSize(SiteChecker.LARGEST)
                .allSatisfy(w -> assertThat(w.total()).isPositive().isLessThan(100 * 1024));
    }

    @Test
    void samplePassesAxeInChromiumOnEveryPageType() throws Exception {
        org.bulletin.testing.Browser.require();
        Browser browser = Browser.find().orElseThrow();
        OutputSite site = OutputSite.read(out, SourceMap.none());
        Findings findings = new Findings();
        AxeCheck axe = new AxeCheck(browser, BuildListener.SILENT);
        axe.run(site, findings);
        assertThat(findings.sorted()).isEmpty();
        assertThat(axe.checked()).isEqualTo(AxeCheck.samples(site).size()).isGreaterThanOrEqualTo(4);
        assertThat(AxeCheck.samples(site)).extracting(CheckedPage::path)
                .contains("index.html", "archive.html", "about.html").anyMatch(p -> p.startsWith("articles/"));
    }

    @Test
    void checkCommandExitsZeroForSampleAndOneWhenAStylesheetIsMissing() throws Exception {
        Path junit = dir.resolve("junit.xml");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int ok = BulletinCli.run(new String[] {"check", out.toString(), "--no-browser", "--junit", junit.toString()},
                new PrintStream(text, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(ok).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("：0 个错误，0 个警告。"); // the sample is zh-CN
        assertThat(Files.readString(junit)).contains("failures=\"0\"").doesNotContain("<failure");

        Path broken = dir.resolve("broken");
        copy(out, broken);
        String script; // the theme's script, under its content-keyed name
        try (var files = Files.list(broken.resolve("js"))) {
            script = files.map(p -> "js/" + p.getFileName()).filter(p -> p.matches("js/site\\.[0-9a-f]{8}\\.js"))
                    .findFirst().orElseThrow();
        }
        Files.delete(broken.resolve(script));
        err.reset();
        int failed = BulletinCli.run(new String[] {"check", broken.toString(), "--no-browser", "--budget-kb", "50"},
                new PrintStream(text, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(failed).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("index.html\n  第 ")
                .contains(" 行：错误：链接失效：'")
                .contains("（输出中没有 " + script + "）");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}

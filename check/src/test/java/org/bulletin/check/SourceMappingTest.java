package org.bulletin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.SharedGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Problems that come from an editor's AsciiDoc name the .adoc file and line, on a site built by the real generator. */
@ExtendWith(SharedGenerator.class)
class SourceMappingTest {

    @TempDir
    static Path dir;
    static Path site;
    static Path out;

    @BeforeAll
    static void buildTinySite(SiteGenerator generator) throws Exception {
        site = dir.resolve("site");
        out = dir.resolve("out");
        Files.createDirectories(site.resolve("content/articles"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=测试\nsite.host=https://example.org/\n"
                + "check.page-budget-kb=1\n", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("content/articles/deep.adoc"), String.join("\n",
                "= 层级跳过的文章",
                ":jbake-type: post",
                ":jbake-date: 2022-03-14",
                "",
                "开头一段。",
                "",
                "=== 跳过了一级",
                "",
                "正文。",
                "") , StandardCharsets.UTF_8);
        assertThat(generator.build(BuildRequest.of(site, out)).published()).isTrue();
    }

    @Test
    void namesSourceFileAndLineOfSkippedHeadingAndReadsBudgetFromSiteConfig() throws Exception {
        CheckResult result = SiteChecker.check(CheckRequest.of(out).withSite(site).withBrowser(false));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith("error: articles/deep.html:")
                .contains("heading level skipped: <h3> \"跳过了一级\" follows <h1>")
                .endsWith("(source: content/articles/deep.adoc:7)"));
        // one skip, one message (the Nu checker's own "skipping 1 heading level" is not repeated)
        assertThat(result.problems()).filteredOn(p -> p.toString().contains("h3")).hasSize(1);
        assertThat(result.budgetKb()).isEqualTo(1);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith("error: articles/deep.html: page weighs").contains("over the budget of 1 KB"));
    }

    @Test
    void theSitesLocaleGivesTheLanguageOfTheReportAndTheSourceNote() throws Exception {
        CheckResult result = SiteChecker.check(CheckRequest.of(out).withSite(site).withBrowser(false));
        assertThat(result.language().toLanguageTag()).isEqualTo("zh-CN");
        assertThat(TextReport.format(result)).contains("：错误：标题跳级了：<h3>“跳过了一级”跟在 <h1> 后面（在 AsciiDoc 里，"
                + "比上一级小节多写一个 =，不要多写两个）（来源：content/articles/deep.adoc:7）\n")
                .contains("超过了 1 KB 的上限").contains("最重的页面（HTML + CSS + JS，压缩后；上限 1 KB）：");

        Path en = dir.resolve("en");
        copy(site, en);
        Files.writeString(en.resolve("jbake.properties"), "site.locale=en\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        String english = TextReport.format(SiteChecker.check(CheckRequest.of(out).withSite(en).withBrowser(false)));
        assertThat(english).contains(": error: heading level skipped: <h3> \"跳过了一级\" follows <h1> (in AsciiDoc, use "
                + "one more = than the section above, not two) (source: content/articles/deep.adoc:7)\n")
                .contains("Heaviest pages (HTML + CSS + JS, gzipped; budget 1 KB):").doesNotContain("错误");
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}

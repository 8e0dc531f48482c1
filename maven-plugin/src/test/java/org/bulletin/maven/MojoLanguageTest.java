package org.bulletin.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals' log follows the site's language ({@code site.locale}), or {@code bulletin.lang}: a real site
 * with a broken link, built by the real generator, checked by the check goal with its log captured.
 */
class MojoLanguageTest {

    @TempDir
    static Path dir;
    static Path site;
    static Path out;

    /** Maven's log, kept: {@code [level] message} a line. */
    static final class CapturedLog extends SystemStreamLog {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("[info] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[warning] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[error] " + content);
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    @BeforeAll
    static void buildASiteWithABrokenLink() throws Exception {
        site = dir.resolve("site");
        out = dir.resolve("out");
        Files.createDirectories(site.resolve("content/articles"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=开放日\nsite.host=https://meiting-week.cn/week/\n"
                + "site.locale=zh-CN\n", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("content/articles/first.adoc"), String.join("\n",
                "= 中心开放日", ":jbake-date: 2026-03-02", ":jbake-type: post", "", "周六中心向所有人开放。", "",
                "开放时间见link:timetable.html[时间表]。", ""), StandardCharsets.UTF_8);
        try (SiteGenerator generator = new SiteGenerator(BuildListener.SILENT)) {
            assertThat(generator.build(BuildRequest.of(site, out)).published()).isTrue();
        }
    }

    private static CheckMojo check(Path siteDir, String lang, CapturedLog log) {
        CheckMojo mojo = new CheckMojo();
        mojo.outputDirectory = out.toFile();
        mojo.siteDirectory = siteDir.toFile();
        mojo.browser = false;
        mojo.lang = lang;
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void aChineseSitesCheckLogsAndFailsInChinese() {
        CapturedLog log = new CapturedLog();

        assertThatThrownBy(() -> check(site, null, log).execute()).isInstanceOf(SiteContentException.class)
                .hasMessageStartingWith("检查了 ").hasMessageContaining("：1 个错误，0 个警告。")
                .hasMessageContaining("链接失效：'timetable.html'（输出中没有 articles/timetable.html）"
                        + "（来源：content/articles/first.adoc:7）");

        assertThat(log.text()).contains("[info] 正在检查 ").containsPattern(
                "\\[error] articles/first\\.html:\\d+: 链接失效：'timetable\\.html'（输出中没有 articles/timetable\\.html）"
                        + "（来源：content/articles/first\\.adoc:7）").doesNotContain("broken link");
    }

    @Test
    void bulletinLangOverridesTheSitesLanguage() {
        CapturedLog log = new CapturedLog();

        assertThatThrownBy(() -> check(site, "en", log).execute()).isInstanceOf(SiteContentException.class)
                .hasMessageStartingWith("Checked ").hasMessageContaining(": 1 error, 0 warnings.");

        assertThat(log.text()).containsPattern("\\[error] articles/first\\.html:\\d+: broken link: 'timetable\\.html' "
                + "\\(articles/timetable\\.html is not in the output\\) \\(source: content/articles/first\\.adoc:7\\)")
                .doesNotContain("链接失效");
    }

    @Test
    void anEnglishSitesCheckLogsInEnglish() throws Exception {
        Path en = dir.resolve("en");
        Files.createDirectories(en.resolve("content/articles"));
        Files.writeString(en.resolve("jbake.properties"), Files.readString(site.resolve("jbake.properties"))
                .replace("site.locale=zh-CN", "site.locale=en"), StandardCharsets.UTF_8);
        Files.copy(site.resolve("content/articles/first.adoc"), en.resolve("content/articles/first.adoc"));
        CapturedLog log = new CapturedLog();

        assertThatThrownBy(() -> check(en, null, log).execute()).isInstanceOf(SiteContentException.class)
                .hasMessageContaining(": 1 error, 0 warnings.");
        assertThat(log.text()).contains("[info] Checking ", ": broken link: 'timetable.html'").doesNotContain("错误");
    }

    @Test
    void aMissingOutputIsToldInTheSitesLanguage() {
        CheckMojo mojo = check(site, null, new CapturedLog());
        mojo.outputDirectory = new File(dir.toFile(), "never-built");

        assertThatThrownBy(mojo::execute).hasMessageStartingWith("没有可检查的内容：").hasMessageContaining("bulletin:build");
    }

    /** The build's problems and its summary line in the site's language, or in {@code bulletin.lang}'s. */
    @Test
    void aFailedBuildIsLoggedWithItsSummaryInTheLogsLanguage() throws Exception {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken.resolve("content/articles"));
        Files.writeString(broken.resolve("jbake.properties"), "site.title=开放日\nsite.host=https://meiting-week.cn/\n",
                StandardCharsets.UTF_8);
        Files.writeString(broken.resolve("content/articles/a.adoc"), "= 开放日\n:jbake-date: 2026-13-45\n\n周六开放。\n",
                StandardCharsets.UTF_8);
        BuildResult result;
        try (SiteGenerator generator = new SiteGenerator(BuildListener.SILENT)) {
            result = generator.build(BuildRequest.of(broken, dir.resolve("broken-out")));
        }
        CapturedLog chinese = new CapturedLog();
        new MavenBuildListener(chinese, false, java.util.Locale.forLanguageTag("zh-CN")).report(result);
        assertThat(chinese.text()).contains("[error] content/articles/a.adoc:2: 日期").contains("[error] 生成失败：1 个错误。");
        CapturedLog english = new CapturedLog();
        new MavenBuildListener(english, false, java.util.Locale.ENGLISH).report(result);
        assertThat(english.text()).contains("[error] content/articles/a.adoc:2: invalid date").contains("[error] Build failed: 1 error.");
    }
}

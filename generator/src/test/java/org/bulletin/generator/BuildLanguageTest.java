package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bulletin.config.ConfigLoader;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language of a build's messages: the site's {@code site.locale} (zh-CN unless set), or the one the
 * request asks for; read from a {@code jbake.properties} that cannot be read as a whole too; the same for
 * problems that come from the conversion cache (kept as keys). Its own generator: it reads the stage lines.
 */
class BuildLanguageTest {

    @TempDir
    Path dir;

    private final List<String> info = new CopyOnWriteArrayList<>();
    private final BuildListener listener = new BuildListener() {
        @Override
        public void info(String message) {
            info.add(message);
        }
    };

    private static final String ARTICLE = """
            -- content/articles/a.adoc --
            = 文章
            :jbake-date: 2022-13-45

            正文。
            """;

    @Test
    void aSiteWithoutALocaleIsChineseAndARequestCanAskForEnglish() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), "-- jbake.properties --\nsite.host=https://shegong-week.cn/\n"
                + ARTICLE);
        try (SiteGenerator generator = new SiteGenerator(listener)) {
            BuildResult chinese = generator.build(BuildRequest.of(site, dir.resolve("out")));
            assertThat(chinese.language()).isEqualTo(Locale.forLanguageTag("zh-CN"));
            assertThat(chinese.errors()).singleElement().satisfies(p -> {
                assertThat(p.format(chinese.language())).isEqualTo("content/articles/a.adoc:2: 日期“2022-13-45”无效"
                        + "（请写成 2022-03-15、2022/3/15、2022.3.15 或 2022年3月15日）");
                assertThat(p.message()).startsWith("invalid date '2022-13-45'"); // English for logs and tests
            });
            assertThat(chinese.summary(chinese.language()))
                    .isEqualTo("生成失败：1 个错误。什么都没有发布；" + dir.resolve("out") + " 保持不变。");
            assertThat(chinese.summary())
                    .isEqualTo("Build failed: 1 error. Nothing was published; " + dir.resolve("out") + " is unchanged.");
            assertThat(info).contains("正在转换 1 篇文档中的 1 篇");

            // the second build takes the document, and its problem, from the cache: a key, told in English now
            info.clear();
            BuildResult english = generator.build(BuildRequest.of(site, dir.resolve("out")).withLanguage(Locale.ENGLISH));
            assertThat(english.language()).isEqualTo(Locale.ENGLISH);
            assertThat(info).contains("Converting 0 of 1 documents (1 unchanged, from the cache)");
            assertThat(english.errors()).singleElement().satisfies(p -> assertThat(p.format(english.language()))
                    .isEqualTo("content/articles/a.adoc:2: invalid date '2022-13-45' "
                            + "(use 2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日)"));
            assertThat(english.summary(english.language())).startsWith("Build failed: 1 error.");
        }
    }

    @Test
    void aGoodBuildsLinesAndSummaryAreInTheSitesLanguage() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), "-- jbake.properties --\nsite.host=https://shegong-week.cn/\n"
                + "site.locale=en\n" + ARTICLE.replace("2022-13-45", "2022年3月15日"));
        try (SiteGenerator generator = new SiteGenerator(listener)) {
            BuildResult result = generator.build(BuildRequest.of(site, dir.resolve("out")));
            assertThat(result.language()).isEqualTo(Locale.ENGLISH);
            assertThat(result.summary(result.language())).matches("Built \\d+ pages \\(\\d+ files\\) in \\d+\\.\\d s -> .*");
            assertThat(info).contains("Converting 1 of 1 documents").anyMatch(l -> l.startsWith("Wrote "));

            BuildResult chinese = generator.build(BuildRequest.of(site, dir.resolve("out"))
                    .withLanguage(Locale.forLanguageTag("zh-CN")));
            assertThat(chinese.summary(chinese.language())).matches("已生成 \\d+ 个页面（共 \\d+ 个文件），用时 \\d+\\.\\d 秒 -> .*");
        }
    }

    @Test
    void aLocaleWrittenTheJavaWayIsTheSameLanguage() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), "-- jbake.properties --\nsite.locale=zh_CN\n");
        assertThat(ConfigLoader.load(site, java.util.Map.of(), new org.bulletin.problem.Problems()).language())
                .isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(ConfigLoader.language(site)).isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(ConfigLoader.load(site, java.util.Map.of("site.locale", "en_GB"), new org.bulletin.problem.Problems())
                .language().getLanguage()).isEqualTo("en");
    }

    @Test
    void theLocaleOfAFileThatCannotBeReadStillSaysTheLanguage() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), ARTICLE);
        Files.writeString(site.resolve("jbake.properties"), "site.locale = en\nsite.title=\\uZZZZ\n");
        assertThat(ConfigLoader.language(site)).isEqualTo(Locale.ENGLISH);
        try (SiteGenerator generator = new SiteGenerator(listener)) {
            BuildResult escape = generator.build(BuildRequest.of(site, dir.resolve("out")));
            assertThat(escape.language()).isEqualTo(Locale.ENGLISH);
            assertThat(escape.errors()).extracting(p -> p.format(escape.language()))
                    .contains("jbake.properties:2: a \\u escape must be followed by four hex digits (e.g. \\u4e2d); "
                            + "better, write the characters themselves and save the file as UTF-8");

            byte[] gbk = "site.title=社工站\nsite.locale=en\n".getBytes(java.nio.charset.Charset.forName("GBK"));
            Files.write(site.resolve("jbake.properties"), gbk);
            BuildResult notUtf8 = generator.build(BuildRequest.of(site, dir.resolve("out")));
            assertThat(notUtf8.language()).isEqualTo(Locale.ENGLISH);
            assertThat(notUtf8.errors()).extracting(p -> p.format(notUtf8.language()))
                    .contains("jbake.properties:1: the file is not UTF-8 text: save it as UTF-8");

            Files.writeString(site.resolve("jbake.properties"), "site.title=\\uZZZZ\n", StandardCharsets.UTF_8);
            BuildResult unset = generator.build(BuildRequest.of(site, dir.resolve("out")));
            assertThat(unset.language()).as("no locale line: the default").isEqualTo(Locale.forLanguageTag("zh-CN"));
            assertThat(unset.errors()).extracting(p -> p.format(unset.language()))
                    .anyMatch(l -> l.startsWith("jbake.properties:1: \\u 后面必须跟四位十六进制数字"));
        }
        assertThat(ConfigLoader.language(dir.resolve("no-such-site"))).isEqualTo(Locale.forLanguageTag("zh-CN"));
    }
}

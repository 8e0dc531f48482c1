package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A recording beside an article: published and offered as a player, or a path:line: problem when it is no audio. */
@ExtendWith(SharedGenerator.class)
class ArticleAudioTest {

    static final String SITE = """
            -- jbake.properties --
            site.title=T
            site.host=https://example.org/
            -- content/articles/hours.adoc --
            = 服务时间
            :jbake-date: 2022-03-14

            工作日 8:30–17:30。
            -- content/articles/other.adoc --
            = 其他
            :jbake-date: 2022-03-13

            没有录音。
            """;

    @Test
    void recordingBesideAnArticleIsOfferedAsAPlayerAtTheTop(SiteGenerator generator, @TempDir Path dir) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), SITE);
        byte[] mp3 = new byte[2048];
        mp3[0] = 'I';
        mp3[1] = 'D';
        mp3[2] = '3';
        Files.write(site.resolve("content/articles/hours.mp3"), mp3);
        Path out = dir.resolve("out");
        BuildResult result = generator.build(BuildRequest.of(site, out));
        assertThat(result.errors()).isEmpty();
        String page = Files.readString(out.resolve("articles/hours.html"));
        assertThat(page).contains("<audio class=\"read-aloud-player\" controls preload=\"none\"><source src=\"../articles/hours.mp3\" type=\"audio/mpeg\">")
                .contains("（2 KB）")
                .doesNotContain("class=\"speak\"");
        assertThat(page.indexOf("read-aloud-player")).isLessThan(page.indexOf("article-body"));
        assertThat(out.resolve("articles/hours.mp3")).exists();
        assertThat(Files.readString(out.resolve("articles/other.html"))).contains("class=\"speak\"").doesNotContain("<audio");
    }

    @Test
    void fileThatIsNoAudioIsAProblemWithItsPath(SiteGenerator generator, @TempDir Path dir) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), SITE + """
                -- content/articles/other.m4a --
                this is a text file, not a recording
                """);
        BuildResult result = generator.build(BuildRequest.of(site, dir.resolve("out")));
        assertThat(result.errors()).extracting(p -> p.file() + ":" + p.line() + ": " + p.message())
                .containsExactly("content/articles/other.m4a:1: the recording is not M4A audio (its first bytes say"
                        + " otherwise): export the recording again as MP3, M4A or Ogg, or remove it");
        assertThat(result.language()).isEqualTo(java.util.Locale.forLanguageTag("zh-CN"));
        assertThat(result.errors().get(0).format(result.language()))
                .isEqualTo("content/articles/other.m4a:1: 录音文件不是有效的 M4A 音频（文件开头的内容不对）："
                        + "请重新导出为 MP3、M4A 或 Ogg，或者删除它");
    }
}

package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's placeholder address (example.org) does not reach print unnoticed: {@code new --host} sets
 * the real one, {@code build} warns, {@code check} fails, the dev server's preview says nothing.
 */
@ExtendWith(SharedGenerator.class)
class PlaceholderHostTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return BulletinCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Properties properties(Path site) throws Exception {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(site.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void newTakesHostAndTitleKeepingTheRestOfTheFile() throws Exception {
        Path site = dir.resolve("my week");
        assertThat(run("new", site.toString(), "--host", "https://meiting-week.cn/week", "--title", "美亭社区 \\ 宣传周"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        Properties p = properties(site);
        assertThat(p.getProperty("site.host")).isEqualTo("https://meiting-week.cn/week/");
        assertThat(p.getProperty("site.title")).isEqualTo("美亭社区 \\ 宣传周");
        assertThat(p.getProperty("site.locale")).isEqualTo("zh-CN");
        assertThat(Files.readString(site.resolve("jbake.properties"))).startsWith("# 站点配置");
        // the new site is Chinese (site.locale=zh-CN): so are the lines about it
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("下一步：").contains(" serve \"" + site + "\"")
                .doesNotContain("占位");

        assertThat(run("build", site.toString(), "-o", dir.resolve("out").toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("占位");
    }

    @Test
    void newRefusesAHostThatIsNotAWebAddress() {
        assertThat(run("new", dir.resolve("w").toString(), "--host", "meiting.cn")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("错误：--host meiting.cn 不是网址");
        assertThat(dir.resolve("w")).doesNotExist();
    }

    @Test
    void placeholderHostWarnsInBuildFailsCheckAndIsQuietInPreview(SiteGenerator generator) throws Exception {
        Path site = dir.resolve("week");
        assertThat(run("new", site.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("占位地址").contains("--host");
        Path output = dir.resolve("out");

        assertThat(run("build", site.toString(), "-o", output.toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("警告：jbake.properties:3: site.host 是 https://example.org/meiting/，这是一个占位地址");

        assertThat(run("check", output.toString(), "--no-browser")).isEqualTo(ExitCodes.CONTENT);
        assertThat(err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8))
                .contains("网站是按 example.org 生成的，这是一个占位地址"); // a zh-CN site: its check speaks Chinese

        BuildResult preview = generator.rebuild(BuildRequest.of(site, dir.resolve("preview")));
        assertThat(preview.problems()).noneMatch(p -> p.message().contains("placeholder"));
    }

    @Test
    void everyPlaceholderKindIsRecognisedAndRealAddressesAreNot() throws Exception {
        for (String host : new String[] {"https://example.org/", "http://www.example.com/x/", "https://example.net/",
                "http://localhost:8820/", "http://127.0.0.1/", "https://Example.ORG./"}) {
            assertThat(org.bulletin.text.Urls.placeholderHost(host)).as(host).isNotNull();
        }
        for (String host : new String[] {"https://meiting-week.cn/", "https://example.org.cn/", "https://myexample.org/",
                "not a url", ""}) {
            assertThat(org.bulletin.text.Urls.placeholderHost(host)).as(host).isNull();
        }
        TestSites.write(dir.resolve("local"), """
                -- jbake.properties --
                site.host=http://localhost:8080/
                -- content/a.adoc --
                = A
                :jbake-date: 2022-03-14

                x
                """);
        assertThat(run("build", dir.resolve("local").toString(), "-o", dir.resolve("o").toString(), "--strict"))
                .isEqualTo(ExitCodes.CONTENT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("这是一个占位地址（localhost）");
    }
}

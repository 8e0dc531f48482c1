package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as editors use it: exit codes and messages (each build starts its own JRuby). */
class BulletinCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BulletinCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void contentErrorsExitWithOneListingEveryProblemWithoutStackTrace() throws Exception {
        TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                site.locale=en
                -- content/a.adoc --
                = A
                :jbake-date: 2022-13-45

                x
                -- content/b.adoc --
                = B
                :jbake-date: 2022-02-30

                x
                """);
        Path output = dir.resolve("out");
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "previous");

        int code = run("build", dir.resolve("site").toString(), "-o", output.toString());

        assertThat(code).isEqualTo(ExitCodes.CONTENT);
        assertThat(err()).contains("error: content/a.adoc:2: invalid date '2022-13-45' (use 2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日)")
                .contains("error: content/b.adoc:2: invalid date '2022-02-30' (use 2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日)")
                .contains("Build failed: 2 errors")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("previous");
    }

    @Test
    void newThenBuildSucceedsAndStrictTurnsWarningsIntoErrors() throws Exception {
        Path site = dir.resolve("my-week");
        assertThat(run("new", site.toString())).isEqualTo(ExitCodes.OK);
        Files.writeString(site.resolve("content/articles/undated.adoc"), "= 无日期\n\n正文\n");

        assertThat(run("build", site.toString(), "-o", dir.resolve("out").toString(), "--base-url",
                "https://staging.example.org/week/")).isEqualTo(ExitCodes.OK);
        // the sample is a Chinese site (site.locale=zh-CN): its messages are Chinese
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已创建 ").contains("已生成 ");
        assertThat(err()).contains("警告：content/articles/undated.adoc:1: 这篇文章没有 :jbake-date:");
        assertThat(Files.readString(dir.resolve("out/index.html")))
                .contains("https://staging.example.org/week/");

        assertThat(run("build", site.toString(), "-o", dir.resolve("out2").toString(), "--strict"))
                .isEqualTo(ExitCodes.CONTENT);
        assertThat(err()).contains("错误：content/articles/undated.adoc:1:").contains("生成失败：2 个错误。");
        assertThat(dir.resolve("out2")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertThat(run("build", "--no-such-option")).isEqualTo(ExitCodes.USAGE);
        Files.createDirectories(dir.resolve("full"));
        Files.writeString(dir.resolve("full/x.txt"), "x");
        assertThat(run("new", dir.resolve("full").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).contains("错误：" + dir.resolve("full") + " 不是空的");
        err.reset();
        assertThat(run("new", dir.resolve("full").toString(), "--lang", "en")).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).contains("error: " + dir.resolve("full") + " is not empty");
    }

    @Test
    void everyCommandHasHelpAndTheTopLevelListsThemAll() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("build ", "serve ", "new ", "check ", "report ", "help ", "collect ");
        for (String command : new String[] {"build", "serve", "new", "check", "report", "collect"}) {
            out.reset();
            assertThat(run(command, "--help")).as(command).isEqualTo(ExitCodes.OK);
            assertThat(out.toString(StandardCharsets.UTF_8)).as(command).startsWith("Usage: bulletin " + command + " ");
        }
        out.reset();
        assertThat(run("help", "build")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: bulletin build ").contains("--output");
        out.reset();
        assertThat(run("-q", "build", "--version")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("bulletin ");
        assertThat(run("biuld")).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).contains("biuld").contains("build ");
    }

    @Test
    void missingSiteFolderIsAnEnvironmentError() {
        assertThat(run("build", dir.resolve("nope").toString())).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(err()).contains("nope").doesNotContain("\tat ");
    }
}

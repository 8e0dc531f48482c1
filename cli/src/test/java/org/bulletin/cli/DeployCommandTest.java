package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin deploy}: the options reach the deploy API, and failures are one plain line with its exit code. */
class DeployCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BulletinCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path site() throws Exception {
        return TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.title=Test
                site.locale=en
                -- out/index.html --
                <!DOCTYPE html><title>home</title>
                -- out/css/site.css --
                body { color: black }
                """);
    }

    @Test
    void deploysToAFolderAndSaysWhatItDid() throws Exception {
        Path site = site();
        Path www = dir.resolve("www");

        int code = run("deploy", site.resolve("out").toString(), "--site", site.toString(), "--to", www.toString(),
                "--no-verify");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Deployed to " + www + ": 2 uploaded (", "0 unchanged");
        assertThat(www.resolve("css/site.css")).hasSameTextualContentAs(site.resolve("out/css/site.css"));
    }

    @Test
    void withoutATargetItIsAUsageError() throws Exception {
        Path site = site();

        int code = run("deploy", site.resolve("out").toString(), "--site", site.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: where to? give --to s3://BUCKET/PREFIX");
    }

    @Test
    void anUnreachableStorageIsOneLineNamingEndpointAndBucketWithoutStackTrace() throws Exception {
        Path site = site();
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }

        int code = run("deploy", site.resolve("out").toString(), "--site", site.toString(), "--to", "s3://meiting/week",
                "--endpoint", "http://127.0.0.1:" + closed, "--path-style", "--no-verify");

        assertThat(code).isEqualTo(ExitCodes.ENVIRONMENT);
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).startsWith("error: ").contains("bucket meiting at http://127.0.0.1:" + closed)
                .contains("(run with --verbose for details)").doesNotContain("\tat ", "Exception");
    }

    @Test
    void aChineseSiteIsToldInChinese() throws Exception {
        Path site = site();
        Files.writeString(site.resolve("jbake.properties"), "site.title=测试\nsite.locale=zh-CN\n");
        Path www = dir.resolve("www");

        assertThat(run("deploy", site.resolve("out").toString(), "--site", site.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("错误：发布到哪里？请用 --to s3://BUCKET/PREFIX（或一个文件夹）"
                + "指定，或在 jbake.properties 里设置 deploy.to" + System.lineSeparator());

        assertThat(run("deploy", site.resolve("out").toString(), "--site", site.toString(), "--to", www.toString(),
                "--no-verify")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已发布到 " + www + "：上传 2 个（", "0 个未变");
    }
}

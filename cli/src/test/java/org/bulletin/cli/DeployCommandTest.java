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
}

package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin serve} as a process: what it says at start and what it leaves behind. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void warnsWhenThePreviewIsOpenToTheNetwork() {
        assertThat(ServeCommand.exposure("127.0.0.1")).isNull();
        assertThat(ServeCommand.exposure("localhost")).isNull();
        assertThat(ServeCommand.exposure("::1")).isNull();
        assertThat(ServeCommand.exposure("0.0.0.0")).contains("every computer on the network");
        assertThat(ServeCommand.exposure("::")).contains("every computer on the network");
        assertThat(ServeCommand.exposure("192.168.1.5")).contains("other computers");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void stoppedWithCtrlCOrSigtermItLeavesNoTemporaryFolderBehind() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                -- content/a.adoc --
                = A
                :jbake-type: page

                Text.
                """);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "org.bulletin.cli.BulletinCli", "serve", site.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("Serving ")) {
                // build output
            }
            assertThat(line).as("serve started").isNotNull();
            assertThat(list(tmp)).as("the preview is built into a temporary folder").isNotEmpty();
            serve.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hooks run
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            serve.destroyForcibly();
        }
        assertThat(list(tmp)).as("temporary folders left behind").isEmpty();
    }

    private static java.util.List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("bulletin-serve")).toList();
        }
    }
}

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
        assertThat(ServeCommand.exposure("0.0.0.0").english()).contains("every computer on the network");
        assertThat(ServeCommand.exposure("::").english()).contains("every computer on the network");
        assertThat(ServeCommand.exposure("192.168.1.5").english()).contains("other computers");
        assertThat(ServeCommand.exposure("0.0.0.0").in(java.util.Locale.SIMPLIFIED_CHINESE))
                .startsWith("--bind 0.0.0.0 会让网络上的每台电脑都能打开预览");
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
        String first = serveUntilStartedThenStop(site, tmp);
        // a site without site.locale: zh-CN, so its lines are Chinese
        assertThat(first).contains("正在转换 1 篇文档中的 1 篇");
        assertThat(list(tmp)).as("temporary folders left behind").isEmpty();
        // the conversion cache stays for the next serve of the same site, which converts nothing
        assertThat(tmp.resolve("bulletin-serve-cache")).isDirectory();
        String second = serveUntilStartedThenStop(site, tmp);
        assertThat(second).contains("正在转换 1 篇文档中的 0 篇（1 篇没有变化，取自缓存）");
        assertThat(list(tmp)).as("temporary folders left behind").isEmpty();
    }

    /** Starts serve in its own JVM, waits for it to listen, stops it with SIGTERM; returns what it printed. */
    private static String serveUntilStartedThenStop(Path site, Path tmp) throws Exception {
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "org.bulletin.cli.BulletinCli", "serve", site.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        StringBuilder printed = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("正在预览 ")) {
                printed.append(line).append('\n'); // build output
            }
            assertThat(line).as("serve started:\n" + printed).isNotNull();
            assertThat(list(tmp)).as("the preview is built into a temporary folder").isNotEmpty();
            serve.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hooks run
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            serve.destroyForcibly();
        }
        return printed.toString();
    }

    private static java.util.List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("bulletin-serve") && !n.equals("bulletin-serve-cache")).toList();
        }
    }
}

package org.bulletin.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic publishing under failure: the real command line, building a big generated site, is killed
 * with SIGKILL while it writes its staging folder. The previous output must stay complete, byte for
 * byte, and the next build must clean up and publish.
 */
@SlowTest
@ExtendWith(SharedGenerator.class)
class KilledBuildTest {

    private static final int ASSETS = 1500;

    @TempDir
    Path tmp;

    private Path bigSite() throws Exception {
        Path site = tmp.resolve("site");
        Map<String, byte[]> files = new TreeMap<>(SiteFiles.tinySite("content/articles/a.adoc",
                "= First\n:jbake-type: post\n:jbake-date: 2022-03-14\n\nVersion one.\n"));
        for (int i = 0; i < 20; i++) {
            files.put("content/articles/p" + i + ".adoc", ("= Article " + i + "\n:jbake-type: post\n:jbake-date: 2022-03-"
                    + (10 + i) + "\n\n" + "Some text of the article. ".repeat(200) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Random r = new Random(7);
        for (int i = 0; i < ASSETS; i++) {
            byte[] data = new byte[16_384];
            r.nextBytes(data);
            files.put(String.format("assets/files/f%04d.bin", i), data);
        }
        SiteFiles.write(site, files);
        return site;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void buildKilledWhileWritingLeavesPreviousSiteAndNextBuildRecovers(SiteGenerator generator) throws Exception {
        Path site = bigSite();
        Path out = tmp.resolve("out");
        Path staging = tmp.resolve(".out.bulletin-staging");
        BuildResult first = generator.build(BuildRequest.of(site, out));
        assertThat(first.errors()).isEmpty();
        Map<String, String> before = SiteFiles.snapshot(out);
        assertThat(before).containsKey("articles/a.html").hasSizeGreaterThan(ASSETS);

        Files.writeString(site.resolve("content/articles/a.adoc"),
                "= First\n:jbake-type: post\n:jbake-date: 2022-03-14\n\nVersion two.\n");
        Process cli = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "org.bulletin.cli.BulletinCli", "build", site.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("cli.log").toFile()).start();
        int written = waitForStagingFiles(cli, staging, 200);
        cli.destroyForcibly();
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(written).as("the build was killed while writing (cli log: %s)",
                SiteFiles.read(tmp.resolve("cli.log"))).isGreaterThanOrEqualTo(200);
        assertThat(staging).as("killed mid-write, so the staging folder is left behind").isDirectory();

        assertThat(SiteFiles.snapshot(out)).as("previous output complete, byte for byte").isEqualTo(before);
        assertThat(SiteFiles.read(out.resolve("articles/a.html"))).contains("Version one.");

        BuildResult next = generator.build(BuildRequest.of(site, out));
        assertThat(next.published()).isTrue();
        assertThat(SiteFiles.publisherLeftovers(out)).isEmpty();
        assertThat(SiteFiles.read(out.resolve("articles/a.html"))).contains("Version two.");
        assertThat(SiteFiles.snapshot(out).keySet()).isEqualTo(before.keySet());
    }

    /** Waits until the staging folder holds {@code files} files (or the process ended); returns the count seen. */
    private static int waitForStagingFiles(Process cli, Path staging, int files) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        int seen = 0;
        while (System.nanoTime() < deadline && cli.isAlive()) {
            if (Files.isDirectory(staging)) {
                try (Stream<Path> walk = Files.walk(staging)) {
                    seen = (int) walk.limit(files + 1L).count();
                } catch (java.io.UncheckedIOException e) {
                    continue;
                }
                if (seen >= files) {
                    return seen;
                }
            }
            Thread.sleep(2);
        }
        return seen;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void nextBuildRestoresPreviousOutputWhenKilledBetweenTheTwoRenames() throws Exception {
        Path out = tmp.resolve("out");
        Path previous = tmp.resolve(".out.bulletin-previous");
        Path staging = tmp.resolve(".out.bulletin-staging");
        Files.createDirectories(previous);
        Files.writeString(previous.resolve("index.html"), "<html>old</html>");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("index.html"), "<html>new</html>");
        try (org.bulletin.publish.SitePublisher publisher = org.bulletin.publish.SitePublisher.open(out)) {
            assertThat(SiteFiles.read(out.resolve("index.html"))).isEqualTo("<html>old</html>");
            assertThat(previous).doesNotExist();
            assertThat(publisher.staging()).isEmptyDirectory();
        }
        assertThat(SiteFiles.publisherLeftovers(out)).isEmpty();
        assertThat(List.of(SiteFiles.read(out.resolve("index.html")))).containsExactly("<html>old</html>");
    }
}

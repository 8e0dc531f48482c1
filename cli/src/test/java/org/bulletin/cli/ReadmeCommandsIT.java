package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bulletin.testing.SlowTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shell block of README.md (and of docs/*.md when there are any) run as written, in order, in one
 * temporary folder laid out like this repository after {@code mvn package}: the unpacked distribution's
 * {@code bin/}, {@code bulletin.jar} and {@code lib/} at its root, {@code bin/} on PATH (so {@code bulletin}
 * and {@code bin/bulletin} both work) and a copy of {@code site-template/}. Blocks marked
 * {@code <!-- doc-test: skip: REASON -->} are reported as skipped with their reason ({@link ShellBlocks}).
 * Runs after packaging, with {@link DistributionIT}.
 */
@SlowTest
class ReadmeCommandsIT {

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> readmeShellBlocksRunAsWritten() throws Exception {
        String dist = System.getProperty("bulletin.dist");
        Assumptions.assumeTrue(dist != null, "runs after packaging: mvn -pl cli -am verify -Dgroups=slow");
        Path repo = Path.of("..").toAbsolutePath().normalize();
        Path unpacked = tmp.resolve("dist");
        Files.createDirectories(unpacked);
        Process unzip = new ProcessBuilder("unzip", "-q", dist + ".zip", "-d", unpacked.toString()).inheritIO().start();
        assertThat(unzip.waitFor()).isZero();
        Path home = unpacked.resolve(Path.of(dist).getFileName().toString());
        Path work = tmp.resolve("work");
        Files.createDirectories(work);
        for (String name : new String[] {"bin", "bulletin.jar", "lib"}) {
            Files.move(home.resolve(name), work.resolve(name));
        }
        copy(repo.resolve("site-template"), work.resolve("site-template"));

        List<ShellBlocks.Block> blocks = new ArrayList<>(ShellBlocks.of("README.md", Files.readString(repo.resolve("README.md"))));
        Path docs = repo.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> s = Files.walk(docs)) {
                for (Path md : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    blocks.addAll(ShellBlocks.of(repo.relativize(md).toString(), Files.readString(md)));
                }
            }
        }
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> run(b, work)));
    }

    private static void run(ShellBlocks.Block block, Path work) throws Exception {
        if (block.skip() != null) {
            System.err.println("SKIPPED " + block.where() + ": " + block.skip());
            Assumptions.abort(block.skip());
        }
        ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", block.code())
                .directory(work.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", work.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("LC_ALL", "C.UTF-8");
        Path log = Files.createTempFile(tmp, "block", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as(block.where() + " ended within 5 minutes:\n" + output).isTrue();
        assertThat(p.exitValue()).as(block.where() + " exit code:\n" + block.code() + "\n---\n" + output)
                .isEqualTo(block.exit());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                String rel = from.relativize(p).toString();
                if (rel.startsWith("target") || rel.equals("pom.xml") || rel.startsWith("output")) {
                    continue;
                }
                Path t = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}

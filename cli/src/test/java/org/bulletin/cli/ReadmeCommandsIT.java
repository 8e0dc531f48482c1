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
 * Every shell block of README.md and of the manual's pages (docs/content/**{@literal /}*.md) run as written,
 * in order, each file's blocks in a folder of their own laid out like this repository after
 * {@code mvn package}: the unpacked distribution's {@code bin/}, {@code bulletin.jar} and {@code lib/} at its
 * root, {@code bin/} on PATH (so {@code bulletin} and {@code bin/bulletin} both work) and copies of
 * {@code site-template/} and {@code docs/}. A page's blocks may build on each other; pages never do. Blocks
 * marked {@code <!-- doc-test: skip: REASON -->} are reported as skipped with their reason
 * ({@link ShellBlocks}). Runs after packaging, with {@link DistributionIT}.
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
        Path distHome = tmp.resolve("dist-home");
        Files.createDirectories(distHome);
        for (String name : DIST) {
            Files.move(home.resolve(name), distHome.resolve(name));
        }

        List<Path> files = new ArrayList<>(List.of(repo.resolve("README.md")));
        Path docs = repo.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> s = Files.walk(docs.resolve("content"))) {
                files.addAll(s.filter(p -> p.toString().endsWith(".md")).sorted().toList());
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String name = repo.relativize(file).toString();
            List<ShellBlocks.Block> blocks = ShellBlocks.of(name, Files.readString(file));
            if (blocks.isEmpty()) {
                continue;
            }
            // the file's own folder, made when its first block runs: the commands of one page cannot lean on
            // what another page left behind
            Path work = tmp.resolve("work-" + name.replaceAll("[^A-Za-z0-9]+", "-"));
            for (ShellBlocks.Block b : blocks) {
                tests.add(DynamicTest.dynamicTest(b.where(), () -> run(b, prepared(work, distHome, repo))));
            }
        }
        return tests.stream();
    }

    private static final String[] DIST = {"bin", "bulletin.jar", "lib"};

    /** The folder laid out like the repository after packaging: links to the download, copies of the sites. */
    private static Path prepared(Path work, Path dist, Path repo) throws Exception {
        if (!Files.isDirectory(work)) {
            Files.createDirectories(work);
            for (String name : DIST) {
                Files.createSymbolicLink(work.resolve(name), dist.resolve(name));
            }
            copy(repo.resolve("site-template"), work.resolve("site-template"));
            copy(repo.resolve("docs"), work.resolve("docs"));
        }
        return work;
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

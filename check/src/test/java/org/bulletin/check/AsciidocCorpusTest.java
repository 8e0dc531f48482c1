package org.bulletin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Problem;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real AsciiDoc that nobody here wrote (Asciidoctor's READMEs in five languages, the
 * asciidoctor-maven-plugin's README and Antora pages: {@code src/test/resources/asciidoc-corpus/SOURCES.md})
 * builds, and {@code check}, axe in Chromium included, finds only problems of the content itself:
 * links to files that are not in the corpus, images on third-party hosts, Antora includes.
 */
@BrowserTest
@SlowTest
@ExtendWith(SharedGenerator.class)
class AsciidocCorpusTest {

    @TempDir
    Path dir;

    @Test
    void realDocumentsBuildAndCheckWithoutProblemsOfBulletinsOwn(SiteGenerator generator) throws Exception {
        BrowserRequirement.require();
        Path site = dir.resolve("site");
        copy(Path.of("src/test/resources/asciidoc-corpus"), site);
        Path out = dir.resolve("out");
        BuildResult build = generator.build(BuildRequest.of(site, out));
        build.problems().forEach(p -> System.out.println("build " + p));
        assertThat(build.errors()).isEmpty();
        assertThat(build.warnings()).allSatisfy(w -> assertThat(w.line()).as("a warning without a line: %s", w).isPositive());
        assertThat(build.pages()).isGreaterThanOrEqualTo(16);

        CheckResult result = SiteChecker.check(CheckRequest.of(out).withSite(site));
        result.problems().forEach(p -> System.out.println("check " + p));
        assertThat(result.browserPages()).isPositive();
        assertThat(result.problems()).allSatisfy(p -> assertThat(causedByContent(p))
                .as("a problem of Bulletin's own: %s", p).isTrue());
    }

    /** The problems the corpus really has: links to files it does not hold, images from third-party hosts. */
    private static boolean causedByContent(Problem p) {
        String m = p.message();
        return m.contains("broken link") || m.contains("loads from another host");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}

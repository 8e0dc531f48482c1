package org.bulletin.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Problem;
import org.bulletin.testing.SharedGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One test for each generator bug the robustness suite and the review of publishing found. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@ExtendWith(SharedGenerator.class)
class GeneratorFixesTest {

    private static final String ARTICLE = "= A\n:jbake-type: post\n:jbake-date: 2022-03-14\n\nText.\n";
    private static SiteGenerator generator;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startGenerator(SiteGenerator shared) {
        generator = shared;
    }

    private Path site(String article, String extraProperties) throws Exception {
        Path site = tmp.resolve("site");
        Map<String, byte[]> files = new TreeMap<>(SiteFiles.tinySite("content/articles/a.adoc", article));
        files.put("jbake.properties", (SiteFiles.templateText("jbake.properties") + "\n" + extraProperties + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SiteFiles.write(site, files);
        return site;
    }

    private static int lines(Path file) throws Exception {
        return Files.readAllLines(file).size();
    }

    @Test
    void reportsTooDeepNestingInsteadOfStackOverflow() throws Exception {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            nested.append("=".repeat(4 + i)).append('\n');
        }
        Path site = site(ARTICLE + "\n" + nested, "");
        BuildResult result = generator.build(BuildRequest.of(site, tmp.resolve("out")));
        assertThat(result.published()).isFalse();
        assertThat(result.errors()).extracting(Problem::format)
                .anyMatch(f -> f.startsWith("content/articles/a.adoc:") && f.contains("nested too deeply"));
    }

    @Test
    void refusesContentFolderOutsideTheSite() throws Exception {
        Path site = site(ARTICLE, "content.folder=/");
        int line = lines(site.resolve("jbake.properties"));
        BuildResult result = generator.build(BuildRequest.of(site, tmp.resolve("out")));
        assertThat(result.errors()).extracting(Problem::format)
                .contains("jbake.properties:" + line + ": content.folder: '/' must be a folder inside the site, "
                        + "written relative to it (e.g. content)");
    }

    @Test
    void refusesOutputPathsThatLeaveTheOutputFolder() throws Exception {
        Path site = site(ARTICLE, "tag.path=/etc");
        int line = lines(site.resolve("jbake.properties"));
        BuildResult result = generator.build(BuildRequest.of(site, tmp.resolve("out")));
        assertThat(result.errors()).extracting(Problem::format)
                .anyMatch(f -> f.startsWith("jbake.properties:" + line + ": tag.path: '/etc' must be a path inside"));
    }

    @Test
    void reportsMalformedUnicodeEscapeInProperties() throws Exception {
        Path site = site(ARTICLE, "site.organiser=\\uZZZZ");
        int line = lines(site.resolve("jbake.properties"));
        BuildResult result = generator.build(BuildRequest.of(site, tmp.resolve("out")));
        assertThat(result.errors()).extracting(Problem::format)
                .anyMatch(f -> f.startsWith("jbake.properties:" + line + ": a \\u escape must be followed"));
    }

    @Test
    void refusesOutputExtensionWithSlashes() throws Exception {
        Path site = site(ARTICLE, "output.extension=/../../x");
        BuildResult result = generator.build(BuildRequest.of(site, tmp.resolve("out")));
        assertThat(result.errors()).extracting(Problem::format)
                .anyMatch(f -> f.contains("output.extension: '/../../x' is not a file ending such as .html"));
    }

    @Test
    void refusesToReplaceTheSiteFolderItself() throws Exception {
        Path site = site(ARTICLE, "");
        BuildResult result = generator.build(BuildRequest.of(site, site));
        assertThat(result.published()).isFalse();
        assertThat(result.errors()).extracting(Problem::message).anyMatch(m -> m.contains("holds the site itself"));
        assertThat(site.resolve("content/articles/a.adoc")).hasContent(ARTICLE.strip());
    }

    @Test
    void refusesToReplaceAFolderOfOtherFiles() throws Exception {
        Path site = site(ARTICLE, "");
        Path documents = tmp.resolve("documents");
        Files.createDirectories(documents);
        Files.writeString(documents.resolve("tax-return.pdf"), "precious");
        BuildResult result = generator.build(BuildRequest.of(site, documents));
        assertThat(result.published()).isFalse();
        assertThat(result.errors()).extracting(Problem::message)
                .anyMatch(m -> m.contains("already holds files that Bulletin did not write"));
        assertThat(documents.resolve("tax-return.pdf")).hasContent("precious");
    }

    @Test
    void refusesOutputInsideTheContentFolder() throws Exception {
        Path site = site(ARTICLE, "");
        BuildResult result = generator.build(BuildRequest.of(site, site.resolve("content/out")));
        assertThat(result.errors()).extracting(Problem::message).anyMatch(m -> m.contains("read as part of the site"));
    }
}

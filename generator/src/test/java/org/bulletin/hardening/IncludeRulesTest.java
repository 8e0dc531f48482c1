package org.bulletin.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Page;
import org.bulletin.problem.Problem;
import org.bulletin.testing.SharedGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asciidoctor's SAFE mode alone, measured with AsciidoctorJ 3.0.1 / Asciidoctor 2.0.26: for
 * {@code include::../../x[]} it logs "illegal reference to ancestor of jail; recovering automatically"
 * (no line) and looks for the file inside the site instead; for {@code include::/etc/passwd[]} "outside
 * of jail; recovering automatically" and again a file inside the site; for {@code include::https://…[]}
 * it says nothing and puts a link to the third-party host in the page; an include loop runs to its
 * depth limit of 64 (exponentially when a file includes twice). These tests pin Bulletin's rules on top.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@ExtendWith(SharedGenerator.class)
class IncludeRulesTest {

    private static final String SECRET = "OUTSIDE-SECRET-4711";
    private static SiteGenerator generator;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startGenerator(SiteGenerator shared, @TempDir Path warm) throws Exception {
        generator = shared;
        SiteFiles.write(warm.resolve("site"), SiteFiles.tinySite("content/articles/a.adoc", article("Warm up.")));
        generator.build(BuildRequest.of(warm.resolve("site"), warm.resolve("out")));
    }

    private Path site(String article, Map<String, String> extra) throws Exception {
        Files.writeString(tmp.resolve("secret.txt"), SECRET + "\n");
        Path site = tmp.resolve("site");
        Map<String, byte[]> files = new TreeMap<>(SiteFiles.tinySite("content/articles/a.adoc", article));
        extra.forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        SiteFiles.write(site, files);
        return site;
    }

    private static String article(String body) {
        return "= Includes\n:jbake-type: post\n:jbake-date: 2022-03-14\n\nFirst paragraph.\n\n" + body + "\n";
    }

    private BuildResult build(Path site) throws Exception {
        return generator.build(BuildRequest.of(site, tmp.resolve("out")));
    }

    private String loadedHtml(Path site) throws Exception {
        List<Page> posts = generator.load(BuildRequest.of(site, tmp.resolve("out"))).site().posts();
        return posts.stream().map(Page::html).reduce("", String::concat);
    }

    private void assertRefused(BuildResult result, int line, String words) {
        assertThat(result.published()).isFalse();
        assertThat(result.errors()).extracting(Problem::format)
                .anyMatch(f -> f.startsWith("content/articles/a.adoc:" + line + ": ") && f.contains(words));
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void refusesIncludeThatClimbsOutOfTheSite() throws Exception {
        Path site = site(article("include::../../../secret.txt[]"), Map.of());
        assertRefused(build(site), 7, "leads outside the site folder");
        assertThat(loadedHtml(site)).contains("First paragraph").doesNotContain(SECRET);
    }

    @Test
    void refusesAbsolutePathInclude() throws Exception {
        Path site = site(article("include::" + tmp.resolve("secret.txt").toAbsolutePath() + "[]"), Map.of());
        assertRefused(build(site), 7, "absolute paths cannot be included");
        assertThat(loadedHtml(site)).doesNotContain(SECRET);
    }

    @Test
    void refusesEtcPasswdBothWays() throws Exception {
        Path site = site(article("include::../../../../../../../../etc/passwd[]\n\ninclude::/etc/passwd[]"), Map.of());
        BuildResult result = build(site);
        assertRefused(result, 7, "leads outside the site folder");
        assertRefused(result, 9, "absolute paths cannot be included");
        assertThat(loadedHtml(site)).doesNotContain("root:");
    }

    @Test
    void refusesWebAddressIncludeWithoutLinkingToTheHost() throws Exception {
        Path site = site(article("include::https://example.org/notes.adoc[]"), Map.of());
        assertRefused(build(site), 7, "web addresses cannot be included");
        assertThat(loadedHtml(site)).doesNotContain("example.org");
    }

    @Test
    void refusesAttributePathThatClimbsOutOfTheJail() throws Exception {
        Path site = site(article("include::{docdir}/../../../secret.txt[]"), Map.of());
        BuildResult result = build(site);
        assertThat(result.published()).isFalse();
        assertThat(result.errors()).extracting(Problem::format)
                .anyMatch(f -> f.startsWith("content/articles/a.adoc:") && f.contains("outside the site folder"));
        assertThat(loadedHtml(site)).doesNotContain(SECRET);
    }

    @Test
    void includesFileRelativeToTheIncludingFile() throws Exception {
        Path site = site(article("include::../partials/note.adoc[]"), Map.of(
                "content/partials/.jbakeignore", "",
                "content/partials/note.adoc", "Included note text.\n"));
        BuildResult result = build(site);
        assertThat(result.errors()).isEmpty();
        assertThat(SiteFiles.read(tmp.resolve("out/articles/a.html"))).contains("Included note text.");
    }

    @Test
    void reportsRefusalInsideAnIncludedFileAtThatFile() throws Exception {
        Path site = site(article("include::../partials/note.adoc[]"), Map.of(
                "content/partials/.jbakeignore", "",
                "content/partials/note.adoc", "Note.\n\ninclude::../../../secret.txt[]\n"));
        BuildResult result = build(site);
        assertThat(result.published()).isFalse();
        assertThat(result.errors()).extracting(Problem::format)
                .anyMatch(f -> f.startsWith("content/partials/note.adoc:3: ") && f.contains("outside the site"));
        assertThat(loadedHtml(site)).doesNotContain(SECRET);
    }

    @Test
    void warnsAboutMissingIncludeAtItsLineAndStrictRefusesIt() throws Exception {
        Path site = site(article("include::missing.adoc[]"), Map.of());
        BuildResult lenient = build(site);
        assertThat(lenient.warnings()).extracting(Problem::format)
                .anyMatch(f -> f.startsWith("content/articles/a.adoc:7: ")
                        && f.contains("file not found: content/articles/missing.adoc"));
        BuildResult strict = generator.build(new BuildRequest(site, tmp.resolve("strict-out"), Map.of(), true));
        assertThat(strict.published()).isFalse();
        assertThat(strict.errors()).extracting(Problem::format)
                .anyMatch(f -> f.startsWith("content/articles/a.adoc:7: ") && f.contains("file not found"));
    }

    @Test
    void refusesIncludeLoopQuickly() throws Exception {
        Path site = site(article("include::../partials/b.adoc[]"), Map.of(
                "content/partials/.jbakeignore", "",
                "content/partials/b.adoc", "B\n\ninclude::../articles/a.adoc[]\n"));
        assertThat(build(site).errors()).extracting(Problem::format)
                .anyMatch(f -> f.startsWith("content/partials/b.adoc:3: ") && f.contains("include loop"));
    }

    @Test
    void refusesSelfIncludeTwiceWithoutBlowingUp() throws Exception {
        Path site = site(article("include::a.adoc[]\n\ninclude::a.adoc[]"), Map.of());
        long start = System.nanoTime();
        assertRefused(build(site), 7, "include loop");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(20);
    }

    @Test
    void refusesSymbolicLinkToOutsideTheSite() throws Exception {
        Path site = site(article("include::link.txt[]"), Map.of());
        Files.createSymbolicLink(site.resolve("content/articles/link.txt"), tmp.resolve("secret.txt"));
        assertRefused(build(site), 7, "link to outside the site folder");
        assertThat(loadedHtml(site)).doesNotContain(SECRET);
    }
}

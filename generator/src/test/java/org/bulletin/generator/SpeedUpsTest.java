package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speed-ups (document store, page reuse, in-place rebuilds) change nothing that is published: a
 * cold build, a warm build after edits (in a new generator, from the cache folder) and a dev-server
 * rebuild give, file for file and byte for byte, what a build without any speed-up gives. Run on the
 * sample site, and on it with templates of its own, an include and inline styles.
 */
class SpeedUpsTest {

    private static final String IDENTITY = "test-generator-speed-ups";
    private static SiteGenerator plain;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startGenerator() {
        plain = new SiteGenerator(BuildListener.SILENT, IDENTITY, AsciidoctorSessions.DOCUMENTS_PER_EXTRA_SESSION, false);
    }

    @AfterAll
    static void closeGenerator() {
        plain.close();
    }

    @Test
    void theSampleSiteIsTheSameWithAndWithoutSpeedUps() throws IOException {
        assertSameWithAndWithoutSpeedUps(TestSites.sample(tmp.resolve("site")));
    }

    @Test
    void aSiteWithTemplatesIncludesAndInlineStylesIsTheSameWithAndWithoutSpeedUps() throws IOException {
        Path site = TestSites.sample(tmp.resolve("site"));
        Path theme = TestSites.sampleSource().resolve("theme/templates");
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/post.html"), Files.readString(theme.resolve("post.html"))
                .replace("</main>", "<p>own template</p></main>"), StandardCharsets.UTF_8);
        TestSites.write(site, """
                -- content/articles/parts/hours.txt --
                Open from 9 to 5.
                -- content/articles/with-include.adoc --
                = With include
                :jbake-type: post
                :jbake-date: 2022-03-09

                include::parts/hours.txt[]
                -- content/articles/styled.adoc --
                = Styled
                :jbake-type: post
                :jbake-date: 2022-03-08
                :jbake-tags: news

                ++++
                <p style="color: red">red text</p>
                ++++
                """);
        assertSameWithAndWithoutSpeedUps(site);
    }

    private void assertSameWithAndWithoutSpeedUps(Path site) throws IOException {
        Path cache = tmp.resolve("cache");
        BuildRequest fast = BuildRequest.of(site, tmp.resolve("fast")).withCacheDir(cache);
        try (SiteGenerator cold = new SiteGenerator(BuildListener.SILENT, IDENTITY)) {
            assertThat(cold.build(fast).published()).isTrue();
        }
        assertSameAsWithoutSpeedUps(site, fast.outputDir(), "cold");

        edit(site);
        try (SiteGenerator warm = new SiteGenerator(BuildListener.SILENT, IDENTITY)) {
            BuildResult result = warm.build(fast);
            assertThat(result.published()).isTrue();
            assertThat(result.counts().fromStore()).isPositive();
            assertThat(result.counts().reused()).isPositive();
            assertSameAsWithoutSpeedUps(site, fast.outputDir(), "warm after an edit");

            Files.writeString(site.resolve("content/articles/added.adoc"),
                    "= Added\n:jbake-type: post\n:jbake-date: 2022-03-10\n\nNew.\n", StandardCharsets.UTF_8);
            assertThat(warm.rebuild(fast).published()).isTrue();
            edit(site);
            assertThat(warm.rebuild(fast).published()).isTrue();
            assertSameAsWithoutSpeedUps(site, fast.outputDir(), "rebuilt in place after edits");
        }
    }

    /** Appends a line to the first two documents. */
    private static void edit(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".adoc")).sorted().limit(2).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Files.writeString(f, text + "\nEdited " + System.nanoTime() + ".\n", StandardCharsets.UTF_8);
            }
        }
    }

    private void assertSameAsWithoutSpeedUps(Path site, Path output, String what) throws IOException {
        Path expected = tmp.resolve("plain");
        BuildResult result = plain.build(BuildRequest.of(site, expected).withCacheDir(tmp.resolve("plain-cache")));
        assertThat(result.published()).isTrue();
        assertThat(result.counts().fromStore()).isZero();
        assertThat(result.counts().reused()).isZero();
        Map<String, byte[]> a = files(output);
        Map<String, byte[]> e = files(expected);
        assertThat(a.keySet()).as(what).containsExactlyElementsOf(e.keySet());
        for (String name : e.keySet()) {
            assertThat(new String(a.get(name), StandardCharsets.UTF_8)).as(what + ": " + name)
                    .isEqualTo(new String(e.get(name), StandardCharsets.UTF_8));
            assertThat(a.get(name)).as(what + ": " + name).isEqualTo(e.get(name));
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }
}

package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.problem.Problem;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never replace each other silently; tags get pages of their own; switched-off outputs get no links. */
@ExtendWith(SharedGenerator.class)
class OutputRulesTest {

    @TempDir
    Path dir;

    @Test
    void twoSourcesForOneOutputAreAnErrorNamingBoth(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                -- content/about.adoc --
                = About
                :jbake-type: page

                Text.
                -- content/about.html --
                <p>a raw page</p>
                -- content/index.adoc --
                = Home of my own
                :jbake-type: page

                Text.
                -- content/archive.adoc --
                = Archive of my own
                :jbake-type: page

                Text.
                -- content/feed.xml --
                <feed/>
                -- content/logo.txt --
                from content
                -- assets/logo.txt --
                from assets
                """);

        BuildResult result = generator.build(BuildRequest.of(site, dir.resolve("out")));

        assertThat(result.errors()).extracting(Problem::format).containsExactlyInAnyOrder(
                "content/about.html: this file and content/about.adoc would both be published as about.html: "
                        + "rename or move one of them",
                "content/index.adoc: this file and the home page (index.file) would both be published as "
                        + "index.html: rename or move one of them (or change the file name key in jbake.properties)",
                "content/archive.adoc: this file and the archive (archive.file) would both be published as "
                        + "archive.html: rename or move one of them (or change the file name key in jbake.properties)",
                "content/feed.xml: this file and the Atom feed (feed.file) would both be published as feed.xml: "
                        + "rename or move one of them (or change the file name key in jbake.properties)",
                "assets/logo.txt: this file and content/logo.txt would both be published as logo.txt: "
                        + "rename or move one of them");
        assertThat(result.published()).isFalse();
    }

    @Test
    void distinctTagsGetDistinctStablePages(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                -- content/c.adoc --
                = On C
                :jbake-date: 2022-03-01
                :jbake-tags: C, Java

                Text.
                -- content/csharp.adoc --
                = On C#
                :jbake-date: 2022-03-02
                :jbake-tags: C#, java

                Text.
                -- content/cpp.adoc --
                = On C++
                :jbake-date: 2022-03-03
                :jbake-tags: C++, 社工知识, index

                Text.
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.errors()).isEmpty();
        assertThat(titles(out.resolve("tags/c.html"))).containsExactly("On C");
        assertThat(titles(out.resolve("tags/c-sharp.html"))).containsExactly("On C#");
        assertThat(titles(out.resolve("tags/c-plus-plus.html"))).containsExactly("On C++");
        assertThat(titles(out.resolve("tags/java.html"))).containsExactly("On C#", "On C");
        assertThat(titles(out.resolve("tags/社工知识.html"))).containsExactly("On C++");
        assertThat(Jsoup.parse(out.resolve("tags/index.html").toFile()).select("h1").text()).isNotEqualTo("index");
        Document csharp = Jsoup.parse(out.resolve("csharp.html").toFile());
        assertThat(csharp.select("a.tag").eachAttr("href")).containsExactly("tags/c-sharp.html", "tags/java.html");
        try (var files = Files.list(out.resolve("tags"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("index-"))).hasSize(1);
        }
    }

    private static java.util.List<String> titles(Path tagPage) throws Exception {
        return Jsoup.parse(tagPage.toFile()).select("main li a").eachText().stream()
                .filter(t -> t.startsWith("On ")).toList();
    }

    @Test
    void switchedOffOutputsAreNotLinked(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                render.tags=false
                render.archive=false
                render.feed=false
                index.posts=1
                -- content/a.adoc --
                = A
                :jbake-date: 2022-03-01
                :jbake-tags: one

                Text.
                -- content/b.adoc --
                = B
                :jbake-date: 2022-03-02

                Text.
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.errors()).isEmpty();
        assertThat(out.resolve("tags")).doesNotExist();
        assertThat(out.resolve("archive.html")).doesNotExist();
        assertThat(out.resolve("feed.xml")).doesNotExist();
        for (String page : new String[] {"index.html", "a.html", "b.html"}) {
            Document d = Jsoup.parse(out.resolve(page).toFile());
            assertThat(d.select("a[href], link[href]").eachAttr("href")).as(page)
                    .noneMatch(h -> h.contains("tags/") || h.contains("archive") || h.contains("feed"));
        }
        assertThat(Jsoup.parse(out.resolve("a.html").toFile()).select(".tags").text()).contains("one");
    }
}

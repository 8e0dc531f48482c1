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

/** JBake's content formats: its metadata header in AsciiDoc, Markdown and HTML, and its keys for them. */
@ExtendWith(SharedGenerator.class)
class JBakeContentTest {

    @TempDir
    Path dir;

    @Test
    void readsJBakeHeaderAboveAsciiDoc(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                site.locale=en
                -- content/blog/third-post.adoc --
                title=Third Post
                date=2013-09-26
                type=post
                tags=blog, asciidoc
                status=published
                ~~~~~~
                = Third Post
                Jonathan Bullock
                2013-10-17

                Some *AsciiDoc* text.
                -- content/blog/header-only.adoc --
                title=Header title
                date=2014-01-02
                ~~~~~~

                Body without a title line.
                -- content/blog/attribute-title.adoc --
                :jbake-title: Attribute title
                :jbake-date: 2015-05-06

                Body without a title line either.
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.problems()).isEmpty();
        Document third = Jsoup.parse(out.resolve("blog/third-post.html").toFile());
        assertThat(third.select("h1").text()).isEqualTo("Third Post");
        assertThat(third.select("time").attr("datetime")).startsWith("2013-09-26");
        assertThat(third.select("main").text()).contains("Some AsciiDoc text.").doesNotContain("~~~~~~")
                .doesNotContain("status=");
        assertThat(third.select("a.tag").eachText()).containsExactly("blog", "asciidoc");
        assertThat(Jsoup.parse(out.resolve("blog/header-only.html").toFile()).select("h1").text())
                .isEqualTo("Header title");
        assertThat(Jsoup.parse(out.resolve("blog/attribute-title.html").toFile()).select("h1").text())
                .isEqualTo("Attribute title");
    }

    @Test
    void markdownArticleIsAFullArticle(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                site.locale=en
                -- content/blog/second-post.md --
                title=Second Post
                date=2013-09-25
                type=post
                tags=blog, markdown
                status=published
                ~~~~~~

                Some **Markdown** with a https://example.org/link and code:

                ```java
                int x = 1 < 2 ? 1 : 0;
                ```

                | Day | Hours |
                | --- | --- |
                | Mon | 9–17 |

                - [x] done
                - [ ] to do
                -- content/notes.md --
                # Notes from *a* README

                type defaults to post, title from the first heading.
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.errors()).isEmpty();
        assertThat(out.resolve("blog/second-post.md")).doesNotExist();
        Document post = Jsoup.parse(out.resolve("blog/second-post.html").toFile());
        assertThat(post.select("html").attr("lang")).isEqualTo("en");
        assertThat(post.select("h1").text()).isEqualTo("Second Post");
        assertThat(post.select(".article-body strong").text()).isEqualTo("Markdown");
        assertThat(post.select("main a[href=https://example.org/link]")).hasSize(1);
        assertThat(post.select("main pre code").text()).isEqualTo("int x = 1 < 2 ? 1 : 0;");
        assertThat(post.select("main table td").eachText()).containsExactly("Mon", "9–17");
        assertThat(post.select("main li input[type=checkbox]")).hasSize(2);
        assertThat(post.select("main").text()).doesNotContain("~~~~~~").doesNotContain("status=");
        assertThat(Files.readString(out.resolve("index.html"))).contains("Second Post");
        assertThat(Files.readString(out.resolve("feed.xml"))).contains("Second Post");
        assertThat(Files.readString(out.resolve("archive.html"))).contains("Second Post");
        assertThat(out.resolve("tags/markdown.html")).isRegularFile();
        Document notes = Jsoup.parse(out.resolve("notes.html").toFile());
        assertThat(notes.select("h1").eachText()).containsExactly("Notes from a README");
        assertThat(result.warnings()).extracting(Problem::file).containsExactly("content/notes.md"); // no date
    }

    @Test
    void markdownHeadingsGetIdsFromTheirTextAsOnACodeHost(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                site.locale=en
                -- content/guide.md --
                title=Guide
                type=page
                ~~~~~~

                See [the format](#the-format) and [redemption](#redemption-核销).

                ## The format

                ## Redemption (核销)

                ## The format
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.errors()).isEmpty();
        Document page = Jsoup.parse(out.resolve("guide.html").toFile());
        assertThat(page.select(".article-body h2").eachAttr("id"))
                .containsExactly("the-format", "redemption-核销", "the-format-1");
        assertThat(page.select(".article-body h2 a.heading-anchor").eachAttr("href"))
                .containsExactly("#the-format", "#redemption-核销", "#the-format-1");
        assertThat(page.select(".article-body h2 a:not(.heading-anchor)")).isEmpty(); // no empty anchor link
    }

    /** The theme lets every table in an article scroll sideways; the keyboard must reach Markdown's too. */
    @Test
    void markdownTablesAndCodeCanBeFocusedToScroll(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                site.locale=en
                -- content/wide.md --
                title=Wide
                type=page
                ~~~~~~

                | key | meaning |
                | --- | --- |
                | `images.widths` | published widths |

                ```text
                Usage: bulletin build [-hqvV] [--no-cache] [--strict] [--base-url=URL] [--cache=DIR] [-o=OUT]
                ```
                -- content/notes.adoc --
                = Notes
                :jbake-type: page

                NOTE: an admonition is laid out with a table of its own, which does not scroll.
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.errors()).isEmpty();
        Document wide = Jsoup.parse(out.resolve("wide.html").toFile());
        assertThat(wide.select(".article-body table").eachAttr("tabindex")).containsExactly("0");
        assertThat(wide.select(".article-body table").eachAttr("aria-label")).containsExactly("Table");
        assertThat(wide.select(".article-body pre").eachAttr("tabindex")).containsExactly("0");
        Document notes = Jsoup.parse(out.resolve("notes.html").toFile());
        assertThat(notes.select(".admonitionblock table")).hasSize(1).allSatisfy(t -> assertThat(t.hasAttr("tabindex"))
                .isFalse());
    }

    @Test
    void htmlWithJBakeHeaderIsAThemedPageAndPlainHtmlIsKept(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                -- content/about.html --
                title=About
                date=2013-09-24
                type=page
                status=published
                ~~~~~~

                <!-- the editor's own markup -->
                <p class="lead">Lorem <em>ipsum</em>.</p>
                -- content/files/leaflet.html --
                <!DOCTYPE html><p>a plain file, no header</p>
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.problems()).isEmpty();
        Document about = Jsoup.parse(out.resolve("about.html").toFile());
        assertThat(about.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(about.select("h1").text()).isEqualTo("About");
        assertThat(about.select("main p.lead em").text()).isEqualTo("ipsum");
        assertThat(about.html()).doesNotContain("~~~~~~").doesNotContain("status=published");
        assertThat(Files.readString(out.resolve("files/leaflet.html"))).startsWith(
                "<!DOCTYPE html><p>a plain file, no header</p>\n");
    }

    @Test
    void markdownQuizIsAClearError(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                -- content/quiz.md --
                title=Quiz
                type=quiz
                ~~~~~~
                1. What?
                """);

        BuildResult result = generator.build(BuildRequest.of(site, dir.resolve("out")));

        assertThat(result.errors()).extracting(Problem::format).containsExactly(
                "content/quiz.md:2: a quiz must be an AsciiDoc file: rename it to .adoc and write it in the quiz "
                        + "format (manual, \"Quizzes\")");
    }

    @Test
    void honoursDateFormatAndDefaultStatus(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                date.format=dd/MM/yyyy
                default.status=draft
                -- content/a.adoc --
                = A
                :jbake-date: 14/03/2022
                :jbake-status: published

                Text.
                -- content/b.md --
                title=B
                date=15/03/2022
                status=published
                ~~~~~~
                Text.
                -- content/c.md --
                title=C, no status: a draft by default.status
                ~~~~~~
                Text.
                -- content/d.html --
                title=D
                date=2022-03-16
                ~~~~~~
                <p>no status</p>
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.problems()).isEmpty();
        assertThat(Jsoup.parse(out.resolve("a.html").toFile()).select("time").attr("datetime"))
                .startsWith("2022-03-14");
        assertThat(Jsoup.parse(out.resolve("b.html").toFile()).select("time").attr("datetime"))
                .startsWith("2022-03-15");
        assertThat(out.resolve("c.html")).doesNotExist();
        assertThat(out.resolve("c.md")).doesNotExist();
        assertThat(out.resolve("d.html")).doesNotExist();
    }

    @Test
    void cleanUrisWorkFromTheFileSystemAndUnderASubPath(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/week/
                uri.noExtension=true
                uri.noExtension.prefix=blog/
                -- content/blog/first.adoc --
                = First
                :jbake-date: 2022-03-01

                See the link:../about.html[about page].
                -- content/blog/second.md --
                title=Second
                date=2022-03-02
                ~~~~~~
                Text.
                -- content/about.adoc --
                = About
                :jbake-type: page

                Text.
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.errors()).isEmpty();
        assertThat(out.resolve("blog/first/index.html")).isRegularFile();
        assertThat(out.resolve("blog/second/index.html")).isRegularFile();
        assertThat(out.resolve("about.html")).isRegularFile(); // outside the prefix
        Document first = Jsoup.parse(out.resolve("blog/first/index.html").toFile());
        assertThat(first.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/week/blog/first/");
        assertThat(first.select("a.pager-newer").attr("href")).isEqualTo("../../blog/second/index.html");
        assertThat(first.select(".article-body a").attr("href")).isEqualTo("../../about.html");
        Document home = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(home.select("main a[href*=blog]").eachAttr("href"))
                .contains("blog/first/index.html", "blog/second/index.html");
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("https://example.org/week/blog/first/</loc>");
    }

    @Test
    void dataFilesAreAvailableToTemplatesAsInJBake(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                -- data/authors.yaml --
                authors:
                    John Smith:
                        twitter: "@jsmith"
                -- data/videos.json --
                {"videos": [{"title": "Opening"}]}
                -- templates/page.html --
                <!DOCTYPE html>
                <html><body><main>
                <p id="a" th:text="${data.get('authors.yaml')['authors']['John Smith']['twitter']}">x</p>
                <p id="v" th:text="${data.get('videos.json')['videos'][0]['title']}">x</p>
                </main></body></html>
                -- content/about.adoc --
                = About
                :jbake-type: page

                Text.
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.errors()).isEmpty();
        Document about = Jsoup.parse(out.resolve("about.html").toFile());
        assertThat(about.select("#a").text()).isEqualTo("@jsmith");
        assertThat(about.select("#v").text()).isEqualTo("Opening");
    }

    @Test
    void brokenDataFileIsAnErrorAtItsLine(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                -- data/authors.yaml --
                authors:
                  - name: [unclosed
                -- content/about.adoc --
                = About
                :jbake-type: page

                Text.
                """);

        BuildResult result = generator.build(BuildRequest.of(site, dir.resolve("out")));

        assertThat(result.errors()).extracting(Problem::file).containsExactly("data/authors.yaml");
        assertThat(result.errors().get(0).line()).isPositive();
    }

    @Test
    void markdownAndHtmlComeFromTheConversionCacheUnchanged(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                -- content/a.md --
                title=A
                date=2022-03-01
                tags=x
                ~~~~~~
                Some *text*.
                -- content/b.html --
                title=B
                date=2022-03-02
                ~~~~~~
                <p>Other text.</p>
                """);
        Path out = dir.resolve("out");

        BuildResult cold = generator.build(BuildRequest.of(site, out));
        String coldA = Files.readString(out.resolve("a.html"));
        String coldB = Files.readString(out.resolve("b.html"));
        BuildResult warm = generator.build(BuildRequest.of(site, out));

        assertThat(cold.counts().converted()).isEqualTo(2);
        assertThat(warm.counts().converted()).isZero();
        assertThat(warm.counts().fromStore()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("a.html"))).isEqualTo(coldA);
        assertThat(Files.readString(out.resolve("b.html"))).isEqualTo(coldB);
    }
}

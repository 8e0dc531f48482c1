package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.bulletin.model.Page;
import org.bulletin.problem.Problem;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Header parsing, defaults and the messages editors see, through the real Asciidoctor. */
@ExtendWith(SharedGenerator.class)
class ContentRulesTest {

    @TempDir
    Path dir;

    private static final String PROPS = """
            -- jbake.properties --
            site.title=Test
            site.host=https://example.org/
            """;

    private SiteGenerator.LoadedSite load(SiteGenerator generator, String files) throws Exception {
        TestSites.write(dir, PROPS + files);
        return generator.load(BuildRequest.of(dir, dir.resolve("out")));
    }

    @Test
    void articleWithoutTypeIsPostAndWithoutStatusIsPublished(SiteGenerator generator) throws Exception {
        var loaded = load(generator, """
                -- content/articles/a.adoc --
                = 标题
                :jbake-date: 2022-03-15
                :jbake-tags: 社工知识, 宣传周, 社工知识

                正文。
                """);
        assertThat(loaded.problems().sorted()).isEmpty();
        Page a = loaded.site().posts().get(0);
        assertThat(a.title()).isEqualTo("标题");
        assertThat(a.type()).isEqualTo("post");
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(a.tags()).containsExactly("社工知识", "宣传周");
        assertThat(a.uri()).isEqualTo("articles/a.html");
        assertThat(a.summary()).isEqualTo("正文。");
        assertThat(a.html()).contains("<p>正文。</p>");
    }

    @Test
    void draftsByStatusOrFileSuffixNeverReachTheModel(SiteGenerator generator) throws Exception {
        var loaded = load(generator, """
                -- content/a.adoc --
                = A
                :jbake-date: 2022-03-15
                :jbake-status: draft

                x
                -- content/b-draft.adoc --
                = B
                :jbake-date: 2022-03-15

                x
                -- content/c.adoc --
                = C
                :jbake-type: page

                x
                """);
        assertThat(loaded.site().posts()).isEmpty();
        assertThat(loaded.site().pages()).extracting(Page::title).containsExactly("C");
    }

    @Test
    void postWithoutDateWarnsAndSortsLast(SiteGenerator generator) throws Exception {
        var loaded = load(generator, """
                -- content/old.adoc --
                = Old
                :jbake-date: 2020-01-01

                x
                -- content/undated.adoc --
                = Undated

                x
                -- content/new.adoc --
                = New
                :jbake-date: 2022-01-01

                x
                """);
        assertThat(loaded.site().posts()).extracting(Page::title).containsExactly("New", "Old", "Undated");
        assertThat(loaded.problems().sorted()).extracting(Problem::toString).containsExactly(
                "warning: content/undated.adoc:1: the article has no :jbake-date: and is listed last "
                        + "(add e.g. ':jbake-date: 2022-03-15' under the title)");
    }

    @Test
    void reportsInvalidDateWithFileAndLine(SiteGenerator generator) throws Exception {
        var loaded = load(generator, """
                -- content/articles/x.adoc --
                = X
                :jbake-type: post
                :jbake-date: 2022-13-45

                x
                """);
        assertThat(loaded.problems().sorted()).extracting(Problem::toString)
                .contains("error: content/articles/x.adoc:3: invalid date '2022-13-45' (use 2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日)");
    }

    @Test
    void reportsUnknownTypeAndStatus(SiteGenerator generator) throws Exception {
        var loaded = load(generator, """
                -- content/x.adoc --
                = X
                :jbake-type: blog
                :jbake-status: pending
                :jbake-date: 2022-01-01

                x
                """);
        assertThat(loaded.problems().sorted()).extracting(Problem::toString).containsExactly(
                "error: content/x.adoc:2: unknown :jbake-type: 'blog' (use post, page or quiz)",
                "error: content/x.adoc:3: unknown :jbake-status: 'pending' (use published or draft)");
    }

    @Test
    void reportsFileThatIsNotUtf8WithTheLine(SiteGenerator generator) throws Exception {
        TestSites.write(dir, PROPS);
        Files.createDirectories(dir.resolve("content"));
        Files.write(dir.resolve("content/gbk.adoc"), "= Title\n\n社工\n".getBytes("GBK"));
        var loaded = generator.load(BuildRequest.of(dir, dir.resolve("out")));
        assertThat(loaded.problems().sorted()).extracting(Problem::toString).containsExactly(
                "error: content/gbk.adoc:3: the file is not UTF-8 text: save it as UTF-8 "
                        + "(in Notepad: Save As, Encoding UTF-8)");
    }

    @Test
    void reportsEmptyFileAndMissingTitle(SiteGenerator generator) throws Exception {
        var loaded = load(generator, """
                -- content/empty.adoc --

                -- content/notitle.adoc --
                :jbake-date: 2022-01-01

                text
                """);
        assertThat(loaded.problems().sorted()).extracting(Problem::toString).containsExactly(
                "error: content/empty.adoc:1: the file is empty: write a title line '= Title' and some text, "
                        + "or delete the file",
                "error: content/notitle.adoc:1: the document has no title: start it with a line '= Title' "
                        + "(or set :jbake-title:, or title= in a JBake header)");
    }

    @Test
    void asciidoctorWarningsCarryFileAndLine(SiteGenerator generator) throws Exception {
        var loaded = load(generator, """
                -- content/a.adoc --
                = A
                :jbake-date: 2022-01-01

                Hello {nobody}.

                include::missing.adoc[]
                """);
        assertThat(loaded.problems().sorted()).extracting(Problem::toString).anySatisfy(s ->
                assertThat(s).startsWith("warning: content/a.adoc:4: ").contains("nobody"));
        assertThat(loaded.problems().sorted()).extracting(Problem::toString).anySatisfy(s ->
                assertThat(s).startsWith("warning: content/a.adoc:6: include::missing.adoc[]: file not found"));
    }

    @Test
    void includesOutsideTheSiteAreRefused(SiteGenerator generator) throws Exception {
        Path outside = Files.writeString(dir.resolveSibling(dir.getFileName() + "-secret.txt"), "TOP SECRET");
        var loaded = load(generator, """
                -- content/a.adoc --
                = A
                :jbake-date: 2022-01-01

                include::../../%s[]
                """.formatted(outside.getFileName()));
        assertThat(loaded.site().posts().get(0).html()).doesNotContain("TOP SECRET");
        assertThat(loaded.problems().hasErrors() || !loaded.problems().sorted().isEmpty()).isTrue();
        Files.delete(outside);
    }

    @Test
    void twoFilesPublishedAtTheSamePathAreAnError(SiteGenerator generator) throws Exception {
        var loaded = load(generator, """
                -- content/a.adoc --
                = A
                :jbake-date: 2022-01-01

                x
                -- content/a.asciidoc --
                = A2
                :jbake-date: 2022-01-01

                x
                """);
        assertThat(loaded.problems().sorted()).extracting(Problem::toString).containsExactly(
                "error: content/a.asciidoc:1: this file and content/a.adoc would both be published as a.html: "
                        + "rename one of them");
    }
}

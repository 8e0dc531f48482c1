package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.bulletin.problem.Problem;
import org.bulletin.testing.SharedGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * JBake's official example projects and its test fixture site (test resources {@code jbake-examples/},
 * copied unchanged with their licence) build with Bulletin's theme: every document is a themed page,
 * drafts are absent, and JBake's templates get one warning.
 */
@ExtendWith(SharedGenerator.class)
class JBakeExamplesTest {

    private static final List<String> EXAMPLE_PAGES = List.of("about.html", "blog/2013/first-post.html",
            "blog/2013/second-post.html", "blog/2013/third-post.html", "blog/2013/fourth-post.html");

    @TempDir
    Path dir;

    @Test
    void thymeleafExampleBuildsWithTheTheme(SiteGenerator generator) throws Exception {
        Path out = dir.resolve("out");
        BuildResult result = generator.build(BuildRequest.of(copy("thymeleaf"), out));

        assertThat(result.errors()).isEmpty();
        assertThat(templateWarnings(result)).hasSize(1);
        assertThat(templateWarnings(result).get(0).message()).contains("templates/index.thyme");
        assertThemed(out, EXAMPLE_PAGES);
        assertThat(title(out, "blog/2013/second-post.html")).isEqualTo("Second Post");
        String logo = Jsoup.parse(out.resolve("about.html").toFile()).select("main img").attr("src");
        assertThat(logo).startsWith("about/jbake_logo"); // the photo beside the page, published for it
        assertThat(out.resolve(logo)).isRegularFile();
        assertThat(out.resolve("tags")).doesNotExist(); // render.tags=false
        assertThat(out.resolve("sitemap.xml")).isRegularFile();
    }

    @Test
    void freemarkerExampleBuildsWithTheTheme(SiteGenerator generator) throws Exception {
        Path out = dir.resolve("out");
        BuildResult result = generator.build(BuildRequest.of(copy("freemarker"), out));

        assertThat(result.errors()).isEmpty();
        assertThat(templateWarnings(result)).hasSize(1);
        assertThat(templateWarnings(result).get(0).message()).contains("templates/index.ftl");
        assertThemed(out, Stream.concat(EXAMPLE_PAGES.stream(), Stream.of("blog/2013/fifth-post.html")).toList());
        assertThat(title(out, "blog/2013/fifth-post.html")).isEqualTo("Oliver\u2019s Post");
        Document home = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(home.select("main").text()).contains("First Post", "Second Post", "Third Post",
                "Fourth Post", "Oliver\u2019s Post");
    }

    @Test
    void jbakeFixtureSiteConvertsEveryDocument(SiteGenerator generator) throws Exception {
        Path out = dir.resolve("out");
        BuildResult result = generator.build(BuildRequest.of(copy("jbake-fixture"), out));

        assertThat(result.errors()).isEmpty();
        assertThat(templateWarnings(result)).hasSize(1);
        assertThemed(out, List.of("about.html", "allcontent.html", "index2.html", "projects.html", "team.html",
                "blog/2012/first-post.html", "blog/2013/second-post.html", "blog/2016/another-post.html",
                "blog/invalid_header.html", "papers/published-paper.html"));
        assertThat(out.resolve("blog/2016/draft-post.html")).doesNotExist();
        assertThat(out.resolve("papers/draft-paper.html")).doesNotExist();
        assertThat(out.resolve(".ignorablefile.html")).doesNotExist();
        assertThat(out.resolve("blog/2012/sample.json")).isRegularFile();
        assertThat(Files.readString(out.resolve("blog/2016/another-post.html"))).doesNotContain("~~~~~~");
    }

    private Path copy(String name) throws Exception {
        Path from = Path.of(getClass().getResource("/jbake-examples/" + name).toURI());
        Path to = dir.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    private static List<Problem> templateWarnings(BuildResult result) {
        return result.warnings().stream().filter(p -> p.message().startsWith("JBake templates are not used"))
                .toList();
    }

    private static String title(Path out, String page) throws Exception {
        return Jsoup.parse(out.resolve(page).toFile()).select("h1").text();
    }

    /** Each page is the theme's: its frame, a language, a title and the body without the JBake header. */
    private static void assertThemed(Path out, List<String> pages) throws Exception {
        for (String page : pages) {
            Document d = Jsoup.parse(out.resolve(page).toFile());
            assertThat(d.select("html").attr("lang")).as(page).isNotEmpty();
            assertThat(d.select("header.site-header")).as(page).hasSize(1);
            assertThat(d.select("main h1").text()).as(page).isNotEmpty();
            assertThat(d.select("main").text()).as(page).doesNotContain("~~~~~~").doesNotContain("status=");
        }
    }
}

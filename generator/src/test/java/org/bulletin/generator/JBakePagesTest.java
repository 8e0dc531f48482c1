package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** JBake sites' pages: photos beside an article at a clean address, HTML content that is a whole document. */
@ExtendWith(SharedGenerator.class)
class JBakePagesTest {

    @TempDir
    Path dir;

    private static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 32, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void photosBesideAnArticleAtACleanAddressArePublishedAndLinkedFromThePage(SiteGenerator generator)
            throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.host=https://example.org/week/
                uri.noExtension=true
                -- content/articles/x.adoc --
                = 活动照片
                :jbake-date: 2022-03-15

                image::photo.jpg[照片]

                image::images/root.jpg[根目录的照片]

                [.gallery]
                ====
                image::photo.jpg[一]
                image::second.jpg[二]
                ====
                """);
        for (String photo : List.of("content/articles/photo.jpg", "content/articles/second.jpg", "assets/images/root.jpg")) {
            Files.createDirectories(dir.resolve(photo).getParent());
            Files.write(dir.resolve(photo), jpeg());
        }
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(dir, out));

        assertThat(result.problems()).isEmpty();
        Path page = out.resolve("articles/x/index.html");
        Element body = Jsoup.parse(page.toFile(), "UTF-8").selectFirst(".article-body");
        assertThat(body.select("picture")).hasSize(4);
        assertThat(body.select("img").eachAttr("alt")).containsExactly("照片", "根目录的照片", "一", "二");
        List<String> urls = new java.util.ArrayList<>(body.select("img").eachAttr("src"));
        body.select("source, img").forEach(e -> urls.add(e.attr("srcset").split(" ")[0]));
        urls.addAll(body.select("a.gallery-link").eachAttr("href"));
        // page-relative URLs that name files: they work from the file system and under any sub-path
        assertThat(urls).hasSize(14).allSatisfy(url -> {
            assertThat(url).startsWith("../../").doesNotContain("//");
            assertThat(page.getParent().resolve(url).normalize()).isRegularFile();
        });
        assertThat(body.selectFirst("img").attr("src")).matches("\\.\\./\\.\\./articles/photo-64\\.[0-9a-f]{8}\\.jpg");
    }

    @Test
    void htmlContentThatIsAWholeDocumentIsEmbeddedByItsBody(SiteGenerator generator) throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.host=https://example.org/
                -- content/full.html --
                title=Header title
                type=page
                ~~~~~~
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Own title</title>
                <link rel="stylesheet" href="old.css">
                <link rel="icon" href="favicon.ico">
                <style>p { color: red }</style>
                <script src="old.js"></script>
                </head>
                <body class="x"><h1>Hello</h1>
                <p>Body text.</p>
                </body></html>
                -- content/titled.html --
                type=page
                ~~~~~~
                <!-- exported from the old site -->
                <html><head><title>Title from head</title></head>
                <body><p>Only the body.</p></body></html>
                -- content/fragment.html --
                title=Fragment
                type=page
                ~~~~~~
                <p>A fragment stays as it is.</p>
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(dir, out));

        List<String> problems = result.problems().stream().map(Object::toString).toList();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("warning: content/full.html:6: the style sheet <link href=\"old.css\"> "
                + "in the document's <head> is left out");
        assertThat(problems.get(1)).startsWith("warning: content/full.html:8: a <style> element in the document's "
                + "<head> is left out").contains("assets/css/site.css");
        assertThat(problems.get(2)).startsWith("warning: content/full.html:9: <script src=\"old.js\"> in the "
                + "document's <head> is left out").contains("templates/layout.html");
        Document full = Jsoup.parse(out.resolve("full.html").toFile(), "UTF-8");
        assertThat(full.select("html")).hasSize(1);
        assertThat(full.title()).startsWith("Header title");
        assertThat(full.selectFirst("html").attr("lang")).isEqualTo("en");
        Element body = full.selectFirst(".article-body");
        assertThat(body.select("h1, p").eachText()).containsExactly("Hello", "Body text.");
        assertThat(full.select("style, link[href$=old.css], script[src$=old.js], title:containsOwn(Own title)"))
                .isEmpty();
        assertThat(Files.readString(out.resolve("full.html"))).doesNotContain("<body class=\"x\"", "DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Own");
        Document titled = Jsoup.parse(out.resolve("titled.html").toFile(), "UTF-8");
        assertThat(titled.selectFirst("h1").text()).isEqualTo("Title from head");
        assertThat(titled.selectFirst(".article-body").text()).isEqualTo("Only the body.");
        assertThat(Jsoup.parse(out.resolve("fragment.html").toFile(), "UTF-8").selectFirst(".article-body").html())
                .isEqualTo("<p>A fragment stays as it is.</p>");
    }
}

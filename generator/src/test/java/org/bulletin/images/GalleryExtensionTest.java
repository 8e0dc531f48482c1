package org.bulletin.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GalleryExtensionTest {

    private static Asciidoctor asciidoctor;
    private static final List<LogRecord> LOG = new ArrayList<>();

    @TempDir
    static Path assets;

    @BeforeAll
    static void start() throws Exception {
        // a bare Asciidoctor of its own: the extension is registered alone and its log read
        asciidoctor = Asciidoctor.Factory.create();
        GalleryExtension.register(asciidoctor);
        asciidoctor.registerLogHandler(LOG::add);
        Files.createDirectories(assets.resolve("images/2021"));
        for (String name : List.of("b_harvest-festival.jpg", "a-opening_day.JPG", "c.png", "notes.txt", "d.gif")) {
            Files.write(assets.resolve("images/2021").resolve(name), new byte[] {1});
        }
    }

    @AfterAll
    static void stop() {
        asciidoctor.shutdown();
    }

    @BeforeEach
    void clearLog() {
        LOG.clear();
    }

    private static Document convert(String adoc) {
        String html = asciidoctor.convert(adoc, Options.builder().safe(SafeMode.SAFE).attributes(Attributes.builder()
                .attribute(GalleryExtension.ASSETS_ATTRIBUTE, assets.toString()).build()).build());
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void galleryMacroListsTheFolderSortedWithCaptionsFromFileNames() {
        Document html = convert("= News\n:lang: en\n\n.Harvest week <2021>\ngallery::images/2021/[]\n");

        Element gallery = html.selectFirst("figure.gallery");
        assertThat(gallery.select("a.gallery-link")).extracting(a -> a.attr("href")).containsExactly(
                "images/2021/a-opening_day.JPG", "images/2021/b_harvest-festival.jpg", "images/2021/c.png",
                "images/2021/d.gif");
        assertThat(gallery.select("a.gallery-link > img")).extracting(i -> i.attr("src"))
                .first().isEqualTo("images/2021/a-opening_day.JPG");
        assertThat(gallery.select(".gallery-item figcaption")).extracting(Element::text).containsExactly(
                "a opening day", "b harvest festival", "c", "d");
        assertThat(gallery.select("img")).extracting(i -> i.attr("alt")).startsWith("a opening day");
        assertThat(gallery.selectFirst("figure.gallery > figcaption").text()).isEqualTo("Harvest week <2021>");
        assertThat(gallery.attr("data-label-close")).isEqualTo("Close");
        assertThat(gallery.attr("data-label-position")).isEqualTo("Photo {index} of {count}");
        assertThat(LOG).isEmpty();
    }

    @Test
    void labelsAreChineseForChinesePages() {
        Document html = convert("= 新闻\n:lang: zh-CN\n\ngallery::images/2021[]\n");

        Element gallery = html.selectFirst("figure.gallery");
        assertThat(gallery.attr("data-label-dialog")).isEqualTo("照片浏览");
        assertThat(gallery.attr("data-label-close")).isEqualTo("关闭");
        assertThat(gallery.select("a.gallery-link")).hasSize(4);
    }

    @Test
    void galleryBlockTurnsItsImagesIntoOneGalleryAndKeepsOtherContent() {
        Document html = convert("""
                = Page
                :imagesdir: images

                [.gallery]
                .Opening day
                ====
                image::2021/a.jpg[Ribbon cutting]
                .Volunteers <3
                image::2021/b.jpg[Volunteers at the stall]
                image::2021/c_d.jpg[]

                Thanks to everyone who came.
                ====
                """);

        Element gallery = html.selectFirst("figure.gallery");
        assertThat(html.select("figure.gallery")).hasSize(1);
        assertThat(gallery.select("a.gallery-link")).extracting(a -> a.attr("href")).containsExactly(
                "images/2021/a.jpg", "images/2021/b.jpg", "images/2021/c_d.jpg");
        assertThat(gallery.select("img")).extracting(i -> i.attr("alt")).containsExactly(
                "Ribbon cutting", "Volunteers at the stall", "c d");
        assertThat(gallery.select(".gallery-caption")).extracting(Element::text).containsExactly(
                "Ribbon cutting", "Volunteers <3", "c d");
        assertThat(gallery.selectFirst("figure.gallery > figcaption").text()).isEqualTo("Opening day");
        assertThat(html.select(".imageblock")).isEmpty();
        assertThat(html.text()).contains("Thanks to everyone who came.");
        assertThat(gallery.attr("data-label-close")).isEqualTo("关闭"); // no :lang: means zh-CN, the default
    }

    @Test
    void missingGalleryFolderIsLoggedAsError() {
        Document html = convert("= Page\n\ngallery::images/2099/[]\n");

        assertThat(html.select("figure.gallery a")).isEmpty();
        assertThat(LOG).extracting(LogRecord::getMessage)
                .containsExactly("gallery 'images/2099/' has no photos in the assets folder (check the folder name)");
        assertThat(LOG.get(0).getSeverity()).isEqualTo(org.asciidoctor.log.Severity.ERROR);
    }
}

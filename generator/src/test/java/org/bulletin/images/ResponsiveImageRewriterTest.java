package org.bulletin.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ResponsiveImageRewriterTest {

    private static ResponsiveImage photo(String stem, String fallback) {
        String ext = fallback.equals("jpeg") ? "jpg" : fallback;
        List<Variant> variants = List.of(
                new Variant(480, 360, fallback, "images/" + stem + "-480.0badc0de." + ext, 30_000),
                new Variant(960, 720, fallback, "images/" + stem + "-960.0badc0de." + ext, 90_000),
                new Variant(480, 360, "webp", "images/" + stem + "-480.0badc0de.webp", 20_000),
                new Variant(960, 720, "webp", "images/" + stem + "-960.0badc0de.webp", 60_000));
        return new ResponsiveImage(variants.get(1).path(), 960, 720, variants, false);
    }

    private final ResponsiveImageRewriter rewriter = new ResponsiveImageRewriter(Map.of(
            "images/a.jpg", photo("a", "jpeg"),
            "images/b.png", photo("b", "png"),
            "images/春节 合影.jpg", photo("春节 合影", "jpeg"),
            "images/map.svg", new ResponsiveImage("images/map.svg", 120, 60,
                    List.of(new Variant(120, 60, "svg", "images/map.svg", 500)), false)));

    @Test
    void wrapsImagesInPictureWithWebpSourceSizesAndDimensions() {
        Document page = Jsoup.parse("<body><p>Intro</p><img src='../../images/a.jpg' alt='Opening day'>"
                + "<img src='../../images/b.png' alt='Logo' class='logo'></body>");

        int count = rewriter.rewrite(page, "articles/review/index.html");

        assertThat(count).isEqualTo(2);
        Element picture = page.selectFirst("picture");
        assertThat(picture.outerHtml()).isEqualToIgnoringWhitespace("<picture><source type=\"image/webp\""
                + " srcset=\"../../images/a-480.0badc0de.webp 480w, ../../images/a-960.0badc0de.webp 960w\""
                + " sizes=\"(max-width: 48rem) 100vw, 48rem\">"
                + "<img src=\"../../images/a-960.0badc0de.jpg\" alt=\"Opening day\""
                + " width=\"960\" height=\"720\" decoding=\"async\""
                + " srcset=\"../../images/a-480.0badc0de.jpg 480w, ../../images/a-960.0badc0de.jpg 960w\""
                + " sizes=\"(max-width: 48rem) 100vw, 48rem\"></picture>");
        Element second = page.select("picture").get(1).selectFirst("img");
        assertThat(second.attr("loading")).isEqualTo("lazy");
        assertThat(second.attr("class")).isEqualTo("logo");
        assertThat(second.attr("srcset")).contains("../../images/b-480.0badc0de.png 480w");
    }

    @Test
    void leavesTheFirstImageEagerAndLazyLoadsTheRest() {
        Document page = Jsoup.parse("<img src='images/a.jpg' loading='lazy'><img src='images/b.png'>"
                + "<img src='images/a.jpg'>");

        rewriter.rewrite(page, "index.html");

        assertThat(page.select("img")).extracting(e -> e.attr("loading")).containsExactly("", "lazy", "lazy");
    }

    @Test
    void usesGallerySizesAndPointsLinksAtTheLargestPublishedCopy() {
        Document page = Jsoup.parse("<p><img src='../images/b.png'></p><figure class='gallery'><figure>"
                + "<a href='../images/a.jpg'><img src='../images/a.jpg' alt='A'></a></figure></figure>"
                + "<a href='../images/missing.jpg'>x</a>");

        rewriter.rewrite(page, "news/index.html");

        Element thumb = page.selectFirst("figure.gallery img");
        assertThat(thumb.attr("sizes")).isEqualTo(ResponsiveImageRewriter.GALLERY_SIZES);
        assertThat(page.selectFirst("figure.gallery a").attr("href")).isEqualTo("../images/a-960.0badc0de.jpg");
        assertThat(page.select("a").last().attr("href")).isEqualTo("../images/missing.jpg");
    }

    @Test
    void encodesSpacesAndChineseNamesSoSrcsetStaysValid() {
        Document page = Jsoup.parse("<img src='images/%E6%98%A5%E8%8A%82%20%E5%90%88%E5%BD%B1.jpg'>"
                + "<img src='images/春节 合影.jpg'>");

        assertThat(rewriter.rewrite(page, "index.html")).isEqualTo(2);

        assertThat(page.selectFirst("source").attr("srcset")).startsWith(
                "images/%E6%98%A5%E8%8A%82%20%E5%90%88%E5%BD%B1-480.0badc0de.webp 480w, ");
    }

    @Test
    void keepsAuthorWidthAndDerivesHeight() {
        Document page = Jsoup.parse("<img src='images/a.jpg' width='300'>");

        rewriter.rewrite(page, "index.html");

        Element img = page.selectFirst("img");
        assertThat(List.of(img.attr("width"), img.attr("height"))).containsExactly("300", "225");
    }

    @Test
    void givesCopiedSvgDimensionsWithoutPicture() {
        Document page = Jsoup.parse("<img src='images/a.jpg'><img src='/images/map.svg'>");

        rewriter.rewrite(page, "about/index.html");

        Element svg = page.select("img").last();
        assertThat(svg.parent().nameIs("picture")).isFalse();
        assertThat(svg.attr("src")).isEqualTo("../images/map.svg");
        assertThat(List.of(svg.attr("width"), svg.attr("height"), svg.attr("loading")))
                .containsExactly("120", "60", "lazy");
    }

    @Test
    void ignoresExternalDataAndUnknownImages() {
        String html = "<img src='https://example.org/images/a.jpg'><img src='data:image/png;base64,AA=='>"
                + "<img src='images/other.jpg'><img src='//cdn.example/images/a.jpg'>";
        Document page = Jsoup.parse(html);

        assertThat(rewriter.rewrite(page, "index.html")).isZero();
        assertThat(page.select("picture")).isEmpty();
        assertThat(page.select("img")).extracting(e -> e.attr("src")).containsExactly(
                "https://example.org/images/a.jpg", "data:image/png;base64,AA==", "images/other.jpg",
                "//cdn.example/images/a.jpg");
    }
}

package org.bulletin.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which photos a rendered page uses, and the source line each comes from. */
class ImageReferencesTest {

    private static final Set<String> PHOTOS = Set.of("images/a.jpg", "articles/beside.png", "images/2021/b.jpg",
            "images/照片 1.jpg");

    @Test
    void findsImagesAndLinksBesideThePageOrFromTheRootOnceEach() {
        String html = "<main><img src=\"images/a.jpg\"><a href=\"images/a.jpg\">big</a><img src=\"beside.png\">"
                + "<img src=\"/images/2021/b.jpg\"><img src=\"../images/%E7%85%A7%E7%89%87%201.jpg\">"
                + "<img src=\"images/missing.jpg\"><img src=\"https://example.org/images/a.jpg\">"
                + "<img src=\"images/logo.svg\"></main>";

        assertThat(ImageReferences.find(html, "articles/x.html", PHOTOS::contains))
                .extracting(ImageReferences.Found::sitePath)
                .containsExactly("images/a.jpg", "articles/beside.png", "images/2021/b.jpg", "images/照片 1.jpg");
    }

    @Test
    void findsTheLineOfTheImageMacroEvenWithImagesdirOrAGalleryFolder() {
        String text = "= T\n:imagesdir: images\n\nimage::a.jpg[A]\n\n.Week\ngallery::2021/[]\n\nimage::images/c.jpg[]\n";

        assertThat(ImageReferences.lineOf(text, "images/a.jpg")).isEqualTo(4);
        assertThat(ImageReferences.lineOf(text, "images/2021/b.jpg")).isEqualTo(7);
        assertThat(ImageReferences.lineOf(text, "../images/c.jpg")).isEqualTo(9);
        assertThat(ImageReferences.lineOf(text, "images/elsewhere/z.jpg")).isZero();
        assertThat(ImageReferences.lineOf("", "images/a.jpg")).isZero();
    }
}

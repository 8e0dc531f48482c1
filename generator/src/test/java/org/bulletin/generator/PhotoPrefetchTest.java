package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos encoded while JRuby starts: which photos the sources name, and a cold build that encodes them
 * ahead publishes the same files as one that encodes them after conversion.
 */
@ExtendWith(SharedGenerator.class)
class PhotoPrefetchTest {

    @TempDir
    Path tmp;

    @Test
    void namesPhotosByFileNameAndGalleriesByFolder() {
        Set<String> photos = new TreeSet<>(List.of("images/a.jpg", "images/2021/旧照片.jpeg", "images/album/1.png",
                "images/album/2.webp", "images/album/old/3.jpg", "images/icons/x.PNG", "articles/beside.jpg",
                "images/unused.jpg", "images/a.jpg.jpg", "images/other/a2.jpg"));
        List<String> texts = Arrays.asList(
                "= One\n\nimage::images/a.jpg[Alt, 300]\n\nSee image:icons/x.PNG[icon] inline.\n",
                null, // a document that could not be read
                "= Two\n:imagesdir: images/2021\n\nimage::旧照片.jpeg[老照片]\n\ngallery::album/[]\n",
                "= Three\n\nimage::beside.jpg[]\n\nNot a photo: a2.jpg.txt, notes.jpgx\n");

        assertThat(PhotoPrefetch.named(photos, texts)).containsExactly("articles/beside.jpg",
                "images/2021/旧照片.jpeg", "images/a.jpg", "images/album/1.png", "images/album/2.webp",
                "images/icons/x.PNG");
        assertThat(PhotoPrefetch.named(photos, List.of("gallery::images/album[]"))).containsExactly(
                "images/album/1.png", "images/album/2.webp");
        assertThat(PhotoPrefetch.named(photos, List.of("no photos here"))).isEmpty();
    }

    @Test
    void coldBuildEncodesNamedPhotosAheadAndPublishesTheSameFiles(SiteGenerator shared) throws IOException {
        Path site = TestSites.sample(tmp.resolve("site"));
        byte[] spare = Files.readAllBytes(site.resolve("assets/images/review/autumn-park.jpg"));
        spare[spare.length / 2] ^= 1; // other bytes: another cache key
        Files.write(site.resolve("assets/images/spare.jpg"), spare);
        List<String> debug = new CopyOnWriteArrayList<>();
        List<String> info = new CopyOnWriteArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void info(String message) {
                info.add(message);
            }

            @Override
            public void debug(String message) {
                debug.add(message);
            }
        };

        BuildResult ahead;
        try (SiteGenerator fresh = new SiteGenerator(listener)) { // JRuby starts in this build
            ahead = fresh.build(BuildRequest.of(site, tmp.resolve("ahead")));
        }
        shared.load(BuildRequest.of(site, tmp.resolve("unused"))); // its JRuby is running: nothing ahead
        BuildResult after = shared.build(BuildRequest.of(site, tmp.resolve("after")));

        assertThat(ahead.published()).isTrue();
        assertThat(after.published()).isTrue();
        assertThat(debug).anyMatch(m -> m.matches("photos encoded while converting, as the sources name them: [1-4] of 4"));
        // a Chinese site: its stage lines are Chinese
        assertThat(info).anyMatch(m -> m.startsWith("照片：4 张（新处理 4 张，取自缓存 0 张）"))
                .anyMatch(m -> m.contains("没有被任何页面使用") && m.contains("images/spare.jpg"));
        try (var entries = Files.list(tmp.resolve(".ahead.bulletin-cache/images/images-v1"))) {
            assertThat(entries.count()).as("the spare photo is named nowhere: not encoded").isEqualTo(4);
        }
        assertThat(SampleSiteBuildTest.snapshot(tmp.resolve("ahead")))
                .isEqualTo(SampleSiteBuildTest.snapshot(tmp.resolve("after")));
    }
}

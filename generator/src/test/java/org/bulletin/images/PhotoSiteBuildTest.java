package org.bulletin.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Problem;
import org.bulletin.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos through the real generator: a site whose articles use camera photos (EXIF orientation, GPS, XMP,
 * IPTC, a comment) is built with real Asciidoctor, and the published files and pages are read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoSiteBuildTest {

    /** This class's own generator, so the build log (the GPS line) can be read; one JRuby for the class. */
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final SiteGenerator generator = new SiteGenerator(new BuildListener() {
        @Override
        public void info(String message) {
            log.add(message);
        }
    });

    @TempDir
    Path dir;

    @BeforeEach
    void clearLog() {
        log.clear();
    }

    @AfterAll
    void close() {
        generator.close();
    }

    private Path site(String txtar) throws IOException {
        return TestSites.write(dir.resolve("site"), "-- jbake.properties --\nsite.title=Photos\nsite.host=https://example.org/\n"
                + "site.locale=en\n" + txtar);
    }

    private void photo(Path site, String path, byte[] bytes) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String article(int photos) {
        StringBuilder text = new StringBuilder("= Harvest week\n:jbake-date: 2022-03-15\n\nOpening words.\n\n");
        text.append("image::images/camera.jpg[The stall on opening day]\n\n");
        text.append("A long paragraph so that the next photo is further down the page.\n\n".repeat(3));
        for (int i = 2; i <= photos; i++) {
            text.append("image::images/photo-").append(i).append(".jpg[Photo ").append(i).append("]\n\n");
        }
        return text.toString();
    }

    @Test
    void publishesCameraPhotoUprightResizedWithoutLocationAndReportsGps() throws Exception {
        Path site = site("-- content/articles/harvest.adoc --\n" + article(2));
        photo(site, "assets/images/camera.jpg", TestPhotos.withEverything(TestPhotos.jpeg(1600, 1200), 6));
        photo(site, "assets/images/photo-2.jpg", TestPhotos.jpeg(1000, 750));
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.problems()).isEmpty();
        assertThat(log).contains("Photos: 2 images (2 encoded, 0 from cache); 1 carried GPS location data, "
                + "removed from the published copies");
        Map<String, byte[]> files = tree(out);
        assertThat(files).doesNotContainKeys("images/camera.jpg", "images/photo-2.jpg");
        List<String> published = files.keySet().stream().filter(p -> p.startsWith("images/")).toList();
        // turned upright: 1600 x 1200 stored, orientation 6 → 1200 wide; widths 480, 960, 1200; photo-2: 480, 960, 1000
        assertThat(published).hasSize(12).allMatch(p -> p.matches("images/(camera|photo-2)-\\d+\\.[0-9a-f]{8}\\.(jpg|webp)"));
        for (String path : published) {
            byte[] data = files.get(path);
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(data), data.length);
            for (Class<? extends Directory> kind : List.of(ExifIFD0Directory.class, GpsDirectory.class,
                    XmpDirectory.class, IptcDirectory.class, JpegCommentDirectory.class)) {
                assertThat(metadata.getDirectoriesOfType(kind)).as(path + " " + kind.getSimpleName()).isEmpty();
            }
            assertThat(new String(data, java.nio.charset.StandardCharsets.ISO_8859_1)).as(path)
                    .doesNotContain("Garden Road").doesNotContain("Beijing");
        }
        String large = published.stream().filter(p -> p.startsWith("images/camera-1200.") && p.endsWith(".jpg"))
                .findFirst().orElseThrow();
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(files.get(large)));
        assertThat(upright.getWidth()).isEqualTo(1200);
        assertThat(upright.getHeight()).isEqualTo(1600);
        // orientation 6: the stored bottom-left (blue) is shown top-left
        Color topLeft = new Color(upright.getRGB(100, 100));
        assertThat(topLeft.getBlue()).isGreaterThan(150);
        assertThat(topLeft.getRed()).isLessThan(100);

        Document page = Jsoup.parse(new String(files.get("articles/harvest.html"), java.nio.charset.StandardCharsets.UTF_8));
        List<Element> pictures = page.select("main picture");
        assertThat(pictures).hasSize(2);
        Element first = pictures.get(0);
        assertThat(first.selectFirst("source[type=image/webp]").attr("srcset")).isEqualTo(
                "../images/camera-480." + key(published, "camera") + ".webp 480w, ../images/camera-960."
                        + key(published, "camera") + ".webp 960w, ../images/camera-1200." + key(published, "camera")
                        + ".webp 1200w");
        Element img = first.selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("../" + large);
        assertThat(img.attr("srcset")).contains("../images/camera-480.").contains(" 480w").endsWith(" 1200w");
        assertThat(img.attr("sizes")).isEqualTo(ResponsiveImageRewriter.CONTENT_SIZES);
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("1600");
        assertThat(img.attr("alt")).isEqualTo("The stall on opening day");
        assertThat(img.hasAttr("loading")).as("the first photo is above the fold").isFalse();
        Element below = pictures.get(1).selectFirst("img");
        assertThat(below.attr("loading")).isEqualTo("lazy");
        assertThat(below.attr("width")).isEqualTo("1000");
        assertThat(below.attr("height")).isEqualTo("750");
        assertThat(page.select("link[href$=gallery.css], script[src$=gallery.js]")).as("no gallery here").isEmpty();
    }

    private static String key(List<String> published, String stem) {
        String one = published.stream().filter(p -> p.startsWith("images/" + stem + "-")).findFirst().orElseThrow();
        return one.replaceFirst(".*\\.([0-9a-f]{8})\\.\\w+$", "$1");
    }

    @Test
    void rebuildEncodesNothingAndWritesTheSameBytes() throws Exception {
        Path site = site("-- content/articles/harvest.adoc --\n" + article(3));
        photo(site, "assets/images/camera.jpg", TestPhotos.withEverything(TestPhotos.jpeg(1600, 1200), 1));
        photo(site, "assets/images/photo-2.jpg", TestPhotos.jpeg(900, 600));
        photo(site, "assets/images/photo-3.jpg", TestPhotos.jpeg(700, 500));
        Path out = dir.resolve("out");

        assertThat(generator.build(BuildRequest.of(site, out)).problems()).isEmpty();
        Map<String, byte[]> first = tree(out);
        assertThat(log).anyMatch(l -> l.startsWith("Photos: 3 images (3 encoded, 0 from cache)"));
        assertThat(out.resolveSibling(".out.bulletin-cache/images")).isDirectory();
        log.clear();

        assertThat(generator.build(BuildRequest.of(site, out)).problems()).isEmpty();

        assertThat(log).anyMatch(l -> l.startsWith("Photos: 3 images (0 encoded, 3 from cache)"));
        Map<String, byte[]> second = tree(out);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));

        // a fresh output with its own, empty cache: encoded again, the same bytes
        log.clear();
        Path other = dir.resolve("other");
        assertThat(generator.build(BuildRequest.of(site, other)).problems()).isEmpty();
        assertThat(log).anyMatch(l -> l.startsWith("Photos: 3 images (3 encoded, 0 from cache)"));
        Map<String, byte[]> third = tree(other);
        assertThat(third.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(third.get(path)).as(path).isEqualTo(bytes));

        // a photo no longer used leaves the output and the cache
        Files.writeString(site.resolve("content/articles/harvest.adoc"), article(2));
        assertThat(generator.build(BuildRequest.of(site, out)).problems()).isEmpty();
        assertThat(tree(out).keySet()).noneMatch(p -> p.contains("photo-3"));
        try (Stream<Path> entries = Files.list(out.resolveSibling(".out.bulletin-cache/images/images-v1"))) {
            assertThat(entries.count()).isEqualTo(2);
        }
        try (Stream<Path> kept = Files.walk(out.resolveSibling(".out.bulletin-cache/images/published"))) {
            assertThat(kept.filter(Files::isRegularFile).map(Path::toString)).hasSize(10)
                    .noneMatch(p -> p.contains("photo-3"));
        }
    }

    @Test
    void photoNoPageUsesIsNotPublishedAndTheBuildSaysSo() throws Exception {
        Path site = site("-- content/articles/harvest.adoc --\n= Harvest\n:jbake-date: 2022-03-15\n\nNo photos.\n"
                + "-- assets/images/logo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n");
        photo(site, "assets/images/forgotten.jpg", TestPhotos.withEverything(TestPhotos.jpeg(800, 600), 1));
        photo(site, "content/articles/beside.png", TestPhotos.encode(
                TestPhotos.quarters(300, 200, BufferedImage.TYPE_INT_RGB), "png"));
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.problems()).isEmpty();
        assertThat(tree(out).keySet()).contains("images/logo.svg")
                .noneMatch(p -> p.endsWith(".jpg") || p.endsWith(".png") || p.endsWith(".webp"));
        assertThat(log).anyMatch(l -> l.startsWith("2 photos are not used by any page and not published")
                && l.endsWith(": articles/beside.png, images/forgotten.jpg"));
    }

    @Test
    void reportsMissingBrokenAndOversizedPhotosAtTheirLines() throws Exception {
        Path site = site("""
                -- content/articles/harvest.adoc --
                = Harvest
                :jbake-date: 2022-03-15

                image::images/missing.jpg[Missing]

                image::images/broken.jpg[Broken]

                Some text.

                image::images/huge.png[Huge]
                -- assets/images/broken.jpg --
                this is a text file with a photo's name
                """);
        photo(site, "assets/images/huge.png", TestPhotos.pngHeaderOnly(20_000, 20_000));
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.published()).isFalse();
        assertThat(out).doesNotExist();
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "content/articles/harvest.adoc:4: image 'images/missing.jpg' not found: put it in the assets folder "
                        + "(assets/images/missing.jpg) or fix the path",
                "content/articles/harvest.adoc:6: image 'images/broken.jpg' is not a JPEG, PNG, WebP, GIF or SVG "
                        + "image: export it again as JPEG (photos) or PNG (drawings)",
                "content/articles/harvest.adoc:10: image 'images/huge.png' is 20000 x 20000 px (400.0 megapixels), "
                        + "over the limit of 50 megapixels (images.max-megapixels): scale it down before adding it");
        assertThat(result.errors()).hasSize(2);
    }

    @Test
    void reportsBadImageSettingAtItsLineOfJbakeProperties() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.title=Photos
                site.host=https://example.org/
                images.quality = 200
                -- content/articles/a.adoc --
                = A
                :jbake-date: 2022-03-15

                Text.
                """);

        BuildResult result = generator.build(BuildRequest.of(site, dir.resolve("out")));

        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "jbake.properties:3: images.quality = '200' must be a whole number from 1 to 100 (default 80)");
    }

    @Test
    void galleryFolderPublishesItsPhotosAndGetsTheViewerFiles() throws Exception {
        Path site = site("""
                -- content/articles/harvest.adoc --
                = Harvest
                :jbake-date: 2022-03-15

                .Harvest week
                gallery::images/2021/[]
                -- content/articles/again.adoc --
                = Again
                :jbake-date: 2022-03-16
                :imagesdir: images

                gallery::2021/[]
                """);
        photo(site, "assets/images/2021/b-stall.jpg", TestPhotos.withEverything(TestPhotos.jpeg(800, 600), 1));
        photo(site, "assets/images/2021/a-ribbon.jpg", TestPhotos.jpeg(640, 480));
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.problems()).isEmpty();
        assertThat(log).contains("Photos: 2 images (2 encoded, 0 from cache); 1 carried GPS location data, "
                + "removed from the published copies");
        Document page = Jsoup.parse(Files.readString(out.resolve("articles/harvest.html")));
        assertThat(page.select("figure.gallery a.gallery-link picture img")).extracting(e -> e.attr("alt"))
                .containsExactly("a ribbon", "b stall");
        assertThat(page.select("figure.gallery img").get(1).attr("sizes"))
                .isEqualTo(ResponsiveImageRewriter.GALLERY_SIZES);
        assertThat(page.select("a.gallery-link").get(0).attr("href")).matches("\\.\\./images/2021/a-ribbon-640\\."
                + "[0-9a-f]{8}\\.jpg");
        String css = page.select("head link[rel=stylesheet]").last().attr("href");
        assertThat(css).matches("\\.\\./css/gallery\\.[0-9a-f]{8}\\.css"); // content-keyed
        assertThat(page.select("head script[src~=^\\.\\./js/gallery\\.[0-9a-f]{8}\\.js$][defer]")).hasSize(1);
        String js = page.select("head script[src~=gallery]").attr("src");
        assertThat(out.resolve(css.substring(3))).isRegularFile();
        assertThat(out.resolve(js.substring(3))).isRegularFile();
        Document again = Jsoup.parse(Files.readString(out.resolve("articles/again.html")));
        assertThat(again.select("figure.gallery picture img")).as("gallery folder inside :imagesdir:").hasSize(2);
        Document home = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertThat(home.select("script[src$=gallery.js]")).isEmpty();
    }
}

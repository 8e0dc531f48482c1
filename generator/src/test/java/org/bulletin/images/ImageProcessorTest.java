package org.bulletin.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import com.luciad.imageio.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProcessorTest {

    @TempDir
    Path root;

    private Path assets() throws IOException {
        return Files.createDirectories(root.resolve("assets"));
    }

    private void put(String path, byte[] data) throws IOException {
        Path file = assets().resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, data);
    }

    private ImageSet run(String out, String cache, ImageOptions options, Problems problems, String... paths)
            throws IOException {
        ImageProcessor processor = new ImageProcessor(assets(), root.resolve(out),
                cache == null ? null : root.resolve(cache), options);
        List<ImageRequest> requests = Stream.of(paths).map(p -> new ImageRequest(p, "content/a.adoc", 3)).toList();
        return processor.processAll(requests, problems);
    }

    private ImageSet run(String out, String cache, String... paths) throws IOException {
        Problems problems = new Problems();
        ImageSet set = run(out, cache, ImageOptions.defaults(), problems, paths);
        assertThat(problems.sorted()).isEmpty();
        return set;
    }

    private static Metadata metadata(byte[] data) throws Exception {
        return ImageMetadataReader.readMetadata(new ByteArrayInputStream(data), data.length);
    }

    private static BufferedImage decode(byte[] data, String format) throws IOException {
        ImageReader reader = format.equals("webp") ? new WebPImageReaderSpi().createReaderInstance()
                : ImageIO.getImageReadersByFormatName(format).next();
        reader.setInput(new MemoryCacheImageInputStream(new ByteArrayInputStream(data)));
        return reader.read(0);
    }

    private static void assertColour(BufferedImage image, double fx, double fy, Color expected) {
        Color c = new Color(image.getRGB((int) (image.getWidth() * fx), (int) (image.getHeight() * fy)));
        assertThat(Math.abs(c.getRed() - expected.getRed()) + Math.abs(c.getGreen() - expected.getGreen())
                + Math.abs(c.getBlue() - expected.getBlue()))
                .as("colour at %.2f,%.2f is %s, expected %s", fx, fy, c, expected).isLessThan(60);
    }

    @Test
    void removesEveryKindOfMetadataAndCountsPhotosWithGps() throws Exception {
        byte[] source = TestPhotos.withEverything(TestPhotos.jpeg(1600, 1200), 1);
        Metadata before = metadata(source);
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();
        assertThat(before.getFirstDirectoryOfType(XmpDirectory.class)).isNotNull();
        assertThat(before.getFirstDirectoryOfType(IptcDirectory.class)).isNotNull();
        assertThat(before.getFirstDirectoryOfType(JpegCommentDirectory.class)).isNotNull();
        put("images/located.jpg", source);
        put("images/plain.jpg", TestPhotos.jpeg(800, 600));

        ImageSet set = run("out", null, "images/located.jpg", "images/plain.jpg");

        assertThat(set.report().withGps()).isEqualTo(1);
        assertThat(set.report().summary()).contains("1 carried GPS location data");
        assertThat(set.get("images/located.jpg").orElseThrow().hadGps()).isTrue();
        assertThat(set.get("images/plain.jpg").orElseThrow().hadGps()).isFalse();
        for (ResponsiveImage image : set.images().values()) {
            for (Variant v : image.variants()) {
                byte[] published = Files.readAllBytes(root.resolve("out").resolve(v.path()));
                Metadata after = metadata(published);
                for (Class<? extends Directory> kind : List.of(ExifIFD0Directory.class, ExifSubIFDDirectory.class,
                        GpsDirectory.class, XmpDirectory.class, IptcDirectory.class, JpegCommentDirectory.class)) {
                    assertThat(after.getDirectoriesOfType(kind)).as(v.path() + " " + kind.getSimpleName()).isEmpty();
                }
                assertThat(new String(published, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .doesNotContain("Exif").doesNotContain("Garden Road").doesNotContain("Beijing");
            }
        }
        assertThat(root.resolve("out/images/located.jpg")).doesNotExist();
    }

    @Test
    void turnsPhotoUprightFromExifOrientationSix() throws Exception {
        put("images/turned.jpg", TestPhotos.withExif(TestPhotos.jpeg(1600, 1200), 6, false));

        ResponsiveImage image = run("out", null, "images/turned.jpg").get("images/turned.jpg").orElseThrow();

        assertThat(image.width()).isEqualTo(1200);
        assertThat(image.height()).isEqualTo(1600);
        for (Variant v : image.variants()) {
            BufferedImage pixels = decode(Files.readAllBytes(root.resolve("out").resolve(v.path())), v.format());
            assertThat(pixels.getHeight()).isGreaterThan(pixels.getWidth());
            // stored red top-left, rotated 90° clockwise: red top-right, blue top-left, white bottom-left
            assertColour(pixels, 0.8, 0.1, TestPhotos.RED);
            assertColour(pixels, 0.2, 0.1, TestPhotos.BLUE);
            assertColour(pixels, 0.8, 0.9, TestPhotos.GREEN);
            assertColour(pixels, 0.2, 0.9, TestPhotos.WHITE);
        }
    }

    @Test
    void publishesConfiguredWidthsAndNeverUpscales() throws Exception {
        put("images/camera.jpg", TestPhotos.jpeg(4000, 3000));
        put("images/medium.jpg", TestPhotos.jpeg(1200, 900));
        put("images/small.jpg", TestPhotos.jpeg(300, 200));

        ImageSet set = run("out", null, "images/camera.jpg", "images/medium.jpg", "images/small.jpg");

        ResponsiveImage camera = set.get("images/camera.jpg").orElseThrow();
        assertThat(camera.variants("webp")).extracting(Variant::width).containsExactly(480, 960, 1440);
        assertThat(camera.variants("jpeg")).extracting(Variant::width).containsExactly(480, 960, 1440);
        assertThat(camera.variants("jpeg")).extracting(Variant::height).containsExactly(360, 720, 1080);
        assertThat(camera.src()).matches("images/camera-1440\\.[0-9a-f]{8}\\.jpg");
        assertThat(camera.width()).isEqualTo(1440);
        assertThat(camera.height()).isEqualTo(1080);
        assertThat(set.get("images/medium.jpg").orElseThrow().variants("webp")).extracting(Variant::width)
                .containsExactly(480, 960, 1200);
        assertThat(set.get("images/small.jpg").orElseThrow().variants("jpeg")).extracting(Variant::width)
                .containsExactly(300);
        for (ResponsiveImage image : set.images().values()) {
            for (Variant v : image.variants()) {
                BufferedImage pixels = decode(Files.readAllBytes(root.resolve("out").resolve(v.path())), v.format());
                assertThat(pixels.getWidth()).isEqualTo(v.width());
                assertThat(pixels.getHeight()).isEqualTo(v.height());
                assertThat(Files.size(root.resolve("out").resolve(v.path()))).isEqualTo(v.bytes());
            }
        }
        assertThat(camera.webpSrcset("../")).matches(
                "\\.\\./images/camera-480\\.[0-9a-f]{8}\\.webp 480w, \\.\\./images/camera-960\\.[0-9a-f]{8}\\.webp 960w,"
                        + " \\.\\./images/camera-1440\\.[0-9a-f]{8}\\.webp 1440w");
    }

    @Test
    void writesValidLossyWebpThatDecodesBack() throws Exception {
        put("images/camera.jpg", TestPhotos.jpeg(2000, 1500));

        ResponsiveImage image = run("out", null, "images/camera.jpg").get("images/camera.jpg").orElseThrow();

        Variant webp = image.pick("webp", 960);
        byte[] data = Files.readAllBytes(root.resolve("out").resolve(webp.path()));
        assertThat(new String(data, 0, 16, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("RIFF")
                .contains("WEBPVP8 "); // lossy VP8, not VP8L
        BufferedImage pixels = decode(data, "webp");
        assertThat(pixels.getWidth()).isEqualTo(960);
        assertColour(pixels, 0.2, 0.2, TestPhotos.RED);
        assertColour(pixels, 0.8, 0.8, TestPhotos.WHITE);
    }

    @Test
    void keepsPngFallbackForTransparentImages() throws Exception {
        put("images/logo.png", TestPhotos.encode(TestPhotos.quarters(1000, 500, BufferedImage.TYPE_INT_ARGB), "png"));

        ResponsiveImage image = run("out", null, "images/logo.png").get("images/logo.png").orElseThrow();

        assertThat(image.fallbackFormat()).isEqualTo("png");
        assertThat(image.src()).matches("images/logo-1000\\.[0-9a-f]{8}\\.png");
        assertThat(image.variants()).extracting(Variant::format).containsOnly("png", "webp");
    }

    @Test
    void keepsOpaqueScreenshotsLosslessAndTurnsOpaquePngPhotosIntoJpeg() throws Exception {
        // a screenshot or diagram: opaque, few colours; lossy JPEG/WebP would smear its text and edges
        put("images/screen.png", TestPhotos.encode(TestPhotos.quarters(1000, 500, BufferedImage.TYPE_INT_RGB), "png"));
        // a photo saved as PNG: opaque, thousands of colours
        BufferedImage photo = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(19);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                photo.setRGB(x, y, (x * 255 / 800) << 16 | (y * 255 / 600) << 8 | random.nextInt(64));
            }
        }
        put("images/photo.png", TestPhotos.encode(photo, "png"));

        ImageSet set = run("out", null, "images/screen.png", "images/photo.png");

        ResponsiveImage screen = set.get("images/screen.png").orElseThrow();
        assertThat(screen.fallbackFormat()).isEqualTo("png");
        assertThat(screen.variants()).extracting(Variant::format).containsOnly("png", "webp");
        for (Variant webp : screen.variants("webp")) {
            byte[] bytes = Files.readAllBytes(root.resolve("out").resolve(webp.path()));
            assertThat(new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("VP8L");
        }
        ResponsiveImage jpeg = set.get("images/photo.png").orElseThrow();
        assertThat(jpeg.fallbackFormat()).isEqualTo("jpeg");
        for (Variant webp : jpeg.variants("webp")) {
            byte[] bytes = Files.readAllBytes(root.resolve("out").resolve(webp.path()));
            assertThat(new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("VP8 ");
        }
    }

    @Test
    void copiesGifAndSvgAsTheyAre() throws Exception {
        byte[] gif = TestPhotos.encode(TestPhotos.quarters(40, 30, BufferedImage.TYPE_INT_RGB), "gif");
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 60'><rect width='1' height='1'/></svg>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        put("images/anim.gif", gif);
        put("images/map.svg", svg);

        ImageSet set = run("out", null, "images/anim.gif", "images/map.svg");

        assertThat(Files.readAllBytes(root.resolve("out/images/anim.gif"))).isEqualTo(gif);
        assertThat(Files.readAllBytes(root.resolve("out/images/map.svg"))).isEqualTo(svg);
        ResponsiveImage map = set.get("images/map.svg").orElseThrow();
        assertThat(map.copiedAsIs()).isTrue();
        assertThat(List.of(map.src(), map.width(), map.height())).containsExactly("images/map.svg", 120, 60);
        assertThat(set.get("images/anim.gif").orElseThrow().width()).isEqualTo(40);
    }

    @Test
    void rebuildWithCacheEncodesNothingAndGivesIdenticalBytes() throws Exception {
        put("images/a.jpg", TestPhotos.jpeg(1600, 1200));
        put("images/b.jpg", TestPhotos.withEverything(TestPhotos.jpeg(1000, 800), 8));

        ImageSet first = run("out1", "cache", "images/a.jpg", "images/b.jpg");
        ImageSet second = run("out2", "cache", "images/a.jpg", "images/b.jpg");

        assertThat(first.report().encoded()).isEqualTo(2);
        assertThat(second.report()).isEqualTo(new ImageReport(2, 0, 2, 1));
        assertThat(second.images()).isEqualTo(first.images());
        assertThat(tree(root.resolve("out2"))).isEqualTo(tree(root.resolve("out1")));

        put("images/a.jpg", TestPhotos.jpeg(1601, 1200));
        assertThat(run("out3", "cache", "images/a.jpg", "images/b.jpg").report().encoded()).isEqualTo(1);
    }

    @Test
    void warmEncodesIntoTheCacheOnceAndLeavesProblemsToProcessAll() throws Exception {
        put("images/a.jpg", TestPhotos.withEverything(TestPhotos.jpeg(1600, 1200), 6));
        byte[] whole = TestPhotos.jpeg(1200, 900);
        put("images/cut.jpg", java.util.Arrays.copyOf(whole, whole.length / 2));
        put("images/anim.gif", TestPhotos.encode(TestPhotos.quarters(40, 30, BufferedImage.TYPE_INT_RGB), "gif"));
        ImageProcessor ahead = new ImageProcessor(assets(), root.resolve("unused"), root.resolve("cache"),
                ImageOptions.defaults());

        assertThat(ahead.warm("images/a.jpg")).isTrue();
        assertThat(ahead.warm("/images/a.jpg")).as("already in the cache").isFalse();
        assertThat(ahead.warm("images/cut.jpg")).isFalse();
        assertThat(ahead.warm("images/missing.jpg")).isFalse();
        assertThat(ahead.warm("../outside.jpg")).isFalse();
        assertThat(ahead.warm("images/anim.gif")).as("copied as it is, never cached").isFalse();
        assertThat(root.resolve("unused")).doesNotExist();

        Problems problems = new Problems();
        ImageSet set = run("out", "cache", ImageOptions.defaults(), problems, "images/a.jpg", "images/cut.jpg");
        assertThat(set.report()).isEqualTo(new ImageReport(1, 0, 1, 1));
        assertThat(problems.sorted()).extracting(Problem::format).singleElement().asString()
                .startsWith("content/a.adoc:3: image 'images/cut.jpg' could not be read");
        run("cold", "cold-cache", "images/a.jpg");
        assertThat(tree(root.resolve("out"))).isEqualTo(tree(root.resolve("cold")));
    }

    @Test
    void twoColdBuildsAreByteIdentical() throws Exception {
        put("images/a.jpg", TestPhotos.withEverything(TestPhotos.jpeg(2400, 1600), 3));
        put("images/b.png", TestPhotos.encode(TestPhotos.quarters(900, 900, BufferedImage.TYPE_INT_ARGB), "png"));

        run("out1", "cache1", "images/a.jpg", "images/b.png");
        run("out2", "cache2", "images/b.png", "images/a.jpg");

        Map<String, String> one = tree(root.resolve("out1"));
        assertThat(one).hasSize(2 * 3 * 2 - 2); // a: 3 widths x 2 formats; b (900 px): 480 and 900 x 2 formats
        assertThat(tree(root.resolve("out2"))).isEqualTo(one);
    }

    @Test
    void refusesImageOverThePixelLimitFromItsHeaderAlone() throws Exception {
        put("images/huge.png", TestPhotos.pngHeaderOnly(60_000, 40_000));
        Problems problems = new Problems();

        ImageSet set = run("out", null, ImageOptions.defaults(), problems, "images/huge.png");

        assertThat(set.images()).isEmpty();
        assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
                "content/a.adoc:3: image 'images/huge.png' is 60000 x 40000 px (2400.0 megapixels), over the limit"
                        + " of 50 megapixels (images.max-megapixels): scale it down before adding it");
    }

    @Test
    void refusesFileOverTheSizeLimit() throws Exception {
        put("images/big.jpg", TestPhotos.jpeg(1200, 900));
        ImageOptions tiny = new ImageOptions(List.of(480), 80, false, 1000, 50_000_000, 1);
        Problems problems = new Problems();

        run("out", null, tiny, problems, "images/big.jpg");

        assertThat(problems.sorted()).singleElement().extracting(Problem::format).asString()
                .startsWith("content/a.adoc:3: image 'images/big.jpg' is 0.")
                .contains("over the limit of 0.0 MB (images.max-mb)");
    }

    @Test
    void reportsMissingDamagedAndNonImageFilesAtEachReference() throws Exception {
        byte[] whole = TestPhotos.jpeg(1200, 900);
        put("images/cut.jpg", java.util.Arrays.copyOf(whole, whole.length / 2));
        put("images/notes.jpg", "meeting notes, not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        put("images/Harvest.JPG", whole);
        put("images/phone.jpg", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0});
        Problems problems = new Problems();
        ImageProcessor processor = new ImageProcessor(assets(), root.resolve("out"), null, ImageOptions.defaults());

        processor.processAll(List.of(
                new ImageRequest("images/x.jpg", "content/articles/review.adoc", 12),
                new ImageRequest("images/x.jpg", "content/articles/intro.adoc", 4),
                new ImageRequest("images/harvest.jpg", "content/index.adoc", 7),
                new ImageRequest("images/cut.jpg", "content/index.adoc", 8),
                new ImageRequest("images/notes.jpg", "content/index.adoc", 9),
                new ImageRequest("images/phone.jpg", "content/index.adoc", 10),
                new ImageRequest("../secret.jpg", "content/index.adoc", 11)), problems);

        assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
                "content/articles/intro.adoc:4: image 'images/x.jpg' not found in assets/ (check the file name)",
                "content/articles/review.adoc:12: image 'images/x.jpg' not found in assets/ (check the file name)",
                "content/index.adoc:7: image 'images/harvest.jpg' not found in assets/ (check the file name;"
                        + " did you mean 'images/Harvest.JPG'?)",
                "content/index.adoc:8: image 'images/cut.jpg' could not be read, the file is damaged or incomplete"
                        + " (Truncated File - Missing EOI marker): copy or export it again",
                "content/index.adoc:9: image 'images/notes.jpg' is not a JPEG, PNG, WebP, GIF or SVG image:"
                        + " export it again as JPEG (photos) or PNG (drawings)",
                "content/index.adoc:10: image 'images/phone.jpg' is in HEIC (iPhone photo) format, which Bulletin"
                        + " does not publish: export it again as JPEG (photos) or PNG (drawings)",
                "content/index.adoc:11: image '../secret.jpg' points outside assets/: put the photo inside the"
                        + " assets folder and reference it from there");
    }

    @Test
    void readsOptionsFromConfigAndReportsBadValues() {
        Problems problems = new Problems();
        ImageOptions options = ImageOptions.parse(Map.of("images.widths", "320, 640", "images.quality", "75",
                "images.keep-original", "true", "images.max-mb", "ten"), "bulletin.properties", problems);

        assertThat(options.widths()).containsExactly(320, 640);
        assertThat(options.quality()).isEqualTo(75);
        assertThat(options.keepOriginal()).isTrue();
        assertThat(options.maxBytes()).isEqualTo(30L * 1024 * 1024);
        assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
                "bulletin.properties: images.max-mb = 'ten' must be a whole number from 1 to 2000 (default 30)");
    }

    @Test
    void keepOriginalPublishesFullSizeWithoutMetadata() throws Exception {
        put("images/camera.jpg", TestPhotos.withEverything(TestPhotos.jpeg(2000, 1500), 1));
        ImageOptions keep = new ImageOptions(List.of(480, 960, 1440), 80, true, 30L << 20, 50_000_000, 2);
        Problems problems = new Problems();

        ResponsiveImage image = run("out", null, keep, problems, "images/camera.jpg").get("images/camera.jpg")
                .orElseThrow();

        assertThat(image.variants("jpeg")).extracting(Variant::width).containsExactly(480, 960, 1440, 2000);
        assertThat(image.width()).isEqualTo(2000);
        assertThat(metadata(Files.readAllBytes(root.resolve("out").resolve(image.src())))
                .getDirectoriesOfType(GpsDirectory.class)).isEmpty();
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), ImageCache.sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}

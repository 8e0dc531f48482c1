package org.bulletin.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile image files: metadata bombs, GIF metadata, active SVG content. */
class ImageHardeningTest {

    @TempDir
    Path root;

    private void put(String path, byte[] data) throws IOException {
        Path file = root.resolve("assets").resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, data);
    }

    private ImageSet run(Problems problems, String... paths) {
        ImageProcessor processor = new ImageProcessor(root.resolve("assets"), root.resolve("out"), null,
                ImageOptions.defaults());
        return processor.processAll(java.util.stream.Stream.of(paths)
                .map(p -> new ImageRequest(p, "content/a.adoc", 3)).toList(), problems);
    }

    @Test
    void pngWhoseMetadataInflatesToGigabytesIsPublishedWithoutInflatingIt() throws Exception {
        byte[] bomb = TestPhotos.pngWithMetadataBomb("zTXt", 3);
        assertThat(bomb.length).isLessThan(4 << 20);
        put("images/bomb.png", bomb);
        put("images/itxt.png", TestPhotos.pngWithMetadataBomb("iTXt", 3));
        put("images/iccp.png", TestPhotos.pngWithMetadataBomb("iCCP", 3));
        Problems problems = new Problems();

        ImageSet set = run(problems, "images/bomb.png", "images/itxt.png", "images/iccp.png");

        assertThat(problems.sorted()).isEmpty();
        assertThat(set.images()).containsOnlyKeys("images/bomb.png", "images/itxt.png", "images/iccp.png");
        ResponsiveImage image = set.get("images/bomb.png").orElseThrow();
        assertThat(List.of(image.width(), image.height())).containsExactly(64, 48);
        assertThat(Files.size(root.resolve("out").resolve(image.src()))).isLessThan(100_000);
    }

    @Test
    void chunkLimitKeepsOrdinaryPngsAsTheyAre() throws Exception {
        byte[] png = TestPhotos.encode(TestPhotos.quarters(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB), "png");
        assertThat(PngChunks.withoutMetadataBombs(png)).isSameAs(png);
        byte[] bomb = TestPhotos.pngWithMetadataBomb("zTXt", 1);
        assertThat(PngChunks.withoutMetadataBombs(bomb)).isEqualTo(png);
    }

    /** A two-frame looping GIF (1 x 1 px), optionally with a comment, XMP with GPS and bytes after the end. */
    static byte[] animatedGif(boolean metadata) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {1, 0, 1, 0, (byte) 0x80, 0, 0}); // 1 x 1, global colour table of 2
        out.writeBytes(new byte[] {(byte) 200, 20, 20, 20, 20, (byte) 200});
        out.writeBytes(new byte[] {0x21, (byte) 0xff, 11});
        out.writeBytes("NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {3, 1, 0, 0, 0}); // loop for ever
        if (metadata) {
            out.writeBytes(new byte[] {0x21, (byte) 0xfe, 11});
            out.writeBytes("taken at 12".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(new byte[] {0});
        }
        out.writeBytes(new byte[] {0x21, (byte) 0xf9, 4, 4, 10, 0, 0, 0}); // frame 1: 0.1 s
        out.writeBytes(new byte[] {0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0});
        if (metadata) {
            out.writeBytes(new byte[] {0x21, (byte) 0xff, 11});
            out.writeBytes(("XMP DataXMP<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"
                    + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about=''"
                    + " xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='39,54.0N'"
                    + " exif:GPSLongitude='116,23.0E'/></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.US_ASCII));
            out.write(1);
            for (int b = 255; b >= 0; b--) {
                out.write(b); // the XMP "magic trailer", which makes the raw packet parse as sub-blocks
            }
            out.write(0);
        }
        out.writeBytes(new byte[] {0x21, (byte) 0xf9, 4, 4, 20, 0, 0, 0}); // frame 2: 0.2 s
        out.writeBytes(new byte[] {0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0});
        out.write(0x3b);
        if (metadata) {
            out.writeBytes("PK hidden archive".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    @Test
    void gifLosesItsMetadataKeepsItsFramesAndCountsGpsFromXmp() throws Exception {
        put("images/anim.gif", animatedGif(true));
        put("images/plain.gif", animatedGif(false));
        Problems problems = new Problems();

        ImageSet set = run(problems, "images/anim.gif", "images/plain.gif");

        assertThat(formatted(problems)).isEmpty();
        assertThat(Files.readAllBytes(root.resolve("out/images/anim.gif"))).isEqualTo(animatedGif(false));
        assertThat(Files.readAllBytes(root.resolve("out/images/plain.gif"))).isEqualTo(animatedGif(false));
        assertThat(set.report().withGps()).isEqualTo(1);
        assertThat(set.get("images/anim.gif").orElseThrow().hadGps()).isTrue();
        javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
        reader.setInput(javax.imageio.ImageIO.createImageInputStream(root.resolve("out/images/anim.gif").toFile()));
        assertThat(reader.getNumImages(true)).isEqualTo(2);
    }

    @Test
    void truncatedGifIsReportedAtItsReference() throws Exception {
        byte[] gif = animatedGif(false);
        put("images/cut.gif", java.util.Arrays.copyOf(gif, gif.length - 8));
        Problems problems = new Problems();

        run(problems, "images/cut.gif");

        assertThat(formatted(problems)).containsExactly("content/a.adoc:3: image 'images/cut.gif' could not be read,"
                + " the file is damaged or incomplete (GIF ends inside a block): copy or export it again");
    }

    static final String HOSTILE_SVG = "<?xml version='1.0' encoding='UTF-8'?>\n"
            + "<?xml-stylesheet href='https://evil.example/x.css'?>\n"
            + "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
            + " viewBox='0 0 120 60' onload='steal()'>\n"
            + "  <script>fetch('/api')</script><SCRIPT xlink:href='https://evil.example/x.js'/>\n"
            + "  <rect id='r' width='10' height='10' onclick='steal()' fill='url(#g)'/>\n"
            + "  <foreignObject><iframe xmlns='http://www.w3.org/1999/xhtml' src='/'/></foreignObject>\n"
            + "  <use href='#r'/><use xlink:href='other.svg#r'/><use href='https://evil.example/a.svg#x'/>\n"
            + "  <a href='javascript:steal()'><text>tap</text></a><a href='../index.html'><text>home</text></a>\n"
            + "  <image href='data:image/png;base64,iVBORw0KGgo='/><image href='data:text/html,&lt;b&gt;'/>\n"
            + "  <image xlink:href='//evil.example/track.png'/><set attributeName='href' to='javascript:x()'/>\n"
            + "  <style>@import url(https://evil.example/y.css);</style><style>rect { fill: red }</style>\n"
            + "</svg>\n";

    @Test
    void svgIsCleanedOfScriptsHandlersAndExternalReferencesWithAWarningAtEachReference() throws Exception {
        put("images/map.svg", HOSTILE_SVG.getBytes(StandardCharsets.UTF_8));
        Problems problems = new Problems();
        ImageProcessor processor = new ImageProcessor(root.resolve("assets"), root.resolve("out"), null,
                ImageOptions.defaults());

        ImageSet set = processor.processAll(List.of(new ImageRequest("images/map.svg", "content/b.adoc", 9),
                new ImageRequest("images/map.svg", "content/a.adoc", 3)), problems);

        String removed = "<?xml-stylesheet?>, onload attribute, <script> (2), onclick attribute,"
                + " <foreignObject>, xlink:href to another file, href to another site, href to javascript:,"
                + " href to data:, xlink:href to another site, <set> of href, <style> loading from elsewhere";
        String warning = "image 'images/map.svg' held content that runs or loads from elsewhere when the SVG is"
                + " opened on its own, removed from the published copy: " + removed
                + " (draw it without scripts, event handlers or links to other sites)";
        assertThat(formatted(problems)).containsExactly("content/a.adoc:3: " + warning, "content/b.adoc:9: " + warning);
        assertThat(problems.hasErrors()).isFalse();
        String out = Files.readString(root.resolve("out/images/map.svg"));
        assertThat(out).doesNotContainIgnoringCase("script").doesNotContain("steal").doesNotContain("evil")
                .doesNotContain("foreignObject").doesNotContain("iframe").doesNotContain("other.svg")
                .doesNotContain("text/html");
        assertThat(out).contains("<rect", "fill=\"url(#g)\"", "href=\"#r\"", "href=\"../index.html\"",
                "data:image/png;base64", "rect { fill: red }", ">tap<");
        assertThat(set.get("images/map.svg").orElseThrow().width()).isEqualTo(120);

        byte[] first = Files.readAllBytes(root.resolve("out/images/map.svg"));
        run(new Problems(), "images/map.svg");
        assertThat(Files.readAllBytes(root.resolve("out/images/map.svg"))).isEqualTo(first);
    }

    @Test
    void svgWithADoctypeAndNothingActiveIsCopiedByteForByte() throws Exception {
        byte[] svg = ("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg xmlns='http://www.w3.org/2000/svg' width='8' height='4'><a href='page.html'><rect width='1'"
                + " height='1'/></a><image href='photo.png'/></svg>\n").getBytes(StandardCharsets.UTF_8);
        put("images/old.svg", svg);
        Problems problems = new Problems();

        ImageSet set = run(problems, "images/old.svg");

        assertThat(formatted(problems)).isEmpty();
        assertThat(Files.readAllBytes(root.resolve("out/images/old.svg"))).isEqualTo(svg);
        assertThat(set.get("images/old.svg").orElseThrow().width()).isEqualTo(8);
    }

    @Test
    void svgThatIsNotWellFormedIsAnError() throws Exception {
        put("images/bad.svg", "<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>".getBytes(StandardCharsets.UTF_8));
        Problems problems = new Problems();

        run(problems, "images/bad.svg");

        assertThat(formatted(problems)).singleElement().asString()
                .startsWith("content/a.adoc:3: image 'images/bad.svg' could not be read, the file is damaged or"
                        + " incomplete (SVG is not well-formed XML: ");
    }

    static List<String> formatted(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}

package org.bulletin.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    static List<String> formatted(Problems problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}

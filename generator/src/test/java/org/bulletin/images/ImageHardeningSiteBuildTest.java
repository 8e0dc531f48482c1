package org.bulletin.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Problem;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Hostile GIF, SVG and PNG files through the real generator: what is published and what the build says. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageHardeningSiteBuildTest {

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final SiteGenerator generator = new SiteGenerator(new BuildListener() {
        @Override
        public void info(String message) {
            log.add(message);
        }
    });

    @TempDir
    Path dir;

    @AfterAll
    void close() {
        generator.close();
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

    private static void put(Path site, String path, byte[] bytes) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    @Test
    void gifAndSvgAreCleanedUsedOrNotAndMetadataBombsBuild() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.title=Photos
                site.host=https://example.org/
                site.locale=en
                -- content/articles/harvest.adoc --
                = Harvest
                :jbake-date: 2022-03-15

                image::images/anim.gif[Animation]

                image::images/map.svg[Map]

                image::images/bomb.png[Bomb]
                """);
        put(site, "assets/images/anim.gif", ImageHardeningTest.animatedGif(true));
        put(site, "assets/images/map.svg", ImageHardeningTest.HOSTILE_SVG.getBytes(StandardCharsets.UTF_8));
        put(site, "assets/images/pattern.svg", ("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script>"
                + "<rect width='4' height='4'/></svg>").getBytes(StandardCharsets.UTF_8));
        put(site, "assets/images/bomb.png", TestPhotos.pngWithMetadataBomb("zTXt", 3));
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.errors()).isEmpty();
        assertThat(result.problems()).extracting(Problem::format).satisfiesExactly(
                p -> assertThat(p).startsWith("assets/images/pattern.svg: image 'images/pattern.svg' held content"
                        + " that runs or loads from elsewhere").contains("removed from the published copy: <script>"),
                p -> assertThat(p).startsWith("content/articles/harvest.adoc:6: image 'images/map.svg' held content")
                        .contains(": <?xml-stylesheet?>, onload attribute, <script> (2),"));
        Map<String, byte[]> files = tree(out);
        assertThat(files.get("images/anim.gif")).isEqualTo(ImageHardeningTest.animatedGif(false));
        assertThat(new String(files.get("images/map.svg"), StandardCharsets.UTF_8)).doesNotContainIgnoringCase("script")
                .doesNotContain("evil").contains("<rect");
        assertThat(new String(files.get("images/pattern.svg"), StandardCharsets.UTF_8)).doesNotContain("script")
                .contains("<rect");
        assertThat(files.keySet()).anyMatch(p -> p.startsWith("images/bomb-") && p.endsWith(".webp"));
        assertThat(log).anyMatch(l -> l.startsWith("Photos: 1 images (1 encoded, 0 from cache); 1 carried GPS"));

        log.clear();
        Path again = dir.resolve("again");
        generator.build(BuildRequest.of(site, again));
        Map<String, byte[]> second = tree(again);
        assertThat(second.keySet()).isEqualTo(files.keySet());
        files.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void anSvgFoundCleanOnceIsCleanedAgainWhenItChanges() throws Exception {
        Path site = dir.resolve("memo");
        put(site, "jbake.properties", "site.host=https://example.org/\n".getBytes(StandardCharsets.UTF_8));
        put(site, "content/a.adoc", "= A\n:jbake-type: page\n\nimage::images/logo.svg[Logo]\n"
                .getBytes(StandardCharsets.UTF_8));
        byte[] clean = "<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'><rect width='4' height='4'/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        put(site, "assets/images/logo.svg", clean);
        Path out = dir.resolve("memo-out");
        assertThat(generator.build(BuildRequest.of(site, out)).problems()).isEmpty();
        assertThat(Files.readAllBytes(out.resolve("images/logo.svg"))).isEqualTo(clean);
        assertThat(generator.build(BuildRequest.of(site, out)).problems()).isEmpty(); // known clean: not parsed
        assertThat(Files.readAllBytes(out.resolve("images/logo.svg"))).isEqualTo(clean);
        Path known = dir.resolve(".memo-out.bulletin-cache/clean-copies.txt");
        assertThat(known).isRegularFile();
        Files.write(known, new byte[] {(byte) 0xff, (byte) 0xfe, 0, '\n'}); // damaged: only slower
        assertThat(generator.build(BuildRequest.of(site, out)).problems()).isEmpty();
        assertThat(Files.readAllBytes(out.resolve("images/logo.svg"))).isEqualTo(clean);

        put(site, "assets/images/logo.svg", ("<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'>"
                + "<script>alert(1)</script><rect width='4' height='4'/></svg>").getBytes(StandardCharsets.UTF_8));
        BuildResult changed = generator.build(BuildRequest.of(site, out));

        assertThat(changed.problems()).singleElement().satisfies(p -> assertThat(p.format())
                .startsWith("content/a.adoc:4: image 'images/logo.svg' held content"));
        assertThat(Files.readString(out.resolve("images/logo.svg"))).doesNotContain("script").contains("<rect");
    }
}

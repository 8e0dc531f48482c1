package org.bulletin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme's style sheets and scripts, built by the real generator, are published under content-keyed
 * names, so {@code bulletin deploy} lets browsers (WeChat's among them) keep them for a year; the site's
 * own version of the theme's style sheet is keyed too, and a change to it changes the name.
 */
@ExtendWith(SharedGenerator.class)
class ContentKeyedThemeTest {

    @TempDir
    Path dir;

    @Test
    void theThemesCssAndScriptsAreContentKeyedAndDeployedImmutable(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.title=Test
                -- content/about.adoc --
                = About
                :jbake-type: page
                :jbake-status: published

                Hello.
                -- assets/css/site.css --
                @import "print.css";
                body { color: #111111 }
                """);
        Path out = dir.resolve("out");
        build(generator, site, out);

        List<String> files = files(out);
        String siteCss = only(files, "css/site\\.[0-9a-f]{8}\\.css");
        String siteJs = only(files, "js/site\\.[0-9a-f]{8}\\.js");
        String printCss = only(files, "css/print\\.[0-9a-f]{8}\\.css");
        assertThat(files).doesNotContain("css/site.css", "js/site.js", "css/print.css", "css/printable.css",
                "js/quiz.js");
        assertThat(Files.readString(out.resolve(siteCss))).startsWith("@import \"" + printCss.substring(4) + "\";")
                .contains("#111111");
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("href=\"" + siteCss + "\"", "src=\"" + siteJs + "\"");
        assertThat(Files.readString(out.resolve("about.html"))).contains("href=\"" + siteCss + "\"");
        assertThat(Files.readString(out.resolve("404.html"))).contains("href=\"/" + siteCss + "\"");

        FileHeaders headers = new FileHeaders("feed.xml", "sitemap.xml");
        for (String keyed : List.of(siteCss, siteJs, printCss)) {
            assertThat(headers.cacheControl(keyed)).as(keyed).isEqualTo(FileHeaders.IMMUTABLE);
        }
        assertThat(headers.contentType(siteCss)).isEqualTo("text/css; charset=utf-8");

        Path www = dir.resolve("www");
        DeployResult deployed = Deployer.deploy(new DeployRequest(out, site, Map.of(),
                new DeployOptions(www.toString(), null, null, null, null, false, false, false), Map.of(),
                new RecordingListener()));
        assertThat(deployed.status()).as(deployed.messages().toString()).isEqualTo(DeployResult.Status.DEPLOYED);
        assertThat(www.resolve(siteCss)).hasSameBinaryContentAs(out.resolve(siteCss));

        Files.writeString(site.resolve("assets/css/site.css"), "body { color: #222222 }\n", StandardCharsets.UTF_8);
        build(generator, site, out);
        String edited = only(files(out), "css/site\\.[0-9a-f]{8}\\.css");
        assertThat(edited).isNotEqualTo(siteCss);
        assertThat(Files.readString(out.resolve("about.html"))).contains("href=\"" + edited + "\"");
    }

    private static void build(SiteGenerator generator, Path site, Path out) throws Exception {
        BuildResult result = generator.build(BuildRequest.of(site, out));
        assertThat(result.published()).as(result.problems().toString()).isTrue();
    }

    private static List<String> files(Path out) throws Exception {
        try (var walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static String only(List<String> files, String regex) {
        List<String> matching = files.stream().filter(f -> f.matches(regex)).toList();
        assertThat(matching).as(regex + " in " + files).hasSize(1);
        return matching.get(0);
    }
}

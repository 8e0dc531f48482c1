package org.bulletin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview runs at the root of 127.0.0.1 while site.host has a path ({@code /meiting/}, as the sample's
 * does): the 404 page, whose links start at that path, must find its stylesheet and script there.
 */
@ExtendWith(SharedGenerator.class)
class DevServerBasePathTest {

    @TempDir
    Path tmp;

    @Test
    void notFoundPageIsStyledInThePreviewOfASiteUnderAPath(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/meiting/
                -- content/a.adoc --
                = A
                :jbake-date: 2022-03-14

                x
                """);
        try (DevServer server = new DevServer(generator, BuildRequest.of(site, tmp.resolve("out")), "127.0.0.1", 0,
                r -> { }, false)) {
            RawHttp.Response missing = RawHttp.get(server.port(), "/no/such/page.html");
            assertThat(missing.status()).isEqualTo(404);
            Matcher css = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(missing.body());
            assertThat(css.find()).isTrue();
            assertThat(css.group(1)).matches("/meiting/css/site\\.[0-9a-f]{8}\\.css"); // content-keyed
            assertThat(RawHttp.get(server.port(), css.group(1)).status()).isEqualTo(200);
            assertThat(RawHttp.get(server.port(), "/meiting/").body()).contains("<html");
            assertThat(RawHttp.get(server.port(), css.group(1).substring("/meiting".length())).status()).isEqualTo(200);
            assertThat(RawHttp.get(server.port(), "/meiting/../../etc/passwd").status()).isEqualTo(404);
        }
    }
}

package org.bulletin.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContentKeysTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void stylesAndScriptsGetTheirBytesKeyAndReferencesBetweenThemAreRewrittenFirst() {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("css/site.css", utf8("@import \"print.css\";\n/* 注释 */ .x { background: url('../img/a.png') }\n"
                + ".y { behavior: url(../js/site.js?v=1) }\n"));
        files.put("css/print.css", utf8("body { color: black }\n"));
        files.put("js/site.js", utf8("var a = 1;\n"));
        files.put("favicon.svg", utf8("<svg/>"));

        ContentKeys.Keyed keyed = ContentKeys.of(files);

        String print = keyed.names().get("css/print.css");
        String js = keyed.names().get("js/site.js");
        String site = keyed.names().get("css/site.css");
        assertThat(print).matches("css/print\\.[0-9a-f]{8}\\.css");
        assertThat(js).matches("js/site\\.[0-9a-f]{8}\\.js");
        assertThat(keyed.names()).doesNotContainKey("favicon.svg");
        assertThat(keyed.files()).containsOnlyKeys(print, js, site, "favicon.svg");
        String css = new String(keyed.files().get(site), StandardCharsets.UTF_8);
        assertThat(css).isEqualTo("@import \"" + print.substring(4) + "\";\n/* 注释 */ .x { background: "
                + "url('../img/a.png') }\n.y { behavior: url(../" + js + "?v=1) }\n");
        assertThat(site).isEqualTo(ContentKeys.name("css/site.css", keyed.files().get(site)));

        Map<String, byte[]> changed = new TreeMap<>(files);
        changed.put("css/print.css", utf8("body { color: #111 }\n"));
        ContentKeys.Keyed again = ContentKeys.of(changed);
        assertThat(again.names().get("css/print.css")).isNotEqualTo(print);
        assertThat(again.names().get("css/site.css")).as("a referenced file's new key changes the referrer's")
                .isNotEqualTo(site);
        assertThat(again.names().get("js/site.js")).isEqualTo(js);
        assertThat(ContentKeys.of(files).names()).isEqualTo(keyed.names());
    }

    @Test
    void styleSheetsThatImportEachOtherKeepTheirNames() {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("css/a.css", utf8("@import url(b.css); @import url(/js/x.js);"));
        files.put("css/b.css", utf8("@import url(a.css);"));
        files.put("js/x.js", utf8("1"));

        ContentKeys.Keyed keyed = ContentKeys.of(files);

        assertThat(keyed.names()).containsOnlyKeys("js/x.js");
        assertThat(keyed.files()).containsKeys("css/a.css", "css/b.css");
        assertThat(new String(keyed.files().get("css/a.css"), StandardCharsets.UTF_8))
                .isEqualTo("@import url(b.css); @import url(/" + keyed.names().get("js/x.js") + ");");
    }
}

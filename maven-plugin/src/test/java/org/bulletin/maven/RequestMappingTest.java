package org.bulletin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.bulletin.generator.BuildRequest;
import org.junit.jupiter.api.Test;

class RequestMappingTest {

    private static final File SITE = new File("/work/site");
    private static final File OUT = new File("/work/site/target/bulletin-site");

    private static Properties userProperties(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void mapsFoldersAndStrictToTheRequest() {
        BuildRequest request = RequestMapping.request(SITE, OUT, null, Boolean.TRUE, null, new Properties());

        assertThat(request.siteDir()).isEqualTo(Path.of("/work/site"));
        assertThat(request.outputDir()).isEqualTo(Path.of("/work/site/target/bulletin-site"));
        assertThat(request.strict()).isTrue();
        assertThat(request.overrides()).isEmpty();
    }

    @Test
    void leavesStrictToTheSiteWhenTheParameterIsUnset() {
        BuildRequest request = RequestMapping.request(SITE, OUT, null, null, null, new Properties());

        assertThat(request.strict()).isNull();
    }

    @Test
    void passesSitePropertiesFromThePomAsOverrides() {
        Map<String, String> pom = new LinkedHashMap<>();
        pom.put("site.host", " https://example.org/week/ ");
        pom.put("index.posts", "5");
        pom.put("site.icp", null);

        BuildRequest request = RequestMapping.request(SITE, OUT, null, null, pom, new Properties());

        assertThat(request.overrides()).isEqualTo(Map.of(
                "index.posts", "5", "site.host", "https://example.org/week/", "site.icp", ""));
    }

    @Test
    void baseUrlOverridesTheHostOfSiteProperties() {
        Map<String, String> pom = Map.of("site.host", "https://www.example.org/");

        BuildRequest request = RequestMapping.request(SITE, OUT, "https://staging.example.org/", null, pom,
                new Properties());

        assertThat(request.overrides()).containsEntry("site.host", "https://staging.example.org/");
    }

    @Test
    void commandLinePropertiesWinOverThePomAndBaseUrl() {
        Map<String, String> pom = Map.of("site.host", "https://www.example.org/", "site.title", "Week");
        Properties cli = userProperties("bulletin.site.host", "https://test.example.org/",
                "bulletin.campaign.start", "2026-03-01");

        BuildRequest request = RequestMapping.request(SITE, OUT, "https://staging.example.org/", null, pom, cli);

        assertThat(request.overrides()).isEqualTo(Map.of(
                "campaign.start", "2026-03-01", "site.host", "https://test.example.org/", "site.title", "Week"));
    }

    @Test
    void ignoresThePluginsOwnParametersAndForeignProperties() {
        Properties cli = userProperties("bulletin.skip", "true", "bulletin.strict", "true",
                "bulletin.baseUrl", "https://staging.example.org/", "bulletin.outputDirectory", "/tmp/x",
                "site.host", "https://not-ours.example.org/", "skipTests", "true", "bulletin.", "x",
                "bulletin.trailing.", "x");

        assertThat(RequestMapping.overrides(null, null, cli)).isEmpty();
    }

    @Test
    void namesSiteKeysByRemovingThePrefix() {
        assertThat(RequestMapping.siteKey("bulletin.site.host")).isEqualTo("site.host");
        assertThat(RequestMapping.siteKey("bulletin.quiz.prize.count")).isEqualTo("quiz.prize.count");
        assertThat(RequestMapping.siteKey("bulletin.verbose")).isNull();
        assertThat(RequestMapping.siteKey("maven.site.host")).isNull();
    }
}

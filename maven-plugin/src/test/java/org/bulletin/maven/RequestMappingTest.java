package org.bulletin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bulletin.check.CheckRequest;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.report.AttemptPolicy;
import org.bulletin.report.ReportRequest;
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
    void keepsTheCacheBesideTheOutputUnlessTheParametersSayOtherwise() {
        BuildRequest request = RequestMapping.request(SITE, OUT, null, null, null, new Properties());

        assertThat(RequestMapping.withCache(request, null, false).effectiveCacheDir())
                .isEqualTo(Path.of("/work/site/target/.bulletin-site.bulletin-cache"));
        assertThat(RequestMapping.withCache(request, null, false).useCache()).isTrue();
        BuildRequest elsewhere = RequestMapping.withCache(request, new File("/work/site/.bulletin-cache"), false);
        assertThat(elsewhere.effectiveCacheDir()).isEqualTo(Path.of("/work/site/.bulletin-cache"));
        assertThat(elsewhere.useCache()).isTrue();
        assertThat(RequestMapping.withCache(request, null, true).useCache()).isFalse();
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

    @Test
    void mapsReportParametersWithTheAttemptInAnyCase() {
        File results = new File("/work/results.jsonl");
        ReportRequest request = RequestMapping.reportRequest(List.of(results), null, List.of(), null, "Best", 3,
                "2026-03-20 Ms Wang", new File("/work/site/target/bulletin-report"));

        assertThat(request.results()).containsExactly(Path.of("/work/results.jsonl"));
        assertThat(request.accessLogs()).isEmpty();
        assertThat(request.attempt()).isEqualTo(AttemptPolicy.BEST);
        assertThat(request.drawCount()).isEqualTo(3);
        assertThat(request.drawSeed()).isEqualTo("2026-03-20 Ms Wang");
        assertThat(request.output()).isEqualTo(Path.of("/work/site/target/bulletin-report"));
    }

    @Test
    void mapsThePrizeParametersAndLeavesTheAttemptToEachQuizWhenUnset() {
        File out = new File("/work/report");
        ReportRequest base = RequestMapping.reportRequest(List.of(new File("/work/r.jsonl")), null, null, null, null, 0,
                null, out);
        assertThat(base.attempt()).as("each quiz's :quiz-counts:").isNull();
        ReportRequest request = RequestMapping.withPrizes(base, new File("/var/lib/bulletin/collect"),
                List.of(new File("/work/staff.txt")), "Asia/Shanghai", 5, "40/10min");
        assertThat(request.prizes().claimKey()).isEqualTo(Path.of("/var/lib/bulletin/collect"));
        assertThat(request.prizes().exclude()).containsExactly(Path.of("/work/staff.txt"));
        assertThat(request.prizes().zone()).hasToString("Asia/Shanghai");
        assertThat(request.prizes().rank()).isEqualTo(5);
        assertThat(request.prizes().clusters()).isEqualTo(new org.bulletin.report.ClusterRule(40, java.time.Duration.ofMinutes(10)));
        assertThat(RequestMapping.withPrizes(base, null, null, null, 0, null).prizes().clusters())
                .isEqualTo(org.bulletin.report.ClusterRule.DEFAULT);
        assertThatThrownBy(() -> RequestMapping.withPrizes(base, null, null, "Mars/Olympus", 0, null))
                .hasMessageContaining("zone (bulletin.zone) 'Mars/Olympus' is not a time zone");
        assertThatThrownBy(() -> RequestMapping.withPrizes(base, null, null, null, 0, "many"))
                .hasMessageContaining("bulletin.cluster 'many' is not a cluster rule");
    }

    @Test
    void refusesAReportWithoutInputsADrawWithoutSeedAndAnUnknownAttempt() {
        File out = new File("/work/report");
        List<File> results = List.of(new File("/work/results.jsonl"));

        assertThatThrownBy(() -> RequestMapping.reportRequest(null, null, null, null, "first", 0, null, out))
                .hasMessageContaining("give at least one of results, accessLogs, analyticsCsv, paper");
        assertThatThrownBy(() -> RequestMapping.reportRequest(results, null, null, null, "first", 2, " ", out))
                .hasMessageContaining("a draw (bulletin.draw) needs a seed (bulletin.seed)");
        assertThatThrownBy(() -> RequestMapping.reportRequest(results, null, null, null, "median", 0, null, out))
                .hasMessageContaining("attempt (bulletin.attempt) must be first, best or last, not 'median'");
    }

    @Test
    void mapsCheckParametersToTheCheckRequest() {
        CheckRequest request = RequestMapping.checkRequest(OUT, SITE, 150, false,
                new File("/work/site/target/bulletin-check.xml"), BuildListener.SILENT);

        assertThat(request.outputDir()).isEqualTo(Path.of("/work/site/target/bulletin-site"));
        assertThat(request.siteDir()).isEqualTo(Path.of("/work/site"));
        assertThat(request.budgetKb()).isEqualTo(150);
        assertThat(request.browser()).isFalse();
        assertThat(request.junitXml()).isEqualTo(Path.of("/work/site/target/bulletin-check.xml"));
    }

    @Test
    void leavesTheBudgetToTheSiteAndWritesNoJunitReportByDefault() {
        CheckRequest request = RequestMapping.checkRequest(OUT, SITE, null, true, null, BuildListener.SILENT);

        assertThat(request.budgetKb()).isNull();
        assertThat(request.junitXml()).isNull();
        assertThat(request.browser()).isTrue();
    }
}

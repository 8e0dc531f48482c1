package org.bulletin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.bulletin.problem.Problems;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsChineseValuesAsUtf8AndAppliesDefaults() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.title=美亭社区社工宣传周
                site.host=https://example.org/meiting
                campaign.start=2022-03-14
                """);
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(dir, Map.of(), problems);

        assertThat(problems.sorted()).isEmpty();
        assertThat(config.title()).isEqualTo("美亭社区社工宣传周");
        assertThat(config.host()).isEqualTo("https://example.org/meiting/");
        assertThat(config.basePath()).isEqualTo("/meiting/");
        assertThat(config.locale()).isEqualTo("zh-CN");
        assertThat(config.chinese()).isTrue();
        assertThat(config.campaignStart()).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(config.campaignEnd()).isNull();
        assertThat(config.folders().content()).isEqualTo("content");
        assertThat(config.folders().assets()).isEqualTo("assets");
        assertThat(config.folders().feed()).isEqualTo("feed.xml");
        assertThat(config.folders().extension()).isEqualTo(".html");
        assertThat(config.strict()).isFalse();
    }

    @Test
    void aTypoOfAKnownKeyIsAWarningAtItsLineWithTheKeyMeant() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.title=美亭
                site.host=https://example.org/
                quiz.submit_url=/collect/quiz
                site.tilte=美亭社区
                Site.Locale=en
                # JBake's own keys and keys for one's own templates are nothing like Bulletin's: left alone
                template.post.file=post.ftl
                render.tagsindex=true
                site.slogan=五社联动
                """);
        Problems problems = new Problems();
        ConfigLoader.load(dir, Map.of(), problems);

        assertThat(problems.sorted()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
                "3: unknown key 'quiz.submit_url': did you mean quiz.submit-url? (every key: the manual's "
                        + "configuration reference)",
                "4: unknown key 'site.tilte': did you mean site.title? (every key: the manual's configuration "
                        + "reference)",
                "5: unknown key 'Site.Locale': did you mean site.locale? (every key: the manual's configuration "
                        + "reference)");
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void everyKeyTheLoaderReadsIsInTheTable() throws Exception {
        String loader = Files.readString(Path.of("src/main/java/org/bulletin/config/ConfigLoader.java"));
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?:text|date|bool|integer|folder|sitePath|extension|file|line)\\(\"([a-z][\\w.-]*)\"")
                .matcher(loader);
        java.util.List<String> read = new java.util.ArrayList<>();
        while (m.find()) {
            read.add(m.group(1));
        }
        assertThat(read).hasSizeGreaterThan(25).allSatisfy(k -> assertThat(ConfigKeys.known(k)).as(k).isTrue());
        assertThat(ConfigKeys.names()).doesNotHaveDuplicates();
    }

    /**
     * The configuration's text is part of the fingerprints that let a build in a new process reuse pages,
     * so it must not depend on hash order (which Map.copyOf randomises per JVM).
     */
    @Test
    void describesItselfInKeyOrderWhateverTheFileOrder() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.title=美亭
                site.host=https://example.org/
                site.description=d
                site.organiser=o
                site.contact=c
                site.icp=i
                home.posts=5
                feed.file=atom.xml
                archive.file=all.html
                sitemap.file=map.xml
                """);
        String text = ConfigLoader.load(dir, Map.of(), new Problems()).toString();
        String lines = text.substring(text.indexOf("lines={") + 7, text.indexOf('}', text.indexOf("lines={")));
        java.util.List<String> keys = java.util.Arrays.stream(lines.split(", ")).map(e -> e.substring(0, e.indexOf('='))).toList();
        assertThat(keys).hasSize(10).isSorted();
    }

    @Test
    void reportsABrokenEscapeInJBakesLegacyCustomPropertiesAtItsOwnFileAndLine() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.title=美亭
                site.host=https://example.org/
                -- custom.properties --
                # legacy JBake file
                site.about=\\uZZZZ
                """);
        Problems problems = new Problems();
        ConfigLoader.load(dir, Map.of(), problems);
        assertThat(problems.sorted()).extracting(p -> p.file() + ":" + p.line())
                .containsExactly("custom.properties:2");
    }

    @Test
    void followsJBakeKeysForFolderAndFileNames() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.host=https://example.org/
                content.folder=src
                feed.file=atom.xml
                """);
        SiteConfig config = ConfigLoader.load(dir, Map.of(), new Problems());
        assertThat(config.folders().content()).isEqualTo("src");
        assertThat(config.folders().feed()).isEqualTo("atom.xml");
    }

    @Test
    void readsChineseCampaignDatesAndTheZoneOfQuizTimes() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.title=x
                site.host=https://example.org/
                campaign.start=2022年3月14日
                campaign.end=2022/3/20
                """);
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(dir, Map.of(), problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(config.campaignStart()).isEqualTo(java.time.LocalDate.of(2022, 3, 14));
        assertThat(config.campaignEnd()).isEqualTo(java.time.LocalDate.of(2022, 3, 20));
        assertThat(config.zone()).isEqualTo(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(ConfigLoader.load(dir, Map.of("site.locale", "en"), problems).zone()).isNull();
        assertThat(ConfigLoader.load(dir, Map.of("site.locale", "zh-TW"), problems).zone())
                .isEqualTo(java.time.ZoneId.of("Asia/Taipei"));
    }

    @Test
    void reportsUnknownTimezoneWithItsLine() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.title=x
                site.host=https://example.org/
                site.timezone=Mars/Olympus
                """);
        Problems problems = new Problems();
        ConfigLoader.load(dir, Map.of(), problems);
        assertThat(problems.sorted()).extracting(p -> p.format()).containsExactly("jbake.properties:3: site.timezone: "
                + "unknown time zone 'Mars/Olympus' (use a name such as Asia/Shanghai, or an offset such as +08:00)");
    }

    @Test
    void reportsInvalidDateWithItsLine() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.title=x
                site.host=https://example.org/
                campaign.end=2022-13-45
                """);
        Problems problems = new Problems();
        ConfigLoader.load(dir, Map.of(), problems);
        assertThat(problems.sorted()).extracting(p -> p.format())
                .containsExactly("jbake.properties:3: campaign.end: invalid date '2022-13-45' (use 2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日)");
    }

    @Test
    void reportsHostThatIsNotAWebAddressAndBadBooleans() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.host=example.org
                strict=maybe
                """);
        Problems problems = new Problems();
        ConfigLoader.load(dir, Map.of(), problems);
        assertThat(problems.sorted()).extracting(p -> p.format()).containsExactly(
                "jbake.properties:1: site.host: 'example.org' is not a web address "
                        + "(use e.g. https://example.org/ or https://example.org/meiting/)",
                "jbake.properties:2: strict: 'maybe' is not true or false");
    }

    @Test
    void overridesWinOverTheSiteFile() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.host=https://example.org/
                """);
        SiteConfig config = ConfigLoader.load(dir, Map.of("site.host", "https://staging.example.org/x/"),
                new Problems());
        assertThat(config.host()).isEqualTo("https://staging.example.org/x/");
        assertThat(config.basePath()).isEqualTo("/x/");
    }

    @Test
    void warnsWhenHostIsMissing() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.title=x
                """);
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(dir, Map.of(), problems);
        assertThat(config.host()).isEqualTo("http://localhost/");
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).startsWith("site.host is not set");
        });
    }

    @Test
    void reportsPropertiesFileThatIsNotUtf8() throws Exception {
        Files.write(dir.resolve("jbake.properties"), "site.title=\u7f8e\n".getBytes("GB18030"));
        Problems problems = new Problems();
        ConfigLoader.load(dir, Map.of(), problems);
        assertThat(problems.sorted()).extracting(p -> p.format())
                .contains("jbake.properties:1: the file is not UTF-8 text: save it as UTF-8");
    }

    @Test
    void featureSettingsAreReportedAtTheirLine() throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.host=https://example.org/
                messages.provider=weibo
                analytics.provider=umami
                analytics.url=https://stats.example.org/
                """);
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(dir, Map.of(), problems);
        org.bulletin.render.MessageWallSettings.from(config, problems);
        org.bulletin.render.AnalyticsTag.from(config, problems);
        assertThat(problems.sorted()).extracting(p -> p.format()).containsExactly(
                "jbake.properties:2: messages.provider \"weibo\" is not known: write waline or twikoo, or remove the key",
                "jbake.properties:3: analytics.provider=umami needs analytics.site-id, "
                        + "the website id shown in Umami's settings");
    }
}

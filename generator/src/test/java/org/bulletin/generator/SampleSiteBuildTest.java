package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bulletin.publish.SitePublisher;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The sample site of site-template, built end to end with the real generator under a non-root base path. */
@ExtendWith(SharedGenerator.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleSiteBuildTest {

    @TempDir
    static Path dir;
    Path site;
    Path out;
    BuildResult result;

    @BeforeAll
    void build(SiteGenerator generator) throws Exception {
        site = TestSites.sample(dir.resolve("site"));
        out = dir.resolve("out");
        result = generator.build(BuildRequest.of(site, out).withOverride("site.host", "https://example.org/meiting/"));
    }

    @Test
    void publishesEveryPageWithoutErrors() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.published()).isTrue();
        for (String page : List.of("index.html", "archive.html", "404.html", "about.html", "feed.xml",
                "sitemap.xml", "robots.txt", "favicon.ico", "favicon.svg",
                "tags/index.html", "articles/world-social-work-day.html", "images/social-work-day.svg")) {
            assertThat(out.resolve(page)).as(page).isRegularFile();
        }
        // the theme's style sheets and scripts carry a content key; no copy under the plain name
        assertThat(out.resolve("css")).isDirectoryContaining("regex:.*/site\\.[0-9a-f]{8}\\.css")
                .isDirectoryNotContaining("glob:**/site.css");
        assertThat(out.resolve("js")).isDirectoryContaining("regex:.*/site\\.[0-9a-f]{8}\\.js")
                .isDirectoryNotContaining("glob:**/site.js");
    }

    @Test
    void sampleArticleHasNoStraySpaceWhereItsSentenceBreaksALine() throws IOException {
        String page = Files.readString(out.resolve("articles/world-social-work-day.html"));
        assertThat(page).contains("定为“国际社工日”，以唤起公众").doesNotContain("”，\n以唤起");
    }

    @Test
    void draftsAreNotPublishedAnywhere() throws IOException {
        assertThat(out.resolve("articles/volunteer-draft.html")).doesNotExist();
        for (String f : SitePublisher.list(out)) {
            if (f.endsWith(".html") || f.endsWith(".xml")) {
                assertThat(Files.readString(out.resolve(f))).as(f).doesNotContain("志愿者招募（草稿）");
            }
        }
    }

    @Test
    void everyInternalLinkAndImageResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String f : SitePublisher.list(out)) {
            if (!f.endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(out.resolve(f).toFile(), "UTF-8");
            for (Element e : page.select("a[href], link[href], img[src], script[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.startsWith("#") || url.matches("^[a-z]+:.*")) {
                    continue;
                }
                if (f.equals("404.html")) {
                    assertThat(url).as("404 links start at the base path").startsWith("/meiting/");
                    url = url.substring("/meiting/".length());
                    if (!Files.exists(out.resolve(url.replaceAll("[#?].*", "")))) {
                        broken.add(f + " -> " + url);
                    }
                    continue;
                }
                assertThat(url).as("relative link in " + f).doesNotStartWith("/");
                Path target = out.resolve(f).getParent() == null ? out.resolve(url) : out.resolve(f).getParent().resolve(url);
                String path = target.normalize().toString().replaceAll("[#?].*", "");
                if (!Files.isRegularFile(Path.of(path))) {
                    broken.add(f + " -> " + url);
                }
                assertThat(Path.of(path).normalize()).startsWith(out);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void pagesCarryLangViewportCanonicalAndOpenGraph() throws IOException {
        Document article = Jsoup.parse(out.resolve("articles/world-social-work-day.html").toFile(), "UTF-8");
        assertThat(article.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(article.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(article.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/meiting/articles/world-social-work-day.html");
        assertThat(article.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("国际社工日的由来");
        assertThat(article.selectFirst("meta[name=description]").attr("content")).startsWith("2007 年");
        assertThat(article.select("script:not([src])")).isEmpty();
        assertThat(article.select("[onclick], [onload], [style]")).isEmpty();
        Element img = article.selectFirst(".article-body img");
        assertThat(img.attr("width")).isEqualTo("640");
        assertThat(img.attr("height")).isEqualTo("280");
        assertThat(article.select(".article-body h2 a.heading-anchor")).isNotEmpty();
        assertThat(article.select("time[datetime=2022-03-14]")).isNotEmpty();
        assertThat(article.select("footer").text()).contains("美亭社区党群服务中心");
    }

    @Test
    void homeListsNewestArticleFirstAndCampaignDates() throws IOException {
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select(".post-item-title a").eachText())
                .containsExactly("年度服务剪影", "党群服务中心服务时间与服务范围", "社工能为居民做什么", "国际社工日的由来");
        assertThat(home.select(".campaign-dates").text()).contains("2022年3月14日").contains("2022年3月20日");
        Document older = Jsoup.parse(out.resolve("articles/what-social-workers-do.html").toFile(), "UTF-8");
        assertThat(older.selectFirst(".pager-newer").attr("href")).isEqualTo("../articles/service-hours.html");
        assertThat(older.selectFirst(".pager-older").attr("href")).isEqualTo("../articles/world-social-work-day.html");
    }

    @Test
    void feedAndSitemapAreWellFormedWithAbsoluteUrls() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(4);
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent())
                .isEqualTo("2022-03-17T00:00:00Z");
        var sitemap = factory.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(urls).contains("https://example.org/meiting/", "https://example.org/meiting/about.html")
                .allSatisfy(u -> assertThat(u).startsWith("https://example.org/meiting/"))
                .noneSatisfy(u -> assertThat(u).endsWith("404.html"));
        assertThat(Files.readString(out.resolve("robots.txt"))).contains("Sitemap: https://example.org/meiting/sitemap.xml");
    }

    @Test
    void sameInputGivesByteIdenticalOutput(SiteGenerator generator) throws Exception {
        Path again = dir.resolve("again");
        generator.build(BuildRequest.of(site, again).withOverride("site.host", "https://example.org/meiting/"));
        assertThat(snapshot(again)).isEqualTo(snapshot(out));
    }

    @Test
    void failedBuildLeavesPreviousOutputUntouchedAndNoLeftovers(SiteGenerator generator) throws Exception {
        Path copy = TestSites.sample(dir.resolve("broken-site"));
        Path target = dir.resolve("kept");
        generator.build(BuildRequest.of(copy, target));
        Map<String, String> before = snapshot(target);

        Files.writeString(copy.resolve("content/articles/bad.adoc"), "= Bad\n:jbake-date: 2022-13-45\n\nx\n");
        BuildResult failed = generator.build(BuildRequest.of(copy, target));

        assertThat(failed.published()).isFalse();
        assertThat(failed.errors()).extracting(p -> p.format())
                .containsExactly("content/articles/bad.adoc:2: invalid date '2022-13-45' (use 2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日)");
        assertThat(snapshot(target)).isEqualTo(before);
        try (var siblings = Files.list(dir)) {
            // the conversion cache (.kept.bulletin-cache) stays on purpose; staging and previous folders must not
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.contains("bulletin-") && !n.endsWith(".bulletin-cache"));
        }
    }

    @Test
    void scaffoldedSiteBuilds(SiteGenerator generator) throws Exception {
        Path fresh = dir.resolve("my-week");
        int files = SiteScaffolder.create(fresh);
        assertThat(files).isGreaterThan(5);
        assertThat(fresh.resolve("jbake.properties")).isRegularFile();
        assertThat(fresh.resolve("theme")).doesNotExist();
        BuildResult built = generator.build(BuildRequest.of(fresh, dir.resolve("my-week-out")));
        assertThat(built.errors()).isEmpty();
        assertThat(built.published()).isTrue();
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String f : SitePublisher.list(root)) {
            files.put(f, java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(root.resolve(f)))));
        }
        return files;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Real-world AsciiDoc on a Bulletin site (issue 19): per-document language, accessibility, URLs, summaries. */
@ExtendWith(SharedGenerator.class)
class RealAsciidocTest {

    @TempDir
    Path dir;

    private static final String PROPS = """
            -- jbake.properties --
            site.title=测试
            site.host=https://example.org/
            """;

    private Path build(SiteGenerator generator, String files) throws Exception {
        TestSites.write(dir, PROPS + files);
        BuildResult result = generator.build(BuildRequest.of(dir, dir.resolve("out")));
        assertThat(result.errors()).isEmpty();
        return dir.resolve("out");
    }

    private static Document page(Path out, String path) throws Exception {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void documentsOwnLangAndCaptionsWinForItsPage(SiteGenerator generator) throws Exception {
        Path out = build(generator, """
                -- content/articles/en.adoc --
                = An English article
                :jbake-date: 2022-03-15
                :lang: en
                :toc:

                == Part

                NOTE: Read this.

                WARNING: Careful.
                -- content/articles/own.adoc --
                = 自己的说明
                :jbake-date: 2022-03-14
                :toc:
                :toc-title: 本文内容
                :note-caption: 提醒

                == 一节

                NOTE: 看这里。
                -- content/articles/zh.adoc --
                = 中文
                :jbake-date: 2022-03-13

                NOTE: 说明文字。
                """);
        Document en = page(out, "articles/en.html");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select(".admonitionblock .title").eachText()).containsExactly("Note", "Warning");
        assertThat(en.selectFirst("#toctitle").text()).isEqualTo("Table of Contents");
        // the theme's own words stay in the site's language, marked as such
        assertThat(en.selectFirst("header.site-header").attr("lang")).isEqualTo("zh-CN");
        assertThat(en.selectFirst("footer.site-footer").attr("lang")).isEqualTo("zh-CN");
        Document own = page(out, "articles/own.html");
        assertThat(own.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(own.selectFirst("header.site-header").hasAttr("lang")).isFalse();
        assertThat(own.selectFirst("#toctitle").text()).isEqualTo("本文内容");
        assertThat(own.selectFirst(".admonitionblock .title").text()).isEqualTo("提醒");
        assertThat(page(out, "articles/zh.html").selectFirst(".admonitionblock .title").text()).isEqualTo("说明");
    }

    @Test
    void wideBlocksAreKeyboardScrollableAndSectanchorsAddNoEmptyLink(SiteGenerator generator) throws Exception {
        Path out = build(generator, """
                -- content/articles/code.adoc --
                = 代码
                :jbake-date: 2022-03-15
                :sectanchors:

                == 第一节

                .Build it
                ----
                mvn -B verify -Pall -Dthis.is.a.very.long.line.that.does.not.fit.on.a.phone.screen=true
                ----

                ....
                literal
                ....

                ----
                second untitled listing
                ----

                |===
                |a |b
                |===

                === 小节

                正文。
                """);
        Document p = page(out, "articles/code.html");
        assertThat(p.select(".article-body pre")).hasSize(3).allSatisfy(pre -> {
            assertThat(pre.attr("tabindex")).isEqualTo("0");
            assertThat(pre.attr("role")).isEqualTo("region");
        });
        assertThat(p.select(".article-body pre").eachAttr("aria-label")).containsExactly("Build it", "代码", "代码 2");
        assertThat(p.selectFirst(".article-body table.tableblock").attr("tabindex")).isEqualTo("0");
        assertThat(p.selectFirst(".article-body table.tableblock").attr("aria-label")).isEqualTo("表格");
        assertThat(p.select(".article-body a.anchor")).isEmpty();
        assertThat(p.select(".article-body a:not(:has(img))").stream().filter(a -> a.text().isBlank())).isEmpty();
        assertThat(p.select(".article-body h2 a.heading-anchor, .article-body h3 a.heading-anchor")).hasSize(2);
    }

    @Test
    void absoluteUrlsArePercentEncoded(SiteGenerator generator) throws Exception {
        Path out = build(generator, """
                -- content/my articles/a b.adoc --
                = 空格
                :jbake-date: 2022-03-15

                正文。
                """);
        Document p = page(out, "my articles/a b.html");
        String url = "https://example.org/my%20articles/a%20b.html";
        assertThat(p.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(p.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(url);
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("<loc>" + url + "</loc>")
                .doesNotContain("a b.html");
        assertThat(Files.readString(out.resolve("feed.xml"))).contains("href=\"" + url + "\"", "<id>" + url + "</id>")
                .doesNotContain("a b.html");
    }

    @Test
    void summaryTakesWholeSentencesOfProseNeverListsOrTables(SiteGenerator generator) throws Exception {
        Path out = build(generator, """
                -- content/articles/hours.adoc --
                = 服务时间
                :jbake-date: 2022-03-16

                == 服务时间

                [horizontal]
                周一至周五:: 上午 8:30–12:00，下午 14:30–17:30
                周六:: 上午 9:00–12:00（社工值班）

                . 政策咨询

                |===
                |表格内容
                |===
                -- content/articles/prose.adoc --
                = 长文
                :jbake-date: 2022-03-15

                * 列表项不进摘要

                第一句话讲社工日的由来，内容不长。第二句话说明宣传周的安排，活动从周一持续到周五，每天上午在广场设摊，下午入户走访独居老人。第三句话介绍报名方式：居民可以到服务中心前台登记，也可以拨打值班电话，或者在社区微信群里接龙报名参加，报名截止到三月二十日，名额有限，请大家互相转告。

                NOTE: 提示不进摘要。
                -- content/articles/described.adoc --
                = 有描述
                :jbake-date: 2022-03-14
                :jbake-tags: 标签
                :description: 编辑写的描述。

                [horizontal]
                周六:: 上午 9:00–12:00
                """);
        Document hours = page(out, "articles/hours.html");
        assertThat(hours.select("meta[name=description]")).isEmpty();
        String home = page(out, "index.html").text();
        assertThat(home).doesNotContain("8:30", "9:00", "政策咨询", "表格内容");
        Document prose = page(out, "articles/prose.html");
        assertThat(prose.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("第一句话讲社工日的由来，内容不长。第二句话说明宣传周的安排，活动从周一持续到周五，每天上午在广场设摊，下午入户走访独居老人。");
        // an editor's :description: wins everywhere the summary is shown
        String description = "编辑写的描述。";
        Document described = page(out, "articles/described.html");
        assertThat(described.selectFirst("meta[name=description]").attr("content")).isEqualTo(description);
        assertThat(described.selectFirst("meta[property=og:description]").attr("content")).isEqualTo(description);
        assertThat(page(out, "index.html").select(".summary").eachText()).contains(description);
        assertThat(page(out, "archive.html").text()).doesNotContain("9:00");
        for (String listing : new String[] {"index.html", "archive.html", "feed.xml"}) {
            assertThat(Files.readString(out.resolve(listing))).doesNotContain("9:00–12:00", "8:30");
        }
        assertThat(Files.readString(out.resolve("feed.xml"))).contains("<summary>" + description + "</summary>");
        try (var tags = Files.list(out.resolve("tags"))) {
            Path tag = tags.filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow();
            assertThat(Files.readString(tag)).contains(description).doesNotContain("9:00");
        }
    }

    @Test
    void sourceHighlighterHighlightsAtBuildTimeWithClassesAndKeepsLineNumbers(SiteGenerator generator) throws Exception {
        Path out = build(generator, """
                -- content/articles/hl.adoc --
                = 高亮
                :jbake-date: 2022-03-15
                :source-highlighter: highlight.js

                [source,java,linenums]
                ----
                public class A { int x = 1; } // comment
                ----
                -- content/articles/plain.adoc --
                = 不高亮
                :jbake-date: 2022-03-14

                [source,java]
                ----
                public class A { }
                ----
                """);
        Document hl = page(out, "articles/hl.html");
        assertThat(hl.select(".article-body pre.rouge span.k, .article-body pre.rouge span.kd, "
                + ".article-body pre.rouge span.kt")).isNotEmpty();
        assertThat(hl.select(".article-body pre.rouge span.c1, .article-body pre.rouge span.c")).isNotEmpty();
        assertThat(hl.select(".article-body .lineno, .article-body .linenos").text()).contains("1");
        assertThat(hl.select("[style]")).isEmpty();
        assertThat(hl.select("script").eachAttr("src")).allSatisfy(src -> assertThat(src).startsWith("../js/"));
        String css = hl.select("link[rel=stylesheet]").eachAttr("href").stream()
                .filter(h -> h.matches("\\.\\./css/site\\.[0-9a-f]{8}\\.css")).findFirst().orElseThrow(); // content-keyed
        assertThat(Files.readString(out.resolve(css.substring(3)))).contains(".rouge .k");
        assertThat(page(out, "articles/plain.html").select(".article-body pre span")).isEmpty();
    }

    @Test
    void stemAndFontIconsAreWarnedAtTheirLine(SiteGenerator generator) throws Exception {
        TestSites.write(dir, PROPS + """
                -- content/a.adoc --
                = A
                :jbake-type: page
                :stem: latexmath
                :icons: font

                x
                -- content/b.adoc --
                = B
                :jbake-type: page

                Love icon:heart[] it.
                """);
        var problems = generator.load(BuildRequest.of(dir, dir.resolve("out"))).problems().sorted().stream()
                .map(Object::toString).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("warning: content/a.adoc:3: STEM"));
        assertThat(problems).noneMatch(p -> p.startsWith("warning: content/a.adoc:4:")); // drawn as inline SVG
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("warning: content/b.adoc:4: icon:heart[] shows "
                + "as [heart]: add ':icons: font' to the header"));
    }
}

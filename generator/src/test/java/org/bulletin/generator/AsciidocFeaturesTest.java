package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** AsciiDoc features that need something from elsewhere in Asciidoctor: inline SVG, STEM, font icons, data-uri. */
@ExtendWith(SharedGenerator.class)
class AsciidocFeaturesTest {

    @TempDir
    Path dir;

    private static final String PROPS = """
            -- jbake.properties --
            site.title=测试
            site.host=https://example.org/
            """;

    private List<String> build(SiteGenerator generator, String files, String out) throws Exception {
        TestSites.write(dir, PROPS + files);
        BuildResult result = generator.build(BuildRequest.of(dir, dir.resolve(out)));
        assertThat(result.errors()).isEmpty();
        List<String> problems = result.problems().stream().map(Object::toString).toList();
        assertThat(problems).noneMatch(p -> p.contains("<stdin>"));
        return problems;
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(dir.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void inlineSvgIsFoundLikeEveryImageCleanedAndNamed(SiteGenerator generator) throws Exception {
        List<String> problems = build(generator, """
                -- assets/images/diagram.svg --
                <?xml version="1.0"?>
                <!-- drawn by hand -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.2" width="10" height="10" onload="alert(1)"><metadata>drawn</metadata><inkscape:grid/><script>alert(2)</script><rect width="10" height="10" style="fill: #c00" inkscape:label="box"/></svg>
                -- assets/images/styled.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><style>rect { fill: red }</style><rect width="10" height="10"/></svg>
                -- content/articles/deep/more/beside.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><circle r="4"/></svg>
                -- content/articles/deep/more/a.adoc --
                = 图
                :jbake-date: 2022-03-15

                image::images/diagram.svg[流程图,opts=inline]

                圆 image:beside.svg[圆形,opts=inline,width=16] 和 image:gone.svg[缺,opts=inline]。

                image::missing.svg[没有,opts=inline]

                image::images/styled.svg[样式,opts=inline]

                image::images/diagram.svg[互动,opts=interactive,width=20]
                """, "out");
        Document p = page("out/articles/deep/more/a.html");
        Element body = p.selectFirst(".article-body");
        assertThat(body.select("svg")).hasSize(2);
        Element diagram = body.selectFirst(".imageblock svg");
        assertThat(diagram.attr("role")).isEqualTo("img");
        assertThat(diagram.attr("aria-label")).isEqualTo("流程图");
        assertThat(diagram.select("rect")).hasSize(1);
        assertThat(diagram.select("script")).isEmpty();
        assertThat(diagram.hasAttr("onload")).isFalse();
        assertThat(diagram.getAllElements()).allSatisfy(e -> { // what drawing programs keep is no HTML
            assertThat(e.tagName()).isIn("svg", "rect");
            assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().contains(":"));
        });
        assertThat(body.select("[style]")).isEmpty(); // the SVG's style attributes became classes (CSP)
        assertThat(diagram.selectFirst("rect").className()).startsWith("bs-");
        Element circle = body.selectFirst("p svg");
        assertThat(circle.attr("aria-label")).isEqualTo("圆形");
        assertThat(circle.attr("width")).isEqualTo("16");
        assertThat(body.select("img").eachAttr("alt")).containsExactly("缺", "没有", "样式", "互动");
        assertThat(body.select("object")).isEmpty(); // the pages' object-src 'none' would block it
        assertThat(body.select("img").last().attr("src")).isEqualTo("../../../images/diagram.svg");
        assertThat(body.select("img").last().attr("width")).isEqualTo("20");
        assertThat(body.select("[data-bulletin-inline-svg]")).isEmpty();
        assertThat(problems).contains(
                "warning: content/articles/deep/more/a.adoc:6: image 'gone.svg' not found: put it in the assets "
                        + "folder (assets/gone.svg) or fix the path",
                "warning: content/articles/deep/more/a.adoc:8: image 'missing.svg' not found: put it in the assets "
                        + "folder (assets/missing.svg) or fix the path");
        assertThat(problems).anySatisfy(w -> assertThat(w).startsWith("warning: content/articles/deep/more/a.adoc:4: "
                + "image 'images/diagram.svg' held content that runs"));
        assertThat(problems).anySatisfy(w -> assertThat(w).startsWith("warning: content/articles/deep/more/a.adoc:10: "
                + "'images/styled.svg' is shown as an image, not inline: its <style> element"));
    }

    @Test
    void stemShowsTheFormulasSourceWithoutDelimiters(SiteGenerator generator) throws Exception {
        List<String> problems = build(generator, """
                -- content/math.adoc --
                = 公式
                :jbake-type: page
                :stem: latexmath

                面积 stem:[a < b^2] 与 latexmath:[\\frac{1}{2}] 和 asciimath:[sqrt(4)]。

                .勾股定理
                [stem]
                ++++
                a^2 + b^2 = c^2
                ++++

                [latexmath]
                ++++
                \\[x < 1\\]
                ++++
                -- content/no-attribute.adoc --
                = 无属性
                :jbake-type: page

                一段文字。

                公式 stem:[x^2 + 1]。
                """, "out");
        Document math = page("out/math.html");
        Element body = math.selectFirst(".article-body");
        assertThat(body.select("code.stem").eachText()).containsExactly("a < b^2", "\\frac{1}{2}", "sqrt(4)");
        assertThat(body.select("pre.stem").eachText()).containsExactly("a^2 + b^2 = c^2", "x < 1");
        assertThat(body.select("pre.stem").eachAttr("aria-label")).containsExactly("勾股定理", "公式");
        assertThat(body.text()).doesNotContain("\\(", "\\)", "\\[", "\\]", "\\$");
        assertThat(math.select("script[src]").eachAttr("src")).allSatisfy(s -> assertThat(s).doesNotContain("//"));
        assertThat(page("out/no-attribute.html").select(".article-body code.stem").text()).isEqualTo("x^2 + 1");
        assertThat(problems).anySatisfy(w -> assertThat(w).startsWith("warning: content/math.adoc:3: STEM formulas"));
        assertThat(problems).anySatisfy(w -> assertThat(w).startsWith("warning: content/no-attribute.adoc:6: STEM"));
    }

    /** A document that shows the syntax in code or literal blocks (a how-to for editors) uses none of it. */
    @Test
    void examplesOfStemAndIconsInsideCodeBlocksWarnOfNothing(SiteGenerator generator) throws Exception {
        List<String> problems = build(generator, """
                -- content/howto.adoc --
                = 怎样写公式和图标
                :jbake-type: page

                在正文里这样写：

                ----
                面积 stem:[a^2]，喜欢 icon:heart[]
                ----

                ....
                [stem]
                ....

                ```
                latexmath:[x] icon:star[]
                ```

                // stem:[y] in a comment

                ////
                icon:phone[]
                ////

                正文里没有公式。
                """, "out");
        assertThat(problems).noneSatisfy(w -> assertThat(w).contains("STEM"))
                .noneSatisfy(w -> assertThat(w).contains("icon:"));
        assertThat(page("out/howto.html").select(".article-body pre").eachText())
                .anySatisfy(t -> assertThat(t).contains("stem:[a^2]", "icon:heart[]"));
    }

    @Test
    void fontIconsAreInlineSvgFromTheBuiltInSet(SiteGenerator generator) throws Exception {
        String site = """
                -- content/icons.adoc --
                = Icons
                :jbake-type: page
                :lang: en
                :icons: font

                NOTE: A note.

                TIP: A tip.

                IMPORTANT: Important.

                CAUTION: Careful.

                WARNING: Danger.

                We icon:heart[] you, icon:phone[title=Call us] and icon:star[2x].

                An icon:unicorn[] here.

                [source,java]
                ----
                int x = 1; // <1>
                ----
                <1> One.

                * [x] Done
                * [ ] To do
                """;
        List<String> problems = build(generator, site, "out");
        Document p = page("out/icons.html");
        Element body = p.selectFirst(".article-body");
        assertThat(body.select("i")).isEmpty();
        assertThat(body.select(".admonitionblock td.icon svg")).hasSize(5).allSatisfy(svg -> {
            assertThat(svg.attr("aria-hidden")).isEqualTo("true");
            assertThat(svg.attr("fill")).isEqualTo("currentColor");
            assertThat(svg.attr("width")).isEqualTo("1em");
        });
        assertThat(body.select(".admonitionblock td.icon svg").eachAttr("class")).containsExactly("icon icon-info",
                "icon icon-lightbulb", "icon icon-exclamation-circle", "icon icon-fire", "icon icon-warning");
        assertThat(body.select(".admonitionblock td.icon .title").eachText())
                .containsExactly("Note", "Tip", "Important", "Caution", "Warning");
        List<Element> inline = body.select("p svg");
        assertThat(inline).hasSize(3).allSatisfy(svg -> assertThat(svg.attr("role")).isEqualTo("img"));
        assertThat(inline.stream().map(e -> e.attr("aria-label"))).containsExactly("heart", "Call us", "star");
        assertThat(inline.get(2).attr("width")).isEqualTo("2em");
        assertThat(body.select("p").text()).contains("An [unicorn] here.");
        assertThat(body.select(".colist, .listingblock").text()).contains("(1)").doesNotContain("[");
        assertThat(body.select("ul.checklist li").eachText()).containsExactly("\u2713 Done", "\u274f To do");
        assertThat(problems).anySatisfy(w -> assertThat(w).startsWith("warning: content/icons.adoc:18: icon 'unicorn' "
                + "is not in Bulletin's built-in set").contains("heart", "map-marker"));
        assertThat(problems).noneMatch(w -> w.contains(":4: ") || w.contains("web font") || w.contains("square"));
        // the same input gives the same bytes
        build(generator, site, "again");
        assertThat(Files.readAllBytes(dir.resolve("again/icons.html"))).isEqualTo(Files.readAllBytes(dir.resolve("out/icons.html")));
    }

    @Test
    void dataUriIsWarnedAtItsLineAndImagesStayFiles(SiteGenerator generator) throws Exception {
        List<String> problems = build(generator, """
                -- assets/images/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
                -- content/articles/d.adoc --
                = 内嵌
                :jbake-date: 2022-03-15
                :data-uri:

                image::images/logo.svg[标志]
                """, "out");
        Document p = page("out/articles/d.html");
        assertThat(p.select(".article-body img").eachAttr("src")).singleElement().asString()
                .doesNotStartWith("data:").isEqualTo("../images/logo.svg");
        assertThat(dir.resolve("out/images/logo.svg")).exists();
        assertThat(problems).anySatisfy(w -> assertThat(w).startsWith("warning: content/articles/d.adoc:3: "
                + ":data-uri: is not used: images are published as files"));
    }
}

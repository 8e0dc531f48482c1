package org.bulletin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulletin.serve.StaticSiteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check catches its seeded defect in a small output, and stays quiet on the clean version. */
class SiteCheckerTest {

    @TempDir
    Path dir;

    @Test
    void reportsBrokenLinkImageAndAnchorsOnSameAndOtherPage() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<p><a href=\"a/b.html#part\">ok</a> <a href=\"missing.html\">x</a>\n"
                        + "<a href=\"a/b.html#nowhere\">y</a> <a href=\"#top\">z</a>\n<img src=\"img/gone.png\" alt=\"gone\"></p>"),
                "a/b.html", Fixtures.page("B", "<p id=\"part\"><a href=\"../index.html\">home</a> <a href=\"/a/\">folder</a></p>")));
        List<String> problems = Fixtures.run(new LinkCheck(), out);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("error: index.html:11: broken link: 'missing.html'"))
                .anySatisfy(p -> assertThat(p).contains("index.html:12: broken anchor: 'a/b.html#nowhere'"))
                .anySatisfy(p -> assertThat(p).contains("index.html:12: broken anchor: '#top'"))
                .anySatisfy(p -> assertThat(p).contains("index.html:13: broken image: 'img/gone.png'"))
                .anySatisfy(p -> assertThat(p).contains("a/b.html:11: broken link: '/a/'"))
                .hasSize(5);
    }

    @Test
    void reportsEmptyDataImage() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<p><img src=\"data:image/svg+xml;base64,\" alt=\"logo\">"
                        + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"dot\"></p>")));
        assertThat(Fixtures.run(new LinkCheck(), out)).singleElement().asString()
                .startsWith("error: index.html:").contains("empty image");
    }

    @Test
    void reportsPageUnreachableFromHomeButNotTheErrorPage() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<p><a href=\"a.html\">a</a></p>"),
                "a.html", Fixtures.page("A", "<p><a href=\"index.html\">home</a></p>"),
                "orphan.html", Fixtures.page("Orphan", "<p><a href=\"index.html\">home</a></p>"),
                "404.html", Fixtures.page("Not found", "<p>Sorry</p>")));
        assertThat(Fixtures.run(new ReachabilityCheck(), out)).singleElement().asString()
                .startsWith("error: orphan.html: no link leads to this page from the home page");
    }

    @Test
    void acceptsUnlinkedPagesMarkedNoindexLikeThePrintables() throws Exception {
        String poster = Fixtures.page("Poster", "<p>Scan to take the quiz</p>")
                .replace("<head>", "<head><meta name=\"robots\" content=\"noindex\">");
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<p>home</p>"),
                "print/poster.html", poster,
                "orphan.html", Fixtures.page("Orphan", "<p><a href=\"index.html\">home</a></p>")));
        assertThat(poster).contains("noindex");
        assertThat(Fixtures.run(new ReachabilityCheck(), out)).singleElement().asString()
                .startsWith("error: orphan.html: no link leads to this page");
    }

    @Test
    void reportsInvalidHtmlWithPageLine() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<p>fine</p>\n<ul><p>not a list item</p></ul>\n<span id=\"x\"></span><b id=\"x\">dup</b>"),
                "ok.html", Fixtures.page("Ok", "<p>valid</p>")));
        List<String> problems = Fixtures.run(new HtmlValidityCheck(org.bulletin.generator.BuildListener.SILENT), out);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("error: index.html:12: HTML: Element \"p\" not allowed as child of element \"ul\""))
                .anySatisfy(p -> assertThat(p).startsWith("error: index.html:13: HTML: Duplicate ID \"x\""))
                .noneSatisfy(p -> assertThat(p).contains("ok.html"));
    }

    @Test
    void reportsMissingAltUnlabelledControlSkippedHeadingSecondH1AndMissingLang() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<img src=\"a.png\">\n<img src=\"deco.png\" alt=\"\">\n"
                        + "<input name=\"phone\">\n<label>Name <input name=\"name\"></label>\n<label for=\"m\">Message</label><textarea id=\"m\"></textarea>\n"
                        + "<h3>Too deep</h3>\n<h1>Second title</h1>"),
                "nolang.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title></head><body><h1>x</h1></body></html>"));
        List<String> problems = Fixtures.run(new AccessibilityCheck(), out);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("error: index.html:11: image without alt text: 'a.png'"))
                .anySatisfy(p -> assertThat(p).startsWith("error: index.html:13: form control <input name=\"phone\"> has no label"))
                .anySatisfy(p -> assertThat(p).startsWith("error: index.html:16: heading level skipped: <h3> \"Too deep\" follows <h1>"))
                .anySatisfy(p -> assertThat(p).startsWith("error: index.html:17: the page has 2 <h1> headings"))
                .anySatisfy(p -> assertThat(p).startsWith("error: nolang.html:1: the page has no lang attribute"))
                .hasSize(5);
    }

    @Test
    void reportsLowContrastAtTheStylesheetLineAlsoOnHover() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<p class=\"meta\">grey text</p>\n<header class=\"bar\"><a href=\"index.html\">home</a></header>")));
        Fixtures.write(out, "css/site.css", Fixtures.CSS
                + ".meta { color: #999999; }\n"
                + ".bar { background: #a61b1b; }\n"
                + ".bar a { color: #fff; }\n"
                + ".bar a:hover { background: #ffffff; }\n");
        List<String> problems = Fixtures.run(new ContrastCheck(), out);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("error: css/site.css:4: colour contrast 2.85:1 is below 4.5:1: text #999999 on background #ffffff"))
                .anySatisfy(p -> assertThat(p).startsWith("error: css/site.css:6: colour contrast 1.00:1").contains("(hover/focus)"))
                .hasSize(2);
    }

    @Test
    void acceptsThemeColoursWithEnoughContrast() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<p class=\"meta\">text</p><header class=\"bar\"><a href=\"index.html\">home</a></header>")));
        Fixtures.write(out, "css/site.css", Fixtures.CSS + ".meta { color: #4a4a4a; }\n.bar { background: #a61b1b; }\n.bar a { color: #fff; }\n");
        assertThat(Fixtures.run(new ContrastCheck(), out)).isEmpty();
    }

    @Test
    void reportsThirdPartyScriptImageFrameAndFontButNotLinks() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<script src=\"https://cdn.example.com/x.js\"></script>\n"
                        + "<img src=\"//img.example.com/a.png\" alt=\"a\">\n<iframe src=\"https://v.qq.com/x\" title=\"v\"></iframe>\n"
                        + "<a href=\"https://www.gov.cn/\">gov</a>")));
        Fixtures.write(out, "css/site.css", Fixtures.CSS + "@font-face { font-family: X; src: url(\"https://fonts.example.com/x.woff2\"); }\n");
        List<String> problems = Fixtures.run(new ThirdPartyCheck(), out);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("error: css/site.css:4: loads 'https://fonts.example.com/x.woff2' from another host"))
                .anySatisfy(p -> assertThat(p).startsWith("error: index.html:11: <script> loads from another host"))
                .anySatisfy(p -> assertThat(p).startsWith("error: index.html:12: <img> loads from another host"))
                .anySatisfy(p -> assertThat(p).startsWith("error: index.html:13: <iframe> loads from another host"))
                .hasSize(4);
    }

    @Test
    void reportsInlineScriptHandlerJavascriptUrlAndStyleButAllowsJsonData() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<script>alert(1)</script>\n<script type=\"application/json\">{\"a\":1}</script>\n"
                        + "<button type=\"button\" onclick=\"go()\">go</button>\n<a href=\"javascript:void(0)\">x</a>\n"
                        + "<p style=\"color:red\">red</p>")));
        List<String> problems = Fixtures.run(new CspCheck(StaticSiteServer.CSP), out);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("error: index.html:11: inline <script> is blocked"))
                .anySatisfy(p -> assertThat(p).startsWith("error: index.html:13: event handler attribute onclick"))
                .anySatisfy(p -> assertThat(p).startsWith("error: index.html:14: javascript: URL in href"))
                .anySatisfy(p -> assertThat(p).startsWith("error: index.html:15: inline style attribute on <p>"))
                .hasSize(4);
        assertThat(Fixtures.run(new CspCheck("default-src 'self'; style-src 'self' 'unsafe-inline'"), out))
                .noneSatisfy(p -> assertThat(p).contains("style"));
    }

    @Test
    void reportsSvgWithScriptOrHandlerButNotACleanOne() throws Exception {
        Path out = Fixtures.output(dir, Map.of("index.html", Fixtures.page("Home", "<p>home</p>"),
                "images/bad.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"><script>x()</script></svg>",
                "images/good.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>"));

        assertThat(Fixtures.run(new SvgCheck(), out)).containsExactly("error: images/bad.svg: SVG holds content that"
                + " runs or loads from elsewhere when it is opened on its own: onload attribute, <script>"
                + " (build the site again: the build removes it)");
    }

    @Test
    void reportsPageOverBudgetAndListsHeaviestFirst() throws Exception {
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 40_000; i++) {
            noise.append((char) ('a' + random.nextInt(26)));
        }
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<p>small</p><script src=\"js/big.js\"></script>"),
                "light.html", Fixtures.page("Light", "<p>x</p>")));
        Fixtures.write(out, "js/big.js", "var s='" + noise + "';");
        PageWeightCheck check = new PageWeightCheck(20);
        List<String> problems = Fixtures.run(check, out);
        assertThat(problems).singleElement().asString().startsWith("error: index.html: page weighs ")
                .contains("over the budget of 20 KB");
        assertThat(check.weights()).extracting(PageWeight::page).containsExactly("index.html", "light.html");
        assertThat(check.weights().get(0).js()).isGreaterThan(20 * 1024);
    }

    @Test
    void writesJunitReportAndTextGroupedByPage() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("Home", "<p><a href=\"gone.html\">x</a> <a href=\"b.html\">b</a></p>", "en"),
                "b.html", Fixtures.page("B", "<p><a href=\"index.html\">home</a></p>", "en")));
        Path junit = dir.resolve("reports/check.xml");
        CheckResult result = SiteChecker.check(CheckRequest.of(out).withBrowser(false).withJunitXml(junit));
        assertThat(result.passed()).isFalse();
        assertThat(result.pagesChecked()).isEqualTo(2);
        assertThat(result.errors()).singleElement().asString().contains("index.html:11: broken link: 'gone.html'");
        String xml = Files.readString(junit);
        assertThat(xml).contains("tests=\"2\" failures=\"1\"")
                .contains("<testcase classname=\"bulletin.check\" name=\"b.html\"/>")
                .contains("<testcase classname=\"bulletin.check\" name=\"index.html\">")
                .contains("<failure message=\"1 error\" type=\"check\">error: index.html:11: broken link: 'gone.html'");
        assertThat(TextReport.format(result)).startsWith("index.html\n  line 11: error: broken link: 'gone.html'")
                .contains("Checked 2 pages").contains("1 error, 0 warnings.");
        assertThat(result.language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aChineseSitesReportsAreInChineseAndTheProblemsStayEnglishUnderneath() throws Exception {
        Path out = Fixtures.output(dir, Map.of(
                "index.html", Fixtures.page("首页", "<p><a href=\"gone.html\">x</a> <a href=\"#nope\">y</a></p>")));
        Path junit = dir.resolve("reports/check.xml");
        CheckResult result = SiteChecker.check(CheckRequest.of(out).withBrowser(false).withJunitXml(junit));
        assertThat(result.language().getLanguage()).isEqualTo("zh");
        assertThat(TextReport.format(result))
                .startsWith("index.html\n  第 11 行：错误：锚点失效：'#nope'（index.html 里没有 id 为“nope”的元素）\n"
                        + "  第 11 行：错误：链接失效：'gone.html'（输出中没有 gone.html）\n")
                .endsWith("：2 个错误，0 个警告。\n").contains("检查了 1 个页面，用时 ").doesNotContain("error");
        assertThat(Files.readString(junit)).contains("<failure message=\"2 个错误\" type=\"check\">"
                + "错误：index.html:11: 锚点失效：'#nope'").contains("\n错误：index.html:11: 链接失效：'gone.html'");
        assertThat(result.errors()).last().asString().isEqualTo("error: index.html:11: broken link: 'gone.html' "
                + "(gone.html is not in the output)");

        CheckResult english = SiteChecker.check(CheckRequest.of(out).withBrowser(false).withLanguage(Locale.ENGLISH));
        assertThat(TextReport.format(english)).startsWith("index.html\n  line 11: error: broken anchor: '#nope'")
                .endsWith(": 2 errors, 0 warnings.\n");
    }
}

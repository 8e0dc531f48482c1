package org.bulletin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the last build failed, every page the dev server serves shows the problems (not only pages open
 * when it failed), in the site's language: the box's words and the problems themselves; a good build takes
 * them away; page counts add up. Its own generator: the test reads the build's messages.
 */
class DevServerProblemsTest {

    /** The rebuild's line in Chinese: "已生成 TOTAL 个页面中的 RENDERED 个". */
    private static final Pattern RENDERED = Pattern.compile("已生成 (\\d+) 个页面中的 (\\d+) 个");

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void everyPageShowsTheProblemsWhileTheBuildFails() throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), """
                -- jbake.properties --
                site.title=美亭
                site.host=https://example.org/
                site.locale=zh-CN
                -- content/articles/a.adoc --
                = A
                :jbake-date: 2022-03-14

                First version.
                -- content/articles/b.adoc --
                = B
                :jbake-date: 2022-03-15

                Other.
                """);
        List<String> info = new CopyOnWriteArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void info(String message) {
                info.add(message);
            }
        };
        Path article = site.resolve("content/articles/a.adoc");
        try (SiteGenerator generator = new SiteGenerator(listener);
             DevServer server = new DevServer(generator, BuildRequest.of(site, tmp.resolve("out")), "127.0.0.1", 0,
                     r -> { }, false)) {
            assertThat(RawHttp.get(server.port(), "/articles/b.html").body()).doesNotContain("bulletin-problems");

            Files.writeString(article, "= A\n:jbake-date: 2022-03-14\n\nSecond version, longer than the first.\n");
            awaitBody(server, "/articles/a.html", "Second version");
            // the page is served as soon as it is written; the rebuild's summary line is logged just after
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            Matcher m = RENDERED.matcher(String.join("\n", info));
            while (!m.find() && System.nanoTime() < until) {
                Thread.sleep(50);
                m = RENDERED.matcher(String.join("\n", info));
            }
            assertThat(m.find(0)).as(info.toString()).isTrue();
            assertThat(Integer.parseInt(m.group(2))).as(m.group()).isLessThanOrEqualTo(Integer.parseInt(m.group(1)));

            Files.writeString(article, "= A\n:jbake-date: 2022-13-45\n\nBroken date.\n");
            String page = awaitBody(server, "/articles/b.html", "bulletin-problems");
            assertThat(page).contains("<div id=\"bulletin-problems\" class=\"bulletin-problems\" role=\"alert\" lang=\"zh-CN\">"
                            + "<p class=\"bulletin-problems-title\">构建失败：页面仍是上一次成功构建的内容</p>"
                            + "<p class=\"bulletin-problems-hint\">修正下面的问题并保存，页面会自动刷新。</p>"
                            + "<pre class=\"bulletin-problems-list\">content/articles/a.adoc:2: 日期“2022-13-45”无效"
                            + "（请写成 2022-03-15、2022/3/15、2022.3.15 或 2022年3月15日）</pre></div>")
                    .contains("/__bulletin/problems.css").contains("Other.");
            assertThat(RawHttp.get(server.port(), "/index.html").body()).contains("bulletin-problems");
            assertThat(RawHttp.get(server.port(), "/no/such/page.html").body()).contains("bulletin-problems");
            RawHttp.Response css = RawHttp.get(server.port(), "/__bulletin/problems.css");
            assertThat(css.status()).isEqualTo(200);
            assertThat(css.head().toLowerCase()).contains("text/css");

            Files.writeString(article, "= A\n:jbake-date: 2022-03-14\n\nFixed <b>.\n");
            awaitBody(server, "/articles/a.html", "Fixed");
            // pages are served as they are written; the problems go once the whole rebuild has finished
            String fixed = RawHttp.get(server.port(), "/articles/b.html").body();
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                 fixed.contains("bulletin-problems") && System.nanoTime() < end; ) {
                Thread.sleep(100);
                fixed = RawHttp.get(server.port(), "/articles/b.html").body();
            }
            assertThat(fixed).doesNotContain("bulletin-problems");
        }
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aFirstBuildThatFailsIsShownInEnglishForAnEnglishSite() throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), """
                -- jbake.properties --
                site.host=not an address
                site.locale=en
                -- content/a.adoc --
                = A
                :jbake-date: 2022-03-14

                x <script>
                """);
        try (SiteGenerator generator = new SiteGenerator(BuildListener.SILENT);
             DevServer server = new DevServer(generator, BuildRequest.of(site, tmp.resolve("out")), "127.0.0.1", 0,
                     r -> { }, false)) {
            RawHttp.Response page = RawHttp.get(server.port(), "/");
            assertThat(page.body()).contains("The build failed").contains("jbake.properties:1: site.host: 'not an address'");
        }
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aChineseSitesMistakesAreListedInChineseWithFileAndLineFirst() throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), """
                -- jbake.properties --
                site.title=社工站
                site.host=https://shegong-week.cn/
                site.locale=zh-CN
                -- content/articles/a.adoc --
                = 社工*不*轻信谣言
                :jbake-date: 2022年13月15日
                :jbake-tags: 社工知识，宣传周

                社工提醒居民*不*轻信陌生来电，
                遇到问题请拨打 12345 热线。
                -- content/quiz/q.adoc --
                = 问答
                :jbake-type: quiz
                :jbake-date: 2022/3/15

                == 哪一天是国际社工日？

                * ［ ］ 一月一日
                * ［ ］ 五月一日
                -- data/messages.csv --
                date,name,message
                明天,小王,社工辛苦了
                """);
        try (SiteGenerator generator = new SiteGenerator(BuildListener.SILENT);
             DevServer server = new DevServer(generator, BuildRequest.of(site, tmp.resolve("out")), "127.0.0.1", 0,
                     r -> { }, false)) {
            String page = RawHttp.get(server.port(), "/").body();
            assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").contains("<title>构建失败</title>")
                    .contains("构建失败：页面仍是上一次成功构建的内容").contains("修正下面的问题并保存，页面会自动刷新。");
            Matcher list = Pattern.compile("<pre class=\"bulletin-problems-list\">([^<]*)</pre>").matcher(page);
            assertThat(list.find()).isTrue();
            assertThat(list.group(1).split("\n")).containsExactly(
                    "content/articles/a.adoc:2: 日期“2022年13月15日”无效（请写成 2022-03-15、2022/3/15、2022.3.15 或 2022年3月15日）",
                    "content/quiz/q.adoc:5: 题目“哪一天是国际社工日？”没有正确选项：请用 [x] 标出正确的选项，例如“* [x] 三月的第三个星期二”",
                    "data/messages.csv:2: “明天”不是日期：请写成 2022-03-15");
        }
    }

    /** The page once its body contains {@code text} (the rebuild runs after the file watcher's delay). */
    private static String awaitBody(DevServer server, String path, String text) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String body = "";
        while (System.nanoTime() < end) {
            body = RawHttp.get(server.port(), path).body();
            if (body.contains(text)) {
                return body;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " never contained " + text + ":\n" + body);
    }
}

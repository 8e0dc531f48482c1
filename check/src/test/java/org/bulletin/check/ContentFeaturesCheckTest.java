package org.bulletin.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Bulletin writes for inline SVG, font icons, STEM and whole HTML documents passes {@code check}:
 * valid HTML, nothing the Content-Security-Policy blocks, nothing from another host, and axe in Chromium.
 */
@BrowserTest
@ExtendWith(SharedGenerator.class)
class ContentFeaturesCheckTest {

    @TempDir
    Path dir;

    @Test
    void inlineSvgIconsStemAndWholeHtmlDocumentsPassTheCheck(SiteGenerator generator) throws Exception {
        BrowserRequirement.require();
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.title=社区宣传周
                site.host=https://week.bulletin-week.cn/
                -- assets/images/diagram.svg --
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="40" height="20" viewBox="0 0 40 20" onload="alert(1)"><metadata>x</metadata><rect width="40" height="20" style="fill: #036"/></svg>
                -- content/articles/features.adoc --
                = 服务指南
                :jbake-date: 2022-03-15
                :icons: font
                :stem:

                image::images/diagram.svg[服务流程图,opts=inline]

                NOTE: 说明。

                TIP: 提示。

                WARNING: 警告。

                热线 icon:phone[title=电话] 12345，地址 icon:map-marker[] 社区中心，icon:heart[2x] 欢迎。

                公式 stem:[a < b^2]。

                [stem]
                ++++
                x^2 + 1
                ++++
                -- content/articles/old.html --
                title=旧页面
                date=2022-03-14
                ~~~~~~
                <!DOCTYPE html>
                <html><head><title>旧</title><style>p { color: red }</style></head>
                <body><p>旧网站的页面。</p></body></html>
                """);
        Path out = dir.resolve("out");
        BuildResult build = generator.build(BuildRequest.of(site, out));
        assertThat(build.errors()).isEmpty();

        CheckResult result = SiteChecker.check(CheckRequest.of(out).withSite(site));
        result.problems().forEach(p -> System.out.println("check " + p));
        assertThat(result.browserPages()).isPositive();
        assertThat(result.problems()).isEmpty();
    }
}

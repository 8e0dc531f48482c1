package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bulletin.model.Site;
import org.bulletin.render.SiteRenderer;
import org.bulletin.render.ThymeleafRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesPageWithBarChartsEligibleCsvWinnersAndDraftArticle() throws IOException {
        Site site = ReportFixtures.site(dir);
        Path results = Files.writeString(dir.resolve("r.jsonl"), ReportBuilderTest.RESULTS, StandardCharsets.UTF_8);
        Path log = Files.writeString(dir.resolve("access.log"), ReportBuilderTest.LOG, StandardCharsets.UTF_8);
        Path out = dir.resolve("report");
        CampaignReport report = ReportBuilder.build(site, new ReportRequest(List.of(results), List.of(log), List.of(),
                List.of(), AttemptPolicy.FIRST, 1, "seed", out));
        SiteRenderer renderer = new SiteRenderer(new ThymeleafRenderer(null, Locale.forLanguageTag("zh-CN")), site, List.of());
        ReportWriter.write(site, new org.bulletin.generator.ThemePages(site, renderer), report, out);

        Document page = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(page.select("ul.chart")).hasSize(2);
        // each bar's label and value are text of the page (readable at any text size, read by screen readers)
        assertThat(page.select("ul.chart").get(0).select("li")).hasSize(10);
        assertThat(page.select("ul.chart").get(0).select(".bar-label").eachText()).startsWith("0–9", "10–19");
        assertThat(page.select("ul.chart").get(1).select(".bar-value").eachText()).allMatch(v -> v.matches("\\d+\\.\\d%"));
        assertThat(page.select("ul.chart svg text")).isEmpty();
        assertThat(page.select("script")).isEmpty();
        List<String> styles = page.select("link[rel=stylesheet]").eachAttr("href");
        assertThat(styles).hasSize(2); // content-keyed, as in a build
        assertThat(styles.get(0)).matches("css/site\\.[0-9a-f]{8}\\.css");
        assertThat(styles.get(1)).matches("css/printable\\.[0-9a-f]{8}\\.css");
        styles.forEach(css -> assertThat(out.resolve(css)).exists());
        assertThat(out.resolve("css/site.css")).doesNotExist();
        assertThat(page.select(".report-totals dd").eachText()).startsWith("5", "64.00", "80.0%", "15", "4", "3", "4", "6");
        assertThat(page.text()).contains(results + ":4: 不是 JSON", "C-C"); // the zh-CN site's notes are in Chinese

        assertThat(Files.readString(out.resolve("prize-eligible.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFclaim,name,phone,score,time,quiz,verified\r\n"
                        + "C-A,,,100.00,2022-03-15 10:00:00,week,unverified\r\n"
                        + "C-D,李阿姨,13800000000,80.00,2022-03-15 10:30:00,week,unverified\r\n");
        assertThat(report.prizes().zone()).as("the zh-CN site's zone").hasToString("Asia/Shanghai");
        assertThat(ReportWriter.summary(report)).contains("SHA-256 of prize-eligible.csv (announce it before the draw): "
                + org.bulletin.text.Sha256.hex(Files.readString(out.resolve("prize-eligible.csv"), StandardCharsets.UTF_8)));
        assertThat(Files.readString(out.resolve("winners.csv"), StandardCharsets.UTF_8).lines()).hasSize(2);

        String article = Files.readString(out.resolve("wrap-up.adoc"), StandardCharsets.UTF_8);
        assertThat(article).contains(":jbake-status: draft", "宣传文章累计阅读 4 次", "共 5 人参与", "网站访问 4 次",
                "传播知识点 15 个", "平均分 64.00 分");
        assertThat(ReportWriter.summary(report)).contains("Participants: 5", "Average score: 64.00",
                "Client scores that did not match the answers: 1");
        assertThat(ReportWriter.summary(report, Locale.forLanguageTag("zh-CN"))).contains("参与人数：5（共 ",
                "平均分：64.00", "客户端分数和答案不符：1\n  " + results + ":").doesNotContain("Participants");

        Document key = Jsoup.parse(out.resolve("print/key-week.html").toFile());
        assertThat(key.select(".key-answer").eachText()).containsExactly("A", "C", "AB", "B");
        assertThat(key.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("../" + styles.get(0),
                "../" + styles.get(1));

        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        ReportWriter.write(site, new org.bulletin.generator.ThemePages(site, renderer), report, out);
        assertThat(Files.readAllBytes(out.resolve("index.html"))).as("same input, same bytes").isEqualTo(before);
    }

    @Test
    void anEnglishSitesReportListsItsProblemsInEnglish() throws IOException {
        Site site = ReportFixtures.site(dir, "site.locale=en\n");
        Path results = Files.writeString(dir.resolve("r.jsonl"), ReportBuilderTest.RESULTS, StandardCharsets.UTF_8);
        Path out = dir.resolve("report");
        CampaignReport report = ReportBuilder.build(site, new ReportRequest(List.of(results), List.of(), List.of(),
                List.of(), AttemptPolicy.FIRST, 0, null, out));
        SiteRenderer renderer = new SiteRenderer(new ThymeleafRenderer(null, Locale.ENGLISH), site, List.of());
        ReportWriter.write(site, new org.bulletin.generator.ThemePages(site, renderer), report, out);

        String text = Jsoup.parse(out.resolve("index.html").toFile()).text();
        assertThat(text).contains(results + ":4: not JSON", results + ":6: missing field client").doesNotContain("不是 JSON");
        assertThat(ReportWriter.language(site)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void neutralisesSpreadsheetFormulasInNames() {
        assertThat(ReportWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReportWriter.cell("王, 李")).isEqualTo("\"王, 李\"");
    }
}

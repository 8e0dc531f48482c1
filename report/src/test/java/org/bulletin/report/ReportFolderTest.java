package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bulletin.files.FolderSwap;
import org.bulletin.generator.ThemePages;
import org.bulletin.model.Site;
import org.bulletin.publish.SitePublisher;
import org.bulletin.render.SiteRenderer;
import org.bulletin.render.ThymeleafRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report folder is written atomically: complete, or the previous one untouched. */
class ReportFolderTest {

    @TempDir
    Path dir;
    Site site;
    Path out;

    @BeforeEach
    void setUp() throws IOException {
        site = ReportFixtures.site(dir);
        out = dir.resolve("report");
    }

    private CampaignReport report(List<Path> results) throws IOException {
        return ReportBuilder.build(site, new ReportRequest(results, List.of(), List.of(), List.of(), AttemptPolicy.FIRST,
                0, null, out));
    }

    private ThemePages pages() throws IOException {
        SiteRenderer renderer = new SiteRenderer(new ThymeleafRenderer(null, Locale.forLanguageTag("zh-CN")), site, List.of());
        return new ThemePages(site, renderer);
    }

    @Test
    void aFailedWriteLeavesThePreviousReportUntouched() throws IOException {
        Path results = Files.writeString(dir.resolve("results.jsonl"), HostileInputTest.VALID + "\n", StandardCharsets.UTF_8);
        CampaignReport good = report(List.of(results));
        ReportWriter.write(site, pages(), good, out);
        Files.delete(out.resolve("favicon.svg")); // whatever the folder holds, a failed write leaves it so
        byte[] before = Files.readAllBytes(out.resolve("prize-eligible.csv"));
        List<String> files = SitePublisher.list(out);

        QuizStats q = good.quizzes().get(0);
        QuizStats broken = new QuizStats(q.quiz(), q.title(), q.participants(), q.paper(), q.average(), q.passScore(),
                q.passed(), List.of(), q.questions(), q.knowledgePoints(), List.of(), q.scoreSum());
        CampaignReport bad = new CampaignReport(good.siteTitle(), List.of(broken), 0, good.articles(), "none", 0, 0, 0,
                0, new BadLines(), new BadLines(), new BadLines(), List.of(), null);
        assertThatThrownBy(() -> ReportWriter.write(site, pages(), bad, out)).isInstanceOf(RuntimeException.class);

        assertThat(SitePublisher.list(out)).isEqualTo(files);
        assertThat(Files.readAllBytes(out.resolve("prize-eligible.csv"))).isEqualTo(before);
        try (var beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
    }

    @Test
    void aReportNeverReplacesAFolderOfOtherFiles() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("minutes.docx"), "not a report");
        Path results = Files.writeString(dir.resolve("results.jsonl"), HostileInputTest.VALID + "\n", StandardCharsets.UTF_8);
        CampaignReport report = report(List.of(results));

        assertThatThrownBy(() -> ReportWriter.write(site, pages(), report, out)).isInstanceOf(IOException.class)
                .hasMessageContaining("里已经有不是报告写的文件"); // the zh-CN site's language
        assertThat(SitePublisher.list(out)).containsExactly("minutes.docx");
    }

    @Test
    void aWriteKilledBetweenTheTwoRenamesIsRecoveredByTheNext() throws IOException {
        Path previous = Files.createDirectories(dir.resolve(".report.bulletin-previous"));
        Files.writeString(previous.resolve("index.html"), "the previous report");
        Files.createDirectories(dir.resolve(".report.bulletin-staging"));

        try (FolderSwap folder = FolderSwap.open(out)) {
            assertThat(out.resolve("index.html")).hasContent("the previous report");
            assertThat(previous).doesNotExist();
            assertThat(folder.staging()).isEmptyDirectory();
        }
        assertThat(dir.resolve(".report.bulletin-staging")).doesNotExist();
        assertThat(out.resolve("index.html")).hasContent("the previous report");
    }
}

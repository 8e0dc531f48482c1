package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.OutputFile;
import org.bulletin.render.PrintPages;
import org.bulletin.render.QrSvgTest;
import org.bulletin.render.QuizPages;
import org.bulletin.testing.SharedGenerator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** End to end over the sample site: its real quiz parsed by the quiz parser, re-scored by the report. */
@ExtendWith(SharedGenerator.class)
class SampleSiteReportTest {

    static final Path SAMPLE = Path.of("../site-template");

    @TempDir
    Path dir;

    @Test
    void rescoresAnswersToTheSampleQuizAndDrawsItsPosterQr(SiteGenerator generator) throws Exception {
        SiteGenerator.LoadedSite loaded = generator.load(BuildRequest.of(SAMPLE, dir.resolve("unused")));
        Quiz quiz = loaded.site().quizzes().get(0);
        StringBuilder all = new StringBuilder();
        for (Question q : quiz.questions()) {
            List<Integer> right = new ArrayList<>();
            for (int i = 0; i < q.options().size(); i++) {
                if (q.options().get(i).correct()) {
                    right.add(i);
                }
            }
            all.append(all.length() == 0 ? "" : ",").append('"').append(q.id()).append("\":").append(right);
        }
        String lines = "{\"quiz\":\"" + quiz.id() + "\",\"quizVersion\":\"" + quiz.version()
                + "\",\"client\":\"dev1\",\"claim\":\"AB12\",\"answers\":{" + all.toString().replace(" ", "")
                + "},\"score\":100,\"submittedAt\":\"2022-03-15T10:00:00+08:00\"}\n"
                + "{\"quiz\":\"" + quiz.id() + "\",\"quizVersion\":\"" + quiz.version()
                + "\",\"client\":\"dev2\",\"claim\":\"CD34\",\"answers\":{},\"score\":95,\"submittedAt\":\"2022-03-15T10:00:00+08:00\"}\n";
        Path results = Files.writeString(dir.resolve("results.jsonl"), lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("report");
        CampaignReport report = ReportBuilder.build(loaded.site(), new ReportRequest(List.of(results), List.of(),
                List.of(), List.of(), AttemptPolicy.FIRST, 0, null, out));
        QuizStats stats = report.quizzes().get(0);
        assertThat(stats.participants()).isEqualTo(2);
        assertThat(stats.average()).isEqualTo("50.00");
        assertThat(stats.eligible()).extracting(PrizeDraw::key).containsExactly("AB12");
        assertThat(report.tampered().count()).isEqualTo(1);
        assertThat(stats.knowledgePoints()).isEqualTo(quiz.questions().size());

        var renderer = generator.renderer(loaded, true);
        ReportWriter.write(loaded.site(), new org.bulletin.generator.ThemePages(loaded.site(), renderer), report, out);
        assertThat(Files.readString(out.resolve("wrap-up.adoc"))).contains(":jbake-status: draft", "平均分 50.00 分",
                "居民小陈说");
        assertThat(out.resolve("print/key-" + quiz.id() + ".html")).exists();

        OutputFile poster = new PrintPages(false).pages(loaded.site(), renderer).stream()
                .filter(f -> f.path().equals("print/poster-" + quiz.id() + ".html")).findFirst().orElseThrow()
                .render().get();
        String svg = Jsoup.parse(poster.content()).selectFirst("svg.qr").outerHtml();
        assertThat(QrSvgTest.decode(svg)).isEqualTo("https://example.org/meiting/" + QuizPages.uri(quiz, loaded.config()));
    }
}

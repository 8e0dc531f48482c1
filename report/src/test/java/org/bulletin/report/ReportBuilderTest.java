package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.bulletin.model.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers checked against a small data set computed by hand (see the comments). */
class ReportBuilderTest {

    @TempDir
    Path dir;
    Site site;
    Path results;
    Path log;

    static final String RESULTS = String.join("\n",
            // A, first attempt: all right → 100
            "{\"quiz\":\"week\",\"quizVersion\":\"v1\",\"client\":\"A\",\"claim\":\"C-A\",\"answers\":{\"q1\":[0],\"q2\":[2],\"q3\":[1,0],\"q4\":[1]},\"score\":100,\"startedAt\":\"2022-03-15T09:58:00+08:00\",\"submittedAt\":\"2022-03-15T10:00:00+08:00\"}",
            // A, second attempt: only q2 right → 1/5 = 20
            "{\"quiz\":\"week\",\"quizVersion\":\"v1\",\"client\":\"A\",\"claim\":\"\",\"answers\":{\"q1\":[1],\"q2\":[2]},\"score\":20,\"submittedAt\":\"2022-03-15T10:05:00+08:00\"}",
            // B: q1 + q4 = 3/5 = 60
            "{\"quiz\":\"week\",\"quizVersion\":\"v1\",\"client\":\"B\",\"claim\":\"\",\"answers\":{\"q1\":[0],\"q2\":[1],\"q3\":[0],\"q4\":[1]},\"score\":60,\"submittedAt\":\"2022-03-15T10:10:00+08:00\"}",
            "not json at all",
            // C: q1 q2 q3 right, q4 unanswered = 3/5 = 60, but the page claims 100 (tampered)
            "{\"quiz\":\"week\",\"quizVersion\":\"v1\",\"client\":\"C\",\"claim\":\"C-C\",\"answers\":{\"q1\":[0],\"q2\":[2],\"q3\":[0,1]},\"score\":100,\"submittedAt\":\"2022-03-15T10:20:00+08:00\"}",
            "{\"quiz\":\"week\",\"quizVersion\":\"v1\",\"answers\":{},\"submittedAt\":\"2022-03-15T10:20:00+08:00\"}",
            // D: q1 q2 q4 = 4/5 = 80 → prize
            "{\"quiz\":\"week\",\"quizVersion\":\"v1\",\"client\":\"D\",\"claim\":\"C-D\",\"answers\":{\"q1\":[0],\"q2\":[2],\"q4\":[1]},\"score\":80,\"submittedAt\":\"2022-03-15T10:30:00+08:00\",\"name\":\"李阿姨\",\"phone\":\"13800000000\"}",
            "{\"quiz\":\"nope\",\"quizVersion\":\"v1\",\"client\":\"X\",\"answers\":{},\"submittedAt\":\"2022-03-15T10:30:00+08:00\"}",
            // E: older version, q1 right = 20
            "{\"quiz\":\"week\",\"quizVersion\":\"old\",\"client\":\"E\",\"claim\":\"\",\"answers\":{\"q1\":[0]},\"score\":20,\"submittedAt\":\"2022-03-15T11:00:00+08:00\"}",
            "");

    static final String LOG = String.join("\n",
            "1.1.1.1 - - [10/Mar/2022:10:00:00 +0800] \"GET /meiting/articles/a.html HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0 UA1\"",
            "1.1.1.1 - - [10/Mar/2022:10:05:00 +0800] \"GET /meiting/css/site.css HTTP/1.1\" 200 900 \"-\" \"Mozilla/5.0 UA1\"",
            "1.1.1.1 - - [10/Mar/2022:10:10:00 +0800] \"GET /meiting/articles/b.html HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0 UA1\"",
            "1.1.1.1 - - [10/Mar/2022:11:00:00 +0800] \"GET /meiting/ HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0 UA1\"",
            "2.2.2.2 - - [10/Mar/2022:10:00:00 +0800] \"GET /meiting/articles/a.html?from=wechat HTTP/1.1\" 200 5120 \"https://x/\" \"Mozilla/5.0 UA2 \\\"quoted\\\"\"",
            "2.2.2.2 - - [10/Mar/2022:10:01:00 +0800] \"GET /meiting/articles/a.html HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1)\"",
            "3.3.3.3 - - [10/Mar/2022:10:02:00 +0800] \"GET /meiting/articles/a.html HTTP/1.1\" 404 0 \"-\" \"Mozilla/5.0 UA1\"",
            "1.1.1.1 - - [10/Mar/2022:10:03:00 +0800] \"GET /meiting/articles/a HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0 UA3\"",
            "this is not a log line",
            "4.4.4.4 - - [10/Mar/2022:10:04:00 +0800] \"POST /meiting/articles/a.html HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0 UA1\"",
            "2.2.2.2 - - [10/Mar/2022:10:20:00 +0800] \"GET /meiting/articles/%E4%B8%AD.html HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0 UA2 \\\"quoted\\\"\"",
            "");

    @BeforeEach
    void setUp() throws IOException {
        site = ReportFixtures.site(dir);
        results = Files.writeString(dir.resolve("results.jsonl"), RESULTS, StandardCharsets.UTF_8);
        log = Files.writeString(dir.resolve("access.log"), LOG, StandardCharsets.UTF_8);
    }

    private CampaignReport report(AttemptPolicy policy, List<Path> logs) throws IOException {
        return ReportBuilder.build(site, new ReportRequest(List.of(results), logs, List.of(), List.of(), policy, 0,
                null, dir.resolve("out")));
    }

    @Test
    void computesQuizNumbersFromTheFirstAttemptPerDevice() throws IOException {
        CampaignReport r = report(AttemptPolicy.FIRST, List.of());
        QuizStats q = r.quizzes().get(0);
        assertThat(r.submissions()).isEqualTo(6); // A twice, B, C, D, E
        assertThat(q.participants()).isEqualTo(5);
        assertThat(q.average()).isEqualTo("64.00"); // (100 + 60 + 60 + 80 + 20) / 5
        assertThat(q.passed()).isEqualTo(4);
        assertThat(q.passRate()).isEqualTo("80.0");
        assertThat(q.distribution()).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 2L, 0L, 1L, 1L);
        assertThat(q.knowledgePoints()).isEqualTo(15); // 4 + 4 + 3 + 3 + 1
        assertThat(q.questions()).extracting(QuizStats.QuestionStats::correct).containsExactly(5L, 3L, 2L, 3L);
        assertThat(q.questions().get(0).title()).isEqualTo("Question q1");
        assertThat(q.eligible()).extracting(PrizeDraw::key).containsExactly("C-A", "C-D");
        assertThat(r.average()).isEqualTo("64.00");
    }

    @Test
    void lastAndBestAttemptPolicies() throws IOException {
        assertThat(report(AttemptPolicy.LAST, List.of()).quizzes().get(0).average()).isEqualTo("48.00");
        assertThat(report(AttemptPolicy.BEST, List.of()).quizzes().get(0).average()).isEqualTo("64.00");
        assertThat(report(AttemptPolicy.LAST, List.of()).eligible()).extracting(PrizeDraw::key).containsExactly("C-D");
    }

    @Test
    void detectsTamperedClientScoreAndOlderQuizVersion() throws IOException {
        CampaignReport r = report(AttemptPolicy.FIRST, List.of());
        assertThat(r.tampered().count()).isEqualTo(1);
        assertThat(r.tampered().examples()).singleElement().asString()
                .isEqualTo(results + ":5: client score 100.0 but the answers score 60.0 (claim C-C)");
        assertThat(r.oldVersions().count()).isEqualTo(1);
        assertThat(r.oldVersions().examples().get(0)).startsWith(results + ":9: quiz week version \"old\"");
    }

    @Test
    void countsBadLinesWithFileAndLine() throws IOException {
        CampaignReport r = report(AttemptPolicy.FIRST, List.of(log));
        assertThat(r.bad().count()).isEqualTo(4);
        assertThat(r.bad().examples()).containsExactly(results + ":4: not JSON", results + ":6: missing field client",
                results + ":8: unknown quiz \"nope\"", log + ":9: not in the combined log format");
    }

    @Test
    void countsReadsVisitorsAndVisitsFromTheAccessLog() throws IOException {
        CampaignReport r = report(AttemptPolicy.FIRST, List.of(log));
        assertTraffic(r);
        assertThat(r.logLines()).isEqualTo(11);
    }

    @Test
    void readsGzipLogsTheSameWay() throws IOException {
        Path gz = dir.resolve("access.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(LOG.getBytes(StandardCharsets.UTF_8));
        }
        assertTraffic(report(AttemptPolicy.FIRST, List.of(gz)));
    }

    private static void assertTraffic(CampaignReport r) {
        assertThat(r.pageViews()).isEqualTo(6);
        assertThat(r.visitors()).isEqualTo(3); // 1.1.1.1+UA1, 2.2.2.2+UA2, 1.1.1.1+UA3
        assertThat(r.visits()).isEqualTo(4); // UA1 comes back after 50 minutes
        assertThat(r.articles()).extracting(CampaignReport.ArticleReads::uri, CampaignReport.ArticleReads::views,
                CampaignReport.ArticleReads::readers).containsExactly(
                org.assertj.core.groups.Tuple.tuple("articles/a.html", 3L, 3L),
                org.assertj.core.groups.Tuple.tuple("articles/b.html", 1L, 1L));
        assertThat(r.articleViews()).isEqualTo(4);
    }

    @Test
    void countsPaperSheetsAndSkipsDuplicatesAndUnknownQuizzes() throws IOException {
        Path paper = Files.writeString(dir.resolve("paper.csv"), "\uFEFFsheet,quiz,name,phone,1,2,3,4\n"
                + "1,week,王奶奶,13900000000,A,C,\"A,B\",B\n2,week,,,b,,,\n3,nope,,,A,,,\n1,week,,,A,,,\n4,week,,,D,,,\n",
                StandardCharsets.UTF_8);
        CampaignReport r = ReportBuilder.build(site, new ReportRequest(List.of(), List.of(), List.of(), List.of(paper),
                AttemptPolicy.FIRST, 0, null, dir));
        QuizStats q = r.quizzes().get(0);
        assertThat(q.participants()).isEqualTo(2);
        assertThat(q.paper()).isEqualTo(2);
        assertThat(q.average()).isEqualTo("50.00"); // 100 and 0
        assertThat(q.eligible()).extracting(PrizeDraw::key).containsExactly("P-1");
        assertThat(r.bad().examples()).containsExactly(paper + ":4: unknown quiz \"nope\"",
                paper + ":5: sheet 1 of quiz week was already entered",
                paper + ":6: question 1: \"D\" is not one of its options");
    }

    @Test
    void importsGoatCounterUmamiAndPlausibleExports() throws IOException {
        Path goat = Files.writeString(dir.resolve("goat.csv"), "2Path,Title,Event,UserAgent,Browser,System,Session,Bot,"
                + "Referrer,Referrer scheme,Screen size,Location,FirstVisit,Date\n"
                + "/articles/a.html,A,false,UA,,,s1,0,,,,,true,2022-03-10T02:00:00Z\n"
                + "/articles/a.html,A,false,UA,,,s2,0,,,,,true,2022-03-10T02:00:00Z\n"
                + "/articles/b.html,B,false,UA,,,s1,0,,,,,false,2022-03-10T02:10:00Z\n"
                + "/articles/b.html,B,false,UA,,,s3,1,,,,,true,2022-03-10T02:10:00Z\n", StandardCharsets.UTF_8);
        CampaignReport g = ReportBuilder.build(site, new ReportRequest(List.of(), List.of(), List.of(goat), List.of(),
                AttemptPolicy.FIRST, 0, null, dir));
        assertThat(g.pageViews()).isEqualTo(3);
        assertThat(g.visitors()).isEqualTo(2);
        assertThat(g.visits()).isEqualTo(2);
        Path umami = Files.writeString(dir.resolve("umami.csv"), "website_id,session_id,visit_id,created_at,url_path,event_type\n"
                + "w,s1,v1,2022-03-10 02:00:00,/meiting/articles/a.html,1\nw,s1,v1,2022-03-10 02:01:00,/meiting/articles/a.html,2\n"
                + "w,s2,v2,2022-03-10 03:00:00,/meiting/,1\n", StandardCharsets.UTF_8);
        CampaignReport u = ReportBuilder.build(site, new ReportRequest(List.of(), List.of(), List.of(umami), List.of(),
                AttemptPolicy.FIRST, 0, null, dir));
        assertThat(u.pageViews()).isEqualTo(2);
        assertThat(u.articles().get(0).views()).isEqualTo(1);
        Path plausible = Files.writeString(dir.resolve("imported_pages.csv"), "date,hostname,page,visits,visitors,pageviews\n"
                + "2022-03-10,example.org,/meiting/articles/a.html,5,4,7\n2022-03-11,example.org,/meiting/articles/a.html,2,2,3\n",
                StandardCharsets.UTF_8);
        CampaignReport p = ReportBuilder.build(site, new ReportRequest(List.of(), List.of(), List.of(plausible), List.of(),
                AttemptPolicy.FIRST, 0, null, dir));
        assertThat(p.articles().get(0).views()).isEqualTo(10);
        assertThat(p.visitors()).isEqualTo(6);
        assertThat(p.visits()).isEqualTo(7);
    }
}

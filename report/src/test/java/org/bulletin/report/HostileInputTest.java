package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.bulletin.generator.ThemePages;
import org.bulletin.model.Site;
import org.bulletin.render.SiteRenderer;
import org.bulletin.render.ThymeleafRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records the collector accepted and files a flaky disk leaves: read, or skipped with file:line; never a crash. */
class HostileInputTest {

    @TempDir
    Path dir;
    Site site;
    Path out;

    static final String VALID = "{\"quiz\":\"week\",\"quizVersion\":\"v1\",\"client\":\"OK\",\"claim\":\"C-OK\","
            + "\"answers\":{\"q1\":[0],\"q2\":[2],\"q3\":[1,0],\"q4\":[1]},\"score\":100,"
            + "\"submittedAt\":\"2022-03-15T10:00:00+08:00\",\"name\":\"王\",\"phone\":\"1\"}";

    @BeforeEach
    void setUp() throws IOException {
        site = ReportFixtures.site(dir);
        out = dir.resolve("report");
    }

    private CampaignReport report(List<Path> results, List<Path> logs) throws IOException {
        return ReportBuilder.build(site, new ReportRequest(results, logs, List.of(), List.of(), AttemptPolicy.FIRST, 0,
                null, out));
    }

    private ThemePages pages() throws IOException {
        SiteRenderer renderer = new SiteRenderer(new ThymeleafRenderer(null, Locale.forLanguageTag("zh-CN")), site, List.of());
        return new ThemePages(site, renderer);
    }

    /** {@link #VALID} from device {@code client} with one field's JSON value replaced. */
    private static String with(String client, String field, String json) {
        String original = switch (field) {
            case "name" -> "\"王\"";
            case "phone" -> "\"1\"";
            case "claim" -> "\"C-OK\"";
            case "submittedAt" -> "\"2022-03-15T10:00:00+08:00\"";
            default -> "{\"q1\":[0],\"q2\":[2],\"q3\":[1,0],\"q4\":[1]}";
        };
        return VALID.replace("\"" + field + "\":" + original, "\"" + field + "\":" + json)
                .replace("\"client\":\"OK\"", "\"client\":\"" + client + "\"").replace("C-OK", "C-" + client);
    }

    @Test
    void recordsTheCollectorAcceptedAreReadOrSkippedWithFileAndLine() throws IOException {
        String lines = String.join("\n", VALID,
                with("N", "name", "\"李\\ud800\""),
                with("P", "phone", "\"138\\udc00\""),
                with("C", "claim", "\"\\ud83d\""),
                with("T", "submittedAt", "\"+999999999-12-31T23:59:59-18:00\""),
                with("U", "submittedAt", "\"-999999999-01-01T00:00:00+18:00\""),
                with("I", "answers", "{\"q1\":[18446744073709551616]}"),
                with("M", "answers", "{\"q1\":[-1]}"),
                with("E", "name", "\"👨‍👩‍👧 emoji\""), "");
        Path results = Files.writeString(dir.resolve("results.jsonl"), lines, StandardCharsets.UTF_8);

        CampaignReport report = report(List.of(results), List.of());
        ReportWriter.write(site, pages(), report, out);

        String r = results.toString();
        assertThat(report.bad().examples()).containsExactly(
                r + ":2: name is not valid text (it holds a lone UTF-16 surrogate)",
                r + ":3: phone is not valid text (it holds a lone UTF-16 surrogate)",
                r + ":4: claim is not valid text (it holds a lone UTF-16 surrogate)",
                r + ":5: submittedAt +999999999-12-31T23:59:59-18:00 is not between the years 2000 and 2100",
                r + ":6: submittedAt -999999999-01-01T00:00:00+18:00 is not between the years 2000 and 2100",
                r + ":7: answers.q1: option index 18446744073709551616 is not between 0 and 999",
                r + ":8: answers.q1: option index -1 is not between 0 and 999");
        assertThat(report.submissions()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("prize-eligible.csv"), StandardCharsets.UTF_8))
                .contains("C-E,👨‍👩‍👧 emoji,1,100.00");
        // the same phone number, received at the same time: one prize per person, the lower key first
        assertThat(Files.readString(out.resolve("prize-refused.csv"), StandardCharsets.UTF_8))
                .contains(r + ",1,C-OK,week,每人限领一份奖品：手机号 1 已经有符合领奖条件的记录 C-E"); // the site is zh-CN
        assertThat(report.prizes().refused()).singleElement().extracting(Refusal::format).asString()
                .contains("one prize per person: phone 1 already has the eligible record C-E");
        assertThat(out.resolve("wrap-up.adoc")).exists();
        assertThat(out.resolve("index.html")).exists();
    }

    static final String LINE = "1.1.1.1 - - [10/Mar/2022:10:00:00 +0800] \"GET /meiting/articles/a.html HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0 UA%d\"\n";

    private static byte[] gzip(String text) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String log(int lines) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            s.append(String.format(Locale.ROOT, LINE, i));
        }
        return s.toString();
    }

    @Test
    void aTruncatedOrCorruptGzipLogIsReadUpToTheBreakAndNamed() throws IOException {
        byte[] whole = gzip(log(20_000));
        Path truncated = Files.write(dir.resolve("truncated.log.gz"), Arrays.copyOf(whole, whole.length / 2));
        byte[] badTrailer = whole.clone();
        badTrailer[badTrailer.length - 5] ^= 0x5a;
        Path corrupt = Files.write(dir.resolve("corrupt.log.gz"), badTrailer);
        Path plain = Files.writeString(dir.resolve("after.log"), log(3));

        CampaignReport report = report(List.of(), List.of(truncated, corrupt, plain));

        String broken = ": the gzip data ends early or is damaged here; the rest of the file was skipped";
        assertThat(report.bad().examples()).hasSize(2);
        assertThat(report.bad().examples().get(0)).startsWith(truncated + ":").endsWith(broken);
        long before = Long.parseLong(report.bad().examples().get(0).split(":")[1]) - 1;
        assertThat(before).isGreaterThan(1000);
        assertThat(report.bad().examples().get(1)).isEqualTo(corrupt + ":20001" + broken);
        assertThat(report.logLines()).isEqualTo(before + 20_000 + 3);
        assertThat(report.articles().stream().filter(a -> a.uri().equals("articles/a.html")).findFirst().orElseThrow()
                .views()).as("the lines before each break, and the plain log after them").isEqualTo(report.logLines());
    }

    @Test
    void aTruncatedGzipExportOrPaperSheetIsReadUpToTheBreakAndNamed() throws IOException {
        StringBuilder export = new StringBuilder("page,visitors,visits,pageviews\n");
        StringBuilder sheets = new StringBuilder("sheet,quiz,1,2,3,4\n");
        for (int i = 0; i < 20_000; i++) {
            export.append("/meiting/articles/a.html,1,1,1\n");
            sheets.append(i).append(",week,A,C,AB,B\n");
        }
        byte[] csv = gzip(export.toString());
        Path analytics = Files.write(dir.resolve("plausible.csv.gz"), Arrays.copyOf(csv, csv.length / 2));
        byte[] sheet = gzip(sheets.toString());
        Path paper = Files.write(dir.resolve("paper.csv.gz"), Arrays.copyOf(sheet, sheet.length / 2));

        CampaignReport report = ReportBuilder.build(site, new ReportRequest(List.of(), List.of(), List.of(analytics),
                List.of(paper), AttemptPolicy.FIRST, 0, null, out));

        assertThat(report.bad().examples()).hasSize(2);
        assertThat(report.bad().examples().get(0)).startsWith(paper + ":").endsWith(TextInput.gzipBroken().english());
        assertThat(report.bad().examples().get(1)).startsWith(analytics + ":").endsWith(TextInput.gzipBroken().english());
        assertThat(report.submissions()).isGreaterThan(1000);
        assertThat(report.articleViews()).isGreaterThan(1000);
    }

    @Test
    void aGzipLogDamagedInTheMiddleNeverStopsTheReport() throws IOException {
        byte[] damaged = gzip(log(20_000));
        for (int i = damaged.length / 2; i < damaged.length / 2 + 64; i++) {
            damaged[i] ^= 0x5a;
        }
        Path corrupt = Files.write(dir.resolve("damaged.log.gz"), damaged);

        CampaignReport report = report(List.of(), List.of(corrupt));

        assertThat(report.bad().count()).isPositive();
        assertThat(report.bad().examples()).allMatch(e -> e.startsWith(corrupt + ":"));
        assertThat(report.logLines()).isGreaterThan(1000);
    }

    @Test
    void anOverlongLineIsSkippedWithItsNumberAndReadingGoesOn() throws IOException {
        String huge = "x".repeat(5_000_000);
        Path gz = Files.write(dir.resolve("huge.log.gz"), gzip(log(1) + huge + "\n" + log(2)));
        Path results = Files.writeString(dir.resolve("results.jsonl"), huge + "\n" + VALID + "\n", StandardCharsets.UTF_8);

        CampaignReport report = report(List.of(results), List.of(gz));

        assertThat(report.bad().examples()).containsExactly(
                results + ":1: the line is longer than 65536 characters; skipped",
                gz + ":2: the line is longer than 65536 characters; skipped");
        assertThat(report.submissions()).isEqualTo(1);
        assertThat(report.articles().get(0).views() + report.articles().get(1).views()).isEqualTo(3);
    }
}

package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the collector finds in its data folder after a crash, and how it carries on. */
class CollectRecoveryTest extends RunningCollector {

    private static final String CSV_HEADER = "date,name,message,reply,approved\n";

    /** Two results stored through the collector, then a torn third line written by hand. */
    @Test
    void setsAsideHalfWrittenLastLineAndAppendsCleanlyAfterIt() throws Exception {
        Posts posts = start();
        String stored = Posts.quiz("dev-1", "claim-1");
        posts.post("/quiz", stored);
        posts.post("/quiz", Posts.quiz("dev-1", "claim-2"));
        server.close();
        Path results = data.resolve("results.jsonl");
        String torn = "{\"id\":\"r123\",\"quiz\":\"fraud-2026\",\"quizVer";
        Files.writeString(results, torn, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        posts = start();

        assertThat(Files.readString(data.resolve("results.jsonl.partial-1"))).isEqualTo(torn);
        assertThat(log).anyMatch(line -> line.contains("results.jsonl: set aside a half-written last line")
                && line.contains("results.jsonl.partial-1"));
        assertThat(Posts.lines(results)).hasSize(2);
        assertThat(posts.post("/quiz", stored).statusCode()).isEqualTo(200);
        assertThat(posts.post("/quiz", Posts.quiz("dev-1", "claim-3")).statusCode()).isEqualTo(201);
        List<JsonNode> lines = Posts.lines(results);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2).get("claim").asText()).isEqualTo("claim-3");
    }

    @Test
    void keepsEarlierSetAsideFilesAndNumbersTheNextOne() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("messages.jsonl.partial-1"), "older");
        Files.writeString(data.resolve("messages.jsonl"), "{\"id\":\"m-1\",\"name\":null,\"mess");

        Posts posts = start();

        assertThat(Files.readString(data.resolve("messages.jsonl.partial-1"))).isEqualTo("older");
        assertThat(Files.readString(data.resolve("messages.jsonl.partial-2"))).isEqualTo("{\"id\":\"m-1\",\"name\":null,\"mess");
        assertThat(Files.readString(data.resolve("messages.jsonl"))).isEmpty();
        assertThat(posts.post("/messages", Posts.message("m-1", "你好")).statusCode()).isEqualTo(201);
    }

    @Test
    void completesPendingCsvAfterCrashBetweenJsonLinesAndCsv() throws Exception {
        Posts posts = start();
        posts.post("/messages", Posts.message("m-1", "第一条"));
        posts.post("/messages", Posts.message("m-2", "第二条"));
        posts.post("/messages", Posts.message("m-3", "第三条"));
        server.close();
        // as if the collector died after writing m-3 to messages.jsonl, in the middle of its CSV row,
        // while the editor had already approved m-1
        Path csv = data.resolve("messages-pending.csv");
        Files.writeString(csv, CSV_HEADER + "2026-11-28,李大爷,第一条,谢谢,yes\n2026-11-28,李大爷,第二条,,no\n"
                + "2026-11-28,李大爷,第三");
        Files.writeString(data.resolve("collect.lock"), "running\n");
        Files.writeString(data.resolve("messages-pending.ids"), "\"m-1\"\n\"m-2\"\n"); // m-3's id never recorded

        start();

        assertThat(Files.readString(csv)).isEqualTo(CSV_HEADER + "2026-11-28,李大爷,第一条,谢谢,yes\n"
                + "2026-11-28,李大爷,第二条,,no\n2026-11-28,李大爷,第三条,,no\n");
        assertThat(Files.readString(data.resolve("messages-pending.csv.partial-1"))).isEqualTo("2026-11-28,李大爷,第三");
        assertThat(log).anyMatch(line -> line.contains("messages-pending.csv: added 1 message(s)"));
    }

    @Test
    void leavesEditorsCsvAloneAfterCleanStop() throws Exception {
        Posts posts = start();
        posts.post("/messages", Posts.message("m-1", "第一条"));
        server.close();
        Path csv = data.resolve("messages-pending.csv");
        Files.writeString(csv, CSV_HEADER); // the editor moved the rows to the site

        posts = start();
        posts.post("/messages", Posts.message("m-2", "第二条"));

        assertThat(Files.readString(csv)).isEqualTo(CSV_HEADER + "2026-11-28,李大爷,第二条,,no\n");
    }

    @Test
    void addsLineBreakWhenSpreadsheetSavedCsvWithoutOne() throws Exception {
        Posts posts = start();
        Path csv = data.resolve("messages-pending.csv");
        Files.writeString(csv, CSV_HEADER + "2026-11-27,王,早上好,,yes");

        posts.post("/messages", Posts.message("m-9", "晚上好"));

        assertThat(Files.readString(csv)).isEqualTo(CSV_HEADER + "2026-11-27,王,早上好,,yes\n2026-11-28,李大爷,晚上好,,no\n");
    }

    @Test
    void refusesSecondCollectorOnSameFolder() throws Exception {
        start();
        assertThatThrownBy(() -> CollectServer.start(CollectOptions.defaults(data).withLanguage(Locale.ENGLISH).withPort(0)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("another bulletin collect is already using");
    }
}

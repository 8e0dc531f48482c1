package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** messages-pending.csv: what reaches it, how it is cut back after a short write and recovered by id. */
class CollectPendingCsvTest extends RunningCollector {

    private static final String HEADER = "\uFEFFdate,name,message,reply,approved\n";

    private Path csv() {
        return data.resolve("messages-pending.csv");
    }

    @Test
    void startsWithBomAndNeutralisesFormulasKeepingTheTextInJsonLines() throws Exception {
        Posts posts = start();
        String formula = "=HYPERLINK(\\\"http://evil.example\\\",\\\"领奖\\\")";
        posts.post("/messages", Posts.message("m-1", formula).replace("李大爷", "@admin"));
        posts.post("/messages", Posts.message("m-2", "+1 好活动"));
        posts.post("/messages", Posts.message("m-3", "-cmd|' /C calc'!A0"));

        assertThat(Files.readString(csv(), StandardCharsets.UTF_8)).isEqualTo(HEADER
                + "2026-11-28,'@admin,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"领奖\"\")\",,no\n"
                + "2026-11-28,李大爷,'+1 好活动,,no\n"
                + "2026-11-28,李大爷,'-cmd|' /C calc'!A0,,no\n");
        assertThat(Posts.lines(data.resolve("messages.jsonl")).get(0).get("message").asText())
                .isEqualTo("=HYPERLINK(\"http://evil.example\",\"领奖\")");
        assertThat(Posts.lines(data.resolve("messages.jsonl")).get(0).get("name").asText()).isEqualTo("@admin");

        server.close();
        Files.writeString(data.resolve("collect.lock"), "running\n");
        start(); // the neutralised rows are recognised: nothing added twice
        assertThat(Files.readString(csv(), StandardCharsets.UTF_8).split("\n")).hasSize(4);
    }

    @Test
    void editorEmptyingTheCsvNeverBringsOldMessagesBackAfterCrash() throws Exception {
        Posts posts = start();
        posts.post("/messages", Posts.message("m-1", "第一条"));
        posts.post("/messages", Posts.message("m-2", "第二条"));
        server.close();
        Files.writeString(csv(), HEADER);
        Files.writeString(data.resolve("collect.lock"), "running\n");

        posts = start();
        posts.post("/messages", Posts.message("m-3", "第三条"));

        assertThat(Files.readString(csv(), StandardCharsets.UTF_8)).isEqualTo(HEADER + "2026-11-28,李大爷,第三条,,no\n");
    }

    @Test
    void addsEveryMessageMissingFromTheCsvNotOnlyTrailingOnes() throws Exception {
        Posts posts = start();
        posts.post("/messages", Posts.message("m-1", "第一条"));
        posts.post("/messages", Posts.message("m-2", "第二条"));
        posts.post("/messages", Posts.message("m-3", "第三条"));
        server.close();
        // m-2's row was never written (a failed write), m-3's was
        Files.writeString(csv(), HEADER + "2026-11-28,李大爷,第一条,,no\n2026-11-28,李大爷,第三条,,no\n");
        Files.writeString(data.resolve("messages-pending.ids"), "\"m-1\"\n\"m-3\"\n");
        Files.writeString(data.resolve("collect.lock"), "running\n");

        start();

        assertThat(Files.readString(csv(), StandardCharsets.UTF_8)).isEqualTo(HEADER + "2026-11-28,李大爷,第一条,,no\n"
                + "2026-11-28,李大爷,第三条,,no\n2026-11-28,李大爷,第二条,,no\n");
        assertThat(log).anyMatch(l -> l.contains("messages-pending.csv: added 1 message(s)"));
    }

    @Test
    void addsAMissingMessageEvenWhenAnotherWithTheSameWordsIsInTheCsv() throws Exception {
        Posts posts = start();
        posts.post("/messages", Posts.message("m-1", "谢谢"));
        posts.post("/messages", Posts.message("m-2", "谢谢"));
        server.close();
        Files.writeString(csv(), HEADER + "2026-11-28,李大爷,谢谢,,no\n");
        Files.writeString(data.resolve("messages-pending.ids"), "\"m-1\"\n");
        Files.writeString(data.resolve("collect.lock"), "running\n");

        start();

        assertThat(Files.readString(csv(), StandardCharsets.UTF_8))
                .isEqualTo(HEADER + "2026-11-28,李大爷,谢谢,,no\n2026-11-28,李大爷,谢谢,,no\n");
    }

    /**
     * A real short write: the collector runs with a file size limit (the JVM ignores SIGXFSZ, so the
     * write stops at the limit and the next one fails), as on a disk that fills up mid-row.
     */
    @Test
    void cutsCsvBackAfterShortWriteAndAddsTheMessageAtNextStart() throws Exception {
        Files.createDirectories(data);
        int limit = 64 * 1024;
        StringBuilder prefill = new StringBuilder(HEADER);
        String old = "2026-11-20,王,早上好,,yes\n";
        while (prefill.toString().getBytes(StandardCharsets.UTF_8).length + old.getBytes(StandardCharsets.UTF_8).length
                < limit - 40) {
            prefill.append(old);
        }
        byte[] before = prefill.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(csv(), before);
        CollectorProcess collector = CollectorProcess.launch(List.of("bash", "-c", "ulimit -f 64; exec \"$0\" \"$@\""),
                System.getProperty("java.class.path"), List.of(), "--data", data.toString(),
                "--port", "0", "--rate-limit", "off", "--zone", "Asia/Shanghai");
        child = collector.process();
        assertThat(collector.port()).as("%s", collector.output()).isPositive();
        Posts posts = new Posts(HTTP, collector.port());

        String longText = "这条留言比磁盘剩下的空间长".repeat(8);
        assertThat(posts.post("/messages", Posts.message("m-long", longText)).statusCode()).isEqualTo(201);
        assertThat(Files.readAllBytes(csv())).isEqualTo(before); // cut back to the last full row
        assertThat(posts.post("/messages", Posts.message("m-short", "短")).statusCode()).isEqualTo(201);
        child.destroy();
        assertThat(collector.ended()).isTrue();
        assertThat(collector.output()).anyMatch(l -> l.contains("messages-pending.csv: could not add 1 message(s)"));

        String after = new String(before, StandardCharsets.UTF_8) + "2026-11-28,李大爷,短,,no\n";
        assertThat(Files.readString(csv(), StandardCharsets.UTF_8)).isEqualTo(after);
        start();
        assertThat(Files.readString(csv(), StandardCharsets.UTF_8))
                .isEqualTo(after + "2026-11-28,李大爷," + longText + ",,no\n");
        assertThat(Posts.lines(data.resolve("messages.jsonl"))).hasSize(2);
    }
}

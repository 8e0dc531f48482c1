package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an operator may do to a running collector's folder, and how it keeps acknowledged results safe. */
class CollectOperatorMistakesTest extends RunningCollector {

    @Test
    void refusesSecondCollectorProcessEvenWhenTheLockFileWasDeleted() throws Exception {
        Posts posts = start();
        assertThat(posts.post("/quiz", Posts.quiz("dev-1", "claim-1")).statusCode()).isEqualTo(201);
        Files.delete(data.resolve("collect.lock"));

        CollectorProcess second = CollectorProcess.launch(System.getProperty("java.class.path"), List.of(),
                "--data", data.toString(), "--port", "0", "--rate-limit", "off");
        child = second.process();

        assertThat(second.port()).isZero();
        assertThat(second.ended()).isTrue();
        assertThat(child.exitValue()).isEqualTo(CollectCommand.ENVIRONMENT);
        assertThat(second.output()).anyMatch(l -> l.contains("another bulletin collect is already using"));
        assertThat(posts.post("/quiz", Posts.quiz("dev-1", "claim-2")).statusCode()).isEqualTo(201);
        assertThat(Posts.lines(data.resolve("results.jsonl"))).hasSize(2);
    }

    @Test
    void refusesToWriteIntoAFileCutUnderIt() throws Exception {
        Posts posts = start();
        assertThat(posts.post("/quiz", Posts.quiz("dev-1", "claim-1")).statusCode()).isEqualTo(201);
        Path results = data.resolve("results.jsonl");
        Files.copy(results, data.resolve("results.jsonl.1"));
        try (FileChannel cut = FileChannel.open(results, StandardOpenOption.WRITE)) {
            cut.truncate(0); // what logrotate's copytruncate does
        }

        assertThat(posts.post("/quiz", Posts.quiz("dev-1", "claim-2")).statusCode()).isEqualTo(503);
        assertThat(posts.post("/quiz", Posts.quiz("dev-1", "claim-3")).statusCode()).isEqualTo(503);

        assertThat(Files.size(results)).isZero(); // no NUL hole, nothing hidden
        assertThat(log).anyMatch(l -> l.startsWith("bulletin collect: ERROR: ") && l.contains("results.jsonl changed size"));
        assertThat(posts.post("/messages", Posts.message("m-1", "留言照常")).statusCode()).isEqualTo(201);
    }

    @Test
    void refusesToWriteIntoAFileMovedAway() throws Exception {
        Posts posts = start();
        assertThat(posts.post("/quiz", Posts.quiz("dev-1", "claim-1")).statusCode()).isEqualTo(201);
        Path results = data.resolve("results.jsonl");
        Files.move(results, data.resolve("results.jsonl.1"));

        assertThat(posts.post("/quiz", Posts.quiz("dev-1", "claim-2")).statusCode()).isEqualTo(503);
        assertThat(results).doesNotExist();
        assertThat(Posts.lines(data.resolve("results.jsonl.1"))).hasSize(1);
        assertThat(log).anyMatch(l -> l.contains("results.jsonl was removed"));

        Files.writeString(results, ""); // a new, empty file in its place is still not the collector's file
        assertThat(posts.post("/quiz", Posts.quiz("dev-1", "claim-3")).statusCode()).isEqualTo(503);
        assertThat(Files.size(results)).isZero();
    }
}

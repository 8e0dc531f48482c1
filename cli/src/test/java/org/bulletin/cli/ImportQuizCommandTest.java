package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin import-quiz}: exit codes, what it prints, and that it never writes over a quiz. */
class ImportQuizCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BulletinCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheQuizOrListsWhatToFixAndWritesNothing() throws Exception {
        Path text = dir.resolve("pasted.txt");
        Files.writeString(text, "1. 一周有几天？\nA. 五\nB. 七\n答案：B\n2. 坏题？\nA. 是\n答案：C\n");
        Path quiz = dir.resolve("content/quiz/week.adoc");

        assertThat(run("import-quiz", text.toString(), "-o", quiz.toString())).isEqualTo(1);
        assertThat(quiz).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(text + ":5: question '坏题？': answer 'C' names option C")
                .contains("Nothing written: fix the 2 problem(s) above, or add --partial to write the 1 readable question(s)")
                .doesNotContain("Exception");

        assertThat(run("import-quiz", text.toString(), "-o", quiz.toString(), "--partial")).isEqualTo(1);
        assertThat(Files.readString(quiz)).contains("== 一周有几天？\n\n* [ ] 五\n* [x] 七\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote " + quiz + " (1 questions; 2 left out");

        assertThat(run("import-quiz", text.toString(), "-o", quiz.toString(), "--partial")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(quiz + " exists: choose another name, or add --force");
    }
}

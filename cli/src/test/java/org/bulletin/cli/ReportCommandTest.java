package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin report} option checks, through the command line. */
class ReportCommandTest {

    private static final Path SAMPLE = Path.of("..", "site-template");

    @TempDir
    Path dir;

    @Test
    void reportCommandRefusesDrawWithoutSeed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BulletinCli.run(new String[] {"report", SAMPLE.toString(), "--results",
                "r.jsonl", "--draw", "3", "-o", dir.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--draw needs --seed");
    }

    /** The sample site is zh-CN: its organisers read the refusal in Chinese; --lang en asks for English. */
    @Test
    void reportCommandRefusesAClusterRuleItCannotRead() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BulletinCli.run(new String[] {"report", SAMPLE.toString(), "--results", "r.jsonl", "--cluster",
                "many", "-o", dir.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("错误：--cluster“many”不是有效的聚集规则");
        err.reset();
        code = BulletinCli.run(new String[] {"--lang", "en", "report", SAMPLE.toString(), "--results", "r.jsonl",
                "--cluster", "5/10", "-o", dir.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: --cluster '5/10' is not a cluster rule: write "
                + "N/DURATION");
    }

    @Test
    void reportCommandExplainsABadZoneAndMissingKeyAndExclusionFilesAtOnce() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BulletinCli.run(new String[] {"report", SAMPLE.toString(), "--results", "r.jsonl", "--zone",
                "Mars/Olympus", "-o", dir.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--zone Mars/Olympus is not a time zone");

        err.reset();
        code = BulletinCli.run(new String[] {"report", SAMPLE.toString(), "--results", "r.jsonl", "--claim-key",
                dir.resolve("no-collector").toString(), "--exclude", dir.resolve("staff.txt").toString(), "-o",
                dir.resolve("out").toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--claim-key " + dir.resolve("no-collector")
                + ": no such folder or file", "--exclude " + dir.resolve("staff.txt") + ": no such file");
    }
}

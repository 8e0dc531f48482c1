package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.bulletin.collect.CollectCommand;
/** Option errors of {@code bulletin collect} come back as one plain line, without a stack trace. */
class CollectCommandTest {

    @TempDir
    Path data;

    private final StringWriter err = new StringWriter();

    private int run(CollectCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    @Test
    void explainsBadRateLimit() {
        assertThat(run(new CollectCommand(), "--data", data.toString(), "--rate-limit", "lots")).isEqualTo(2);
        assertThat(err.toString()).contains("write it like 120/min").doesNotContain("Exception");
    }

    @Test
    void explainsBadOrigin() {
        assertThat(run(new CollectCommand(), "--data", data.toString(), "--origin", "example.org")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid origin 'example.org'");
    }

    @Test
    void refusesSiteWithoutCatalogLoaderAndReportsLoaderErrors() {
        assertThat(run(new CollectCommand(), "--data", data.toString(), "--site", "site")).isEqualTo(2);
        assertThat(err.toString()).contains("bulletin collect：这个版本不支持 --site"); // no site.locale there: zh-CN
        assertThat(run(new CollectCommand(), "--data", data.toString(), "--site", "site", "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("bulletin collect: --site is not supported by this build");
        CollectCommand withLoader = new CollectCommand(site -> {
            throw new IllegalArgumentException("content/quiz/a.adoc:3: the quiz has no questions");
        });
        assertThat(run(withLoader, "--data", data.toString(), "--site", "site")).isEqualTo(2);
        assertThat(err.toString()).contains("content/quiz/a.adoc:3: the quiz has no questions");
    }
}

package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bulletin serve} listens on this computer only unless told otherwise. */
class ServeCommandDefaultsTest {

    private static ServeCommand parse(String... args) {
        CommandLine line = BulletinCli.commandLine(new BulletinCli(System.out, System.err), args);
        return (ServeCommand) line.parseArgs(args).subcommand().commandSpec().userObject();
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(parse("serve", "site").bind).isEqualTo("127.0.0.1");
    }

    @Test
    void bindsElsewhereOnlyWhenAsked() {
        assertThat(parse("serve", "site", "--bind", "0.0.0.0").bind).isEqualTo("0.0.0.0");
    }
}

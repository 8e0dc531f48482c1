package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.config.ConfigKeys;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The manual's reference pages that come from the code: {@code docs/content/reference/configuration.md}
 * from {@link ConfigKeys} and {@code cli-usage.md} from picocli's usage messages. The pages are committed
 * (reviewable, and the reactor's docs build uses them); this test regenerates them in memory and fails when
 * they differ, or writes them with {@code -Dbulletin.docs.write=true}.
 */
class ReferenceDocsTest {

    static final Path REFERENCE = Path.of("..", "docs", "content", "reference");
    static final String WRITE = "mvn -o -q -pl cli -am test -Dtest=ReferenceDocsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dbulletin.docs.write=true";

    @Test
    void configurationKeysPageIsCurrent() throws Exception {
        StringBuilder md = new StringBuilder(header("Configuration keys",
                "Every key of jbake.properties, its meaning and its default.", "ConfigKeys"));
        md.append("All keys live in `jbake.properties` (UTF-8). Any key can be overridden for one build with\n"
                + "`-D key=value` (command line) or `<siteProperties>` / `-Dbulletin.…` (Maven), e.g. a staging\n"
                + "`site.host`. A key one or two letters away from one of these (`quiz.submit_url`) is a warning at\n"
                + "its line that names the key meant; other keys (JBake's own, keys for your own templates) are\n"
                + "left alone.\n\n");
        md.append("| key | meaning | default |\n| --- | --- | --- |\n");
        for (ConfigKeys.Key k : ConfigKeys.ALL) {
            md.append("| `").append(k.name()).append("` | ").append(cell(k.meaning())).append(" | ")
                    .append(cell(k.fallback())).append(" |\n");
        }
        current("configuration.md", md.toString());
    }

    @Test
    void commandLineUsagePageIsCurrent() throws Exception {
        StringBuilder md = new StringBuilder(header("Command line usage",
                "Every command and option of bulletin, as bulletin --help prints them.", "the commands' picocli"
                        + " annotations"));
        md.append("`bulletin help COMMAND` or `bulletin COMMAND --help` prints the same; see\n"
                + "[Command line](command-line.html) for the common options and the exit codes.\n");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        CommandLine line = BulletinCli.commandLine(new BulletinCli(quiet, quiet), new String[0]);
        md.append("\n## bulletin\n\n").append(usage(line));
        for (var e : line.getSubcommands().entrySet()) {
            md.append("\n## bulletin ").append(e.getKey()).append("\n\n").append(usage(e.getValue()));
        }
        current("cli-usage.md", md.toString());
    }

    private static String usage(CommandLine line) {
        line.setUsageHelpWidth(100);
        String text = line.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()
                .replaceAll("(?m)[ \\t]+$", "");
        return "```text\n" + text + "\n```\n";
    }

    static String header(String title, String description, String source) {
        return "title=" + title + "\ntype=page\nstatus=published\ndescription=" + description + "\n~~~~~~\n\n"
                + "<!-- generated from " + source + " by cli's ReferenceDocsTest: edit the code, then run\n"
                + "     " + WRITE + " -->\n\n";
    }

    private static String cell(String markdown) {
        return markdown.replace("|", "\\|");
    }

    /** Compares the committed page with {@code expected}, or writes it with -Dbulletin.docs.write=true. */
    static void current(String name, String expected) throws Exception {
        Path page = REFERENCE.resolve(name);
        if (Boolean.getBoolean("bulletin.docs.write")) {
            Files.createDirectories(REFERENCE);
            Files.writeString(page, expected, StandardCharsets.UTF_8);
        }
        String committed = Files.isRegularFile(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
        assertThat(committed).as("docs/content/reference/" + name + " is out of date: run `" + WRITE + "`")
                .isEqualTo(expected);
    }
}

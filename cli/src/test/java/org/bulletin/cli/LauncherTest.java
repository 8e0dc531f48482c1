package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar bulletin.jar} starts itself again with the options of the launchers (bin/bulletin, .cmd). */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void secondJvmGetsTheFastOptionsTheArchiveTheUsersOptionsAndTheArguments() throws Exception {
        Files.createDirectories(dir.resolve("my tools"));
        Path jar = Files.createFile(dir.resolve("my tools/bulletin.jar"));
        Files.createFile(dir.resolve("my tools/bulletin.jsa"));
        Path thp = Files.writeString(dir.resolve("thp"), "always [madvise] never\n");
        List<String> options = Launcher.fastOptions(jar, thp);
        assertThat(options).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:+UseTransparentHugePages", "-Djruby.compile.mode=OFF", "-Dsun.net.httpserver.nodelay=true",
                "-XX:SharedArchiveFile=" + dir.resolve("my tools/bulletin.jsa"), "-XX:ArchiveRelocationMode=0");

        List<String> cmd = Launcher.command(jar, List.of("-Xmx1g"), new String[] {"serve", "我的 周"});
        assertThat(cmd.get(0)).startsWith(System.getProperty("java.home"));
        assertThat(cmd).containsSubsequence("-XX:TieredStopAtLevel=1", "-Xmx1g", "-Dbulletin.launcher=java-jar",
                "-jar", jar.toString(), "serve", "我的 周");
        assertThat(cmd.subList(cmd.size() - 2, cmd.size())).containsExactly("serve", "我的 周");

        Files.delete(dir.resolve("my tools/bulletin.jsa"));
        assertThat(Launcher.fastOptions(jar, dir.resolve("no-such-file")))
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.contains("TransparentHugePages"));
    }

    @Test
    void theThreeLaunchersGiveTheSameOptions() throws Exception {
        String sh = Files.readString(Path.of("..", "bin", "bulletin"));
        String cmd = Files.readString(Path.of("..", "bin", "bulletin.cmd"));
        for (String option : Launcher.fastOptions(Path.of("x.jar"), null)) {
            assertThat(sh).as("bin/bulletin").contains(option);
            assertThat(cmd).as("bin/bulletin.cmd").contains(option);
        }
        for (String cds : new String[] {"-Xshare:auto", "-Xlog:cds=off", "-XX:ArchiveRelocationMode=0",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:+UseTransparentHugePages"}) {
            assertThat(sh).contains(cds);
        }
        assertThat(sh).contains("-Dbulletin.launcher=");
        assertThat(cmd).contains("\"-Dbulletin.launcher=%~f0\"").contains("-XX:SharedArchiveFile=")
                .contains("%*").doesNotContain("\n\n");
        assertThat(cmd.replace("\r\n", "")).as("CRLF only").doesNotContain("\n");
    }

    @Test
    void wordsWithBlanksAreQuotedForShAndCmd() {
        assertThat(Launcher.quote("my-week")).isEqualTo("my-week");
        assertThat(Launcher.quote("my week")).isEqualTo("\"my week\"");
        assertThat(Launcher.quote("C:\\Program Files (x86)\\b.jar")).isEqualTo("\"C:\\Program Files (x86)\\b.jar\"");
    }

    @Test
    void consoleCharsetIsTheOneTheConsoleAsksForElseUtf8() {
        assertThat(BulletinCli.consoleCharset("GBK")).isEqualTo(Charset.forName("GBK"));
        assertThat(BulletinCli.consoleCharset(null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(BulletinCli.consoleCharset("no-such-charset")).isEqualTo(StandardCharsets.UTF_8);
    }
}

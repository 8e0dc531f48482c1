package org.bulletin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmConfigTest {

    @TempDir
    Path project;

    @Test
    void writesTheOptionsWhenTheProjectHasNoJvmConfig() throws IOException {
        assertThat(JvmConfig.write(project)).isEqualTo(JvmConfig.Outcome.WRITTEN);

        assertThat(Files.readString(project.resolve(".mvn/jvm.config")))
                .isEqualTo("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djruby.compile.mode=OFF "
                        + "-Dsun.net.httpserver.nodelay=true\n");
    }

    @Test
    void keepsAJvmConfigWithOtherOptionsAsItIs() throws IOException {
        Path file = project.resolve(".mvn/jvm.config");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "-Xmx2g\n-XX:TieredStopAtLevel=1\n");

        assertThat(JvmConfig.write(project)).isEqualTo(JvmConfig.Outcome.KEPT);
        assertThat(Files.readString(file)).isEqualTo("-Xmx2g\n-XX:TieredStopAtLevel=1\n");
    }

    @Test
    void recognisesAJvmConfigThatHasTheOptionsOnAnyLines() throws IOException {
        Path file = project.resolve(".mvn/jvm.config");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "-Xmx1g\n" + String.join("\n", JvmConfig.OPTIONS) + "\n");

        assertThat(JvmConfig.write(project)).isEqualTo(JvmConfig.Outcome.PRESENT);
    }

    @Test
    void hasTheOptionsOfTheCommandLineLauncher() throws IOException {
        // surefire runs in maven-plugin/: the launcher is bin/bulletin at the repository root
        List<String> launcher = Files.readAllLines(Path.of("../bin/bulletin"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("exec "))
                .flatMap(l -> Arrays.stream(l.split("\\s+")))
                .filter(word -> word.startsWith("-XX:") || word.startsWith("-D"))
                .toList();

        assertThat(launcher).isNotEmpty();
        assertThat(JvmConfig.OPTIONS).isEqualTo(launcher);
    }
}

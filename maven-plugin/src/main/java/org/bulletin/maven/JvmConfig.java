package org.bulletin.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Maven's {@code .mvn/jvm.config}: the JVM options of every Maven run in a project (read by {@code mvn}
 * and {@code mvnw} from the project's root folder; {@code MAVEN_OPTS} comes after them and wins). The
 * plugin runs inside Maven's JVM, so this is the only place that gives a build with the plugin the
 * options the command line's launcher {@code bin/bulletin} passes to java: the C1 compiler only, the
 * serial collector, JRuby's interpreter without its JIT, and small HTTP answers sent at once (serve).
 * Nothing is set from code: a JVM's compiler and collector cannot be changed once it runs, and system
 * properties are global.
 */
final class JvmConfig {

    /** The options of {@code bin/bulletin}, in its order ({@code JvmConfigTest} keeps the two equal). */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Djruby.compile.mode=OFF", "-Dsun.net.httpserver.nodelay=true");

    /** What {@link #write} found or did. */
    enum Outcome {
        /** The file did not exist and now holds the options. */
        WRITTEN,
        /** The file exists and has every option already. */
        PRESENT,
        /** The file exists without some of the options; it was left as it was. */
        KEPT
    }

    private JvmConfig() {
    }

    /** {@code .mvn/jvm.config} of the project whose root folder is {@code projectDir}. */
    static Path file(Path projectDir) {
        return projectDir.resolve(".mvn").resolve("jvm.config");
    }

    /** The options as one line of {@code jvm.config} (Maven before 4 allows no comments there). */
    static String line() {
        return String.join(" ", OPTIONS);
    }

    /** Writes the options into {@code projectDir/.mvn/jvm.config} when there is no such file; never changes one. */
    static Outcome write(Path projectDir) throws IOException {
        Path file = file(projectDir);
        if (Files.exists(file)) {
            List<String> present = Arrays.asList(Files.readString(file, StandardCharsets.ISO_8859_1).strip().split("\\s+"));
            return present.containsAll(OPTIONS) ? Outcome.PRESENT : Outcome.KEPT;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return Outcome.WRITTEN;
    }
}

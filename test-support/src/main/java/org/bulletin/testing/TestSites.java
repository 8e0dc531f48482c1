package org.bulletin.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small sites written inline (Hugo's txtar style): {@code -- path --} lines start each file. */
public final class TestSites {

    private TestSites() {
    }

    /** Writes the files of {@code txtar} under {@code dir} and returns {@code dir}. */
    public static Path write(Path dir, String txtar) throws IOException {
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                flush(dir, name, body);
                name = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        flush(dir, name, body);
        return dir;
    }

    private static void flush(Path dir, String name, StringBuilder body) throws IOException {
        if (name == null) {
            return;
        }
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, body.toString(), StandardCharsets.UTF_8);
    }

    /** The sample site of site-template, copied into {@code dir} (tests may change it). */
    public static Path sample(Path dir) throws IOException {
        Path template = sampleSource();
        for (String part : new String[] {"jbake.properties", "content", "assets", "data"}) {
            Path src = template.resolve(part);
            if (!Files.exists(src)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(src)) {
                for (Path p : walk.toList()) {
                    Path target = dir.resolve(template.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target);
                    }
                }
            }
        }
        return dir;
    }

    /** site-template/ of this repository. */
    public static Path sampleSource() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("site-template/content"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("site-template not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("site-template");
    }
}

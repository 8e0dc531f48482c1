package org.bulletin.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.bulletin.files.ClasspathTree;
/** Bundled folders (the theme, the scaffold) read the same from a jar as from a folder of classes. */
class ClasspathTreeTest {

    @TempDir
    Path tmp;

    private static final Map<String, String> FILES = Map.of(
            "org/x/theme/site.css", "body{}",
            "org/x/theme/js/quiz.js", "'use strict';",
            "org/x/theme/images/图标.svg", "<svg/>",
            "org/x/themes-other/not-this.txt", "no",
            "org/x/readme.txt", "no");

    @Test
    void readsTheSameFilesFromAJarAndFromAFolder() throws IOException {
        Path jar = tmp.resolve("with space/bundle.jar");
        Files.createDirectories(jar.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("org/x/theme/")); // a directory entry, as jar tools write them
            zip.closeEntry();
            for (Map.Entry<String, String> f : new TreeMap<>(FILES).entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path folder = tmp.resolve("classes");
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            Path file = folder.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }

        Map<String, String> fromJar;
        Map<String, String> fromFolder;
        try (URLClassLoader j = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
             URLClassLoader d = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            fromJar = text(ClasspathTree.read(j, "org/x/theme"));
            fromFolder = text(ClasspathTree.read(d, "org/x/theme"));
            assertThatThrownBy(() -> ClasspathTree.read(j, "org/x/missing"))
                    .hasMessageContaining("org/x/missing is missing");
        }

        assertThat(fromJar).isEqualTo(Map.of("site.css", "body{}", "js/quiz.js", "'use strict';",
                "images/图标.svg", "<svg/>"));
        assertThat(fromFolder).isEqualTo(fromJar);
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }
}

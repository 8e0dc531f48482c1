package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletin.files.ClasspathTree;

/** {@code bulletin new}: writes the sample publicity-week site (from site-template) into a new folder. */
public final class SiteScaffolder {

    private SiteScaffolder() {
    }

    /**
     * @return the number of files written
     * @throws IllegalStateException when the folder exists and is not empty (nothing is overwritten)
     */
    public static int create(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalStateException(dir + " is not empty: choose a new folder name "
                            + "(nothing was changed)");
                }
            }
        } else if (Files.exists(dir)) {
            throw new IllegalStateException(dir + " is a file: choose a new folder name");
        }
        Map<String, byte[]> files = ClasspathTree.read("org/bulletin/scaffold");
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = dir.resolve(e.getKey()).normalize();
            if (!target.startsWith(dir.normalize())) {
                throw new IOException("bad scaffold entry " + e.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
        return files.size();
    }
}

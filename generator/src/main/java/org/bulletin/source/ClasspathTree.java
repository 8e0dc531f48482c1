package org.bulletin.source;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a folder of bundled resources (the default theme, the scaffold site) from the classpath: a
 * folder during development, the jar when installed. Sorted by path.
 */
public final class ClasspathTree {

    private ClasspathTree() {
    }

    /** Every file under {@code root}: path relative to it → bytes. */
    public static Map<String, byte[]> read(String root) throws IOException {
        URL url = ClasspathTree.class.getClassLoader().getResource(root);
        if (url == null) {
            throw new IOException("Bulletin is incomplete: " + root + " is missing from its jar");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return walk(Path.of(uri));
            }
            // jar:file:/…/bulletin.jar!/org/bulletin/theme: a private file system per call, never the
            // process-wide one of the jar's URI, which another thread (a parallel Maven build) may close
            String spec = uri.getRawSchemeSpecificPart();
            int bang = spec.indexOf("!/");
            Path jar = Path.of(new URI(spec.substring(0, bang)));
            try (FileSystem fs = FileSystems.newFileSystem(jar)) {
                return walk(fs.getPath(spec.substring(bang + 1)));
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate " + url, e);
        }
    }

    private static Map<String, byte[]> walk(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}

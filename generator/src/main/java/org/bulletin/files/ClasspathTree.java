package org.bulletin.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a folder of bundled resources (the default theme, the scaffold site) from the classpath: a
 * folder during development, the jar when installed. Sorted by path.
 */
public final class ClasspathTree {

    private ClasspathTree() {
    }

    /** Every file under {@code root}: path relative to it → bytes. */
    public static Map<String, byte[]> read(String root) throws IOException {
        return read(ClasspathTree.class.getClassLoader(), root);
    }

    /** Every file under {@code root} as {@code loader} sees it: path relative to it → bytes. */
    static Map<String, byte[]> read(ClassLoader loader, String root) throws IOException {
        URL url = loader.getResource(root);
        if (url == null) {
            throw new IOException("Bulletin is incomplete: " + root + " is missing from its jar");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return walk(Path.of(uri));
            }
            // jar:file:/…/bulletin.jar!/org/bulletin/theme: read with a private ZipFile per call, neither the
            // process-wide zip file system of the jar's URI (another thread, a parallel Maven build, may
            // close it) nor a new one (finding the zip provider makes Java open every jar on the class path)
            String spec = uri.getRawSchemeSpecificPart();
            int bang = spec.indexOf("!/");
            Path jar = Path.of(new URI(spec.substring(0, bang)));
            String prefix = uri.getSchemeSpecificPart().substring(uri.getSchemeSpecificPart().indexOf("!/") + 2);
            return entries(jar, prefix.endsWith("/") ? prefix : prefix + "/");
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate " + url, e);
        }
    }

    private static Map<String, byte[]> entries(Path jar, String prefix) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        files.put(e.getName().substring(prefix.length()), in.readAllBytes());
                    }
                }
            }
        }
        return files;
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

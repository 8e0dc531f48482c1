package org.bulletin.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.bulletin.config.SiteConfig;

/** Finds the site's files: the first stage of the pipeline. Hidden files and folders are skipped. */
public final class SiteScanner {

    /** File name endings read as AsciiDoc, as in JBake. */
    public static final Set<String> ASCIIDOC = Set.of("adoc", "asciidoc", "ad");
    private static final String IGNORE_MARKER = ".jbakeignore";

    private SiteScanner() {
    }

    public static SiteSources scan(Path siteDir, SiteConfig config) throws IOException {
        SiteConfig.Layout layout = config.folders();
        List<SourceFile> documents = new ArrayList<>();
        List<SourceFile> contentAssets = new ArrayList<>();
        for (SourceFile f : list(siteDir, layout.content())) {
            (isAsciiDoc(f.relative()) ? documents : contentAssets).add(f);
        }
        Path templates = siteDir.resolve(layout.templates());
        return new SiteSources(siteDir, documents, contentAssets, list(siteDir, layout.assets()),
                list(siteDir, layout.data()), Files.isDirectory(templates) ? templates : null);
    }

    public static boolean isAsciiDoc(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && ASCIIDOC.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<SourceFile> list(Path siteDir, String folder) throws IOException {
        Path root = siteDir.resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(root, p) && !ignored(root, p))
                    .forEach(p -> files.add(new SourceFile(p, relative(siteDir, p))));
        }
        files.sort(Comparator.comparing(SourceFile::relative));
        return files;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean ignored(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (Files.exists(dir.resolve(IGNORE_MARKER))) {
                return true;
            }
        }
        return false;
    }

    /** The path of {@code file} relative to {@code base} with {@code /} separators. */
    public static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}

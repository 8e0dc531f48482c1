package org.bulletin.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

/** Finds the site's files: the first stage of the pipeline. Hidden files and folders are skipped. */
public final class SiteScanner {

    /** File name endings read as AsciiDoc, as in JBake. */
    public static final Set<String> ASCIIDOC = Set.of("adoc", "asciidoc", "ad");
    private static final String IGNORE_MARKER = ".jbakeignore";

    private SiteScanner() {
    }

    /**
     * The site's files. A symbolic link is followed only when it resolves inside the site folder; one that
     * points outside is left out and reported, so that nothing from elsewhere on the machine is published.
     */
    public static SiteSources scan(Path siteDir, SiteConfig config, Problems problems) throws IOException {
        SiteConfig.Layout layout = config.folders();
        List<SourceFile> documents = new ArrayList<>();
        List<SourceFile> contentAssets = new ArrayList<>();
        Path site = siteDir.toRealPath();
        String separator = config.get("header.separator", JBakeHeader.SEPARATOR);
        for (SourceFile f : list(siteDir, site, layout.content(), problems)) {
            (isDocument(f, separator) ? documents : contentAssets).add(f);
        }
        Path templates = siteDir.resolve(layout.templates());
        return new SiteSources(siteDir, documents, contentAssets, list(siteDir, site, layout.assets(), problems),
                list(siteDir, site, layout.data(), problems), Files.isDirectory(templates) ? templates : null);
    }

    /**
     * AsciiDoc and Markdown files are documents; an HTML file is one when it starts with a JBake header
     * (as in JBake), else it is the editor's own page, published as it is.
     */
    private static boolean isDocument(SourceFile f, String separator) throws IOException {
        ContentFormat format = ContentFormat.of(f.relative());
        return format == ContentFormat.HTML ? JBakeHeader.read(head(f), separator).present() : format != null;
    }

    /** The first few kilobytes of a file as text, for its JBake header. */
    static String head(SourceFile f) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(f.path())) {
            return new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public static boolean isAsciiDoc(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && ASCIIDOC.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The regular files under {@code siteDir/folder} (symbolic links to files included), sorted; hidden
     * files and folders, and folders holding a {@value #IGNORE_MARKER} file with all they contain, left
     * out. One file-system call per file and one more per folder (a walk that asked again for each file
     * whether it is a regular file, and for each of its parent folders whether it is ignored, made four).
     */
    private static List<SourceFile> list(Path siteDir, Path realSite, String folder, Problems problems)
            throws IOException {
        Path root = siteDir.resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) || Files.exists(dir.resolve(IGNORE_MARKER))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!hidden(file) && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)
                        && inside(file, realSite, relative(siteDir, file), problems))) {
                    files.add(new SourceFile(file, relative(siteDir, file)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(SourceFile::relative));
        return files;
    }

    /** Whether the link {@code file} resolves inside the site; reported when it does not. */
    private static boolean inside(Path file, Path realSite, String relative, Problems problems) {
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            return false; // a broken link: nothing to publish
        }
        if (target.startsWith(realSite)) {
            return true;
        }
        problems.error(relative, 0, Text.of("scan.link-outside", target));
        return false;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /** The path of {@code file} relative to {@code base} with {@code /} separators. */
    public static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}

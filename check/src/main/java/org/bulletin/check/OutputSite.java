package org.bulletin.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** A generated site as the checks see it: every file, and every HTML page parsed. */
final class OutputSite {

    static final String INDEX = "index.html";

    private final Path root;
    private final Set<String> files;
    private final List<CheckedPage> pages;
    private final Map<String, byte[]> cache = new TreeMap<>();
    private final String basePath;
    private final java.util.Locale language;

    private OutputSite(Path root, Set<String> files, List<CheckedPage> pages, java.util.Locale language) {
        this.root = root;
        this.files = files;
        this.pages = pages;
        this.basePath = basePath(pages);
        this.language = language;
    }

    /** The language findings are reported in. */
    java.util.Locale language() {
        return language;
    }

    /**
     * The language of the pages: the {@code <html lang>} of the home page, else English (also when there
     * is no home page).
     */
    static java.util.Locale pagesLanguage(Path root) {
        Path index = root.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return java.util.Locale.ENGLISH;
        }
        try {
            org.jsoup.nodes.Element html = Jsoup.parse(Files.readString(index, StandardCharsets.UTF_8)).selectFirst("html");
            String lang = html == null ? "" : html.attr("lang").strip();
            return lang.isEmpty() ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag(lang);
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.Locale.ENGLISH;
        }
    }

    /**
     * The site's path on its host ({@code /meiting/}), read from the home page's canonical link: pages
     * that hosts serve at any depth (the 404 page) link from there.
     */
    private static String basePath(List<CheckedPage> pages) {
        for (CheckedPage p : pages) {
            if (p.path().equals(INDEX)) {
                org.jsoup.nodes.Element canonical = p.doc().selectFirst("link[rel=canonical][href]");
                if (canonical != null) {
                    try {
                        String path = new URI(canonical.attr("href").strip()).getPath();
                        if (path != null && path.startsWith("/")) {
                            return path.endsWith("/") ? path : path.substring(0, path.lastIndexOf('/') + 1);
                        }
                    } catch (URISyntaxException e) {
                        return "/";
                    }
                }
            }
        }
        return "/";
    }

    /** {@code /} when the site is published at a host's root, else e.g. {@code /meiting/}. */
    String basePath() {
        return basePath;
    }

    /** Reads the output folder; {@code sources} maps page paths to the content they came from. */
    static OutputSite read(Path root, SourceMap sources) throws IOException {
        return read(root, sources, java.util.Locale.ENGLISH);
    }

    /** Reads the output folder; findings about it are in {@code language}. */
    static OutputSite read(Path root, SourceMap sources, java.util.Locale language) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new java.nio.file.NoSuchFileException(root.toString(), null,
                    org.bulletin.problem.Text.of("check.no-output").in(language));
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
        }
        List<CheckedPage> pages = new ArrayList<>();
        for (String f : files) {
            if (f.endsWith(".html")) {
                String html = Files.readString(root.resolve(f), StandardCharsets.UTF_8);
                Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
                SourceMap.Source src = sources.of(f);
                pages.add(new CheckedPage(f, html, doc, src == null ? null : src.file(),
                        src == null ? "" : src.text()));
            }
        }
        return new OutputSite(root, files, List.copyOf(pages), language);
    }

    Path root() {
        return root;
    }

    List<CheckedPage> pages() {
        return pages;
    }

    Set<String> files() {
        return files;
    }

    /** True when a site path names a published file (a folder path names its index file). */
    boolean exists(String path) {
        return files.contains(withIndex(path));
    }

    static String withIndex(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + INDEX : path;
    }

    /** The bytes of a published file (cached: stylesheets are shared by every page). */
    synchronized byte[] bytes(String path) throws IOException {
        byte[] b = cache.get(path);
        if (b == null) {
            b = Files.readAllBytes(root.resolve(path));
            cache.put(path, b);
        }
        return b;
    }

    /**
     * A reference from a page (or stylesheet) resolved against the site.
     *
     * @param path     the site path it points to (folders get their index file), or null when malformed
     * @param fragment the part after {@code #}, or null
     */
    record Target(String path, String fragment) {
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** True for references that stay on this site (no scheme, no host). */
    static boolean isInternal(String url) {
        String u = url.strip();
        return !u.startsWith("//") && !SCHEME.matcher(u).find();
    }

    /** True for references to another host: {@code http(s)://…} or {@code //host/…}. */
    static boolean isThirdParty(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("//") || u.startsWith("ftp://");
    }

    /**
     * Resolves an internal reference made from {@code fromFile}; null path when it cannot be parsed or
     * leaves the site. Root paths under the base path ({@code /meiting/css/site.css}) count as the site's.
     */
    Target resolve(String fromFile, String url) {
        String u = url.strip();
        if (!basePath.equals("/") && u.startsWith(basePath)) {
            u = "/" + u.substring(basePath.length());
        }
        try {
            URI base = new URI("file", null, "/" + fromFile, null);
            URI target = base.resolve(new URI(null, null, pathPart(u), null).getRawPath() + rest(u));
            String path = target.getPath();
            String fragment = target.getFragment();
            if (u.startsWith("#")) {
                return new Target(fromFile, fragment);
            }
            if (path == null || !path.startsWith("/") || path.startsWith("/../")) {
                return new Target(null, fragment);
            }
            return new Target(withIndex(path.substring(1)), fragment);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Target(null, null);
        }
    }

    /** The path of a URL, percent-decoded (the URI constructor re-encodes it). */
    private static String pathPart(String u) {
        int end = firstOf(u, '?', '#');
        String p = u.substring(0, end);
        return java.net.URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String rest(String u) {
        int end = firstOf(u, '?', '#');
        return u.substring(end);
    }

    private static int firstOf(String u, char a, char b) {
        int i = u.indexOf(a);
        int j = u.indexOf(b);
        if (i < 0) {
            return j < 0 ? u.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}

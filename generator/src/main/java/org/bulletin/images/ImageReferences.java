package org.bulletin.images;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bulletin.text.SourceLines;
import org.bulletin.text.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the photos a rendered page uses ({@code <img src>}, and links to a photo such as a gallery's
 * full-size link), resolved the way {@link org.bulletin.postprocess.LinkRewriter} resolves them: beside
 * the page first, then from the site root (where AsciiDoc writers expect {@code images/x.jpg} to be).
 */
public final class ImageReferences {

    private ImageReferences() {
    }

    /**
     * A photo used by a page.
     *
     * @param sitePath the photo's path relative to the site root (= relative to its assets or content folder)
     * @param written  the URL as the page wrote it
     */
    public record Found(String sitePath, String written) {
    }

    /**
     * @param html     the rendered page
     * @param pagePath the page's path relative to the site root, e.g. {@code articles/review.html}
     * @param isPhoto  true for the site paths of the photos the site holds
     * @return the photos used, in page order, each once
     */
    public static List<Found> find(String html, String pagePath, Predicate<String> isPhoto) {
        return find(html, pagePath, null, isPhoto);
    }

    /**
     * As {@link #find(String, String, Predicate)}, for a page whose document was written in another folder
     * than the page's: {@code articles/x.adoc} published at the clean address {@code articles/x/index.html}
     * names {@code photo.jpg} beside it, in {@code articles/} (looked for after the page's folder and before
     * the root, as {@link org.bulletin.postprocess.LinkRewriter} does).
     *
     * @param sourceFolder the document's folder relative to the site root ({@code articles/}), or null
     */
    public static List<Found> find(String html, String pagePath, String sourceFolder, Predicate<String> isPhoto) {
        Document page = Jsoup.parse(html);
        int slash = pagePath.lastIndexOf('/');
        String folder = slash < 0 ? "" : pagePath.substring(0, slash + 1);
        Predicate<String> beside = sourceFolder == null ? p -> false : p -> {
            String path = Urls.pathOf(p);
            String there = path.startsWith("/") ? null : Urls.resolve(sourceFolder, path);
            return there != null && isPhoto.test(there);
        };
        Set<String> seen = new LinkedHashSet<>();
        List<Found> found = new ArrayList<>();
        for (Element e : page.select("img[src], a[href]")) {
            String url = e.nameIs("a") ? e.attr("href") : e.attr("src");
            String sitePath = resolve(url.strip(), folder, isPhoto);
            String notBesidePage = sitePath == null || !sitePath.startsWith(folder) ? url.strip() : null;
            if (notBesidePage != null && Urls.isInternal(notBesidePage) && beside.test(notBesidePage)) {
                sitePath = Urls.resolve(sourceFolder, Urls.pathOf(notBesidePage));
            }
            if (sitePath != null && seen.add(sitePath)) {
                found.add(new Found(sitePath, url.strip()));
            }
        }
        return found;
    }

    /** The photo a URL in a page of {@code folder} points to, or null when it is not one of the site's photos. */
    static String resolve(String url, String folder, Predicate<String> isPhoto) {
        if (url.isEmpty() || !Urls.isInternal(url)) {
            return null;
        }
        String path = Urls.pathOf(url);
        if (path.startsWith("/")) {
            String root = path.substring(1);
            return isPhoto.test(root) ? root : null;
        }
        String beside = Urls.resolve(folder, path);
        if (beside != null && isPhoto.test(beside)) {
            return beside;
        }
        String fromRoot = Urls.resolve("", path);
        return fromRoot != null && isPhoto.test(fromRoot) ? fromRoot : null;
    }

    /**
     * The line of the source that references a photo: the URL as written, else the path without the
     * {@code imagesdir} prefix Asciidoctor added, else the file name, else the folder (a {@code gallery::}
     * macro names only the folder); 0 when none is found.
     */
    public static int lineOf(String sourceText, String written) {
        if (sourceText.isEmpty()) {
            return 0;
        }
        String url = Urls.pathOf(written).replaceFirst("^(\\.\\./|\\./|/)+", "");
        List<String> candidates = new ArrayList<>();
        String rest = url;
        while (!rest.isEmpty()) {
            candidates.add(rest);
            int cut = rest.indexOf('/');
            rest = cut < 0 ? "" : rest.substring(cut + 1);
        }
        int slash = url.lastIndexOf('/');
        String dir = slash < 0 ? "" : url.substring(0, slash + 1);
        while (!dir.isEmpty()) {
            candidates.add("::" + dir);
            candidates.add("::" + dir.substring(0, dir.length() - 1) + "[");
            int cut = dir.indexOf('/');
            dir = cut < 0 || cut == dir.length() - 1 ? "" : dir.substring(cut + 1);
        }
        for (String candidate : candidates) {
            int line = SourceLines.lineOf(sourceText, candidate);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }
}

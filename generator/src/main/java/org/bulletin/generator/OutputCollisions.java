package org.bulletin.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.render.SiteRenderer;
import org.bulletin.source.SourceFile;

/**
 * No output path has two sources: a page and a file copied as it is ({@code about.adoc} and
 * {@code about.html}), a content file and a page Bulletin generates ({@code content/index.adoc} and the
 * home page, {@code content/feed.xml} and the Atom feed), an asset and a content file. Each is an error
 * naming both, so that nothing an editor wrote is replaced silently.
 */
final class OutputCollisions {

    private OutputCollisions() {
    }

    /**
     * @param plan          the planned pages (their source, or empty for generated ones)
     * @param assets        the site's asset files, published at the root
     * @param contentFiles  the content files published as they are
     */
    static void check(List<SiteRenderer.Planned> plan, List<SourceFile> assets, List<SourceFile> contentFiles,
                      SiteConfig config, Problems problems) {
        Map<String, String> owners = new HashMap<>();
        for (SiteRenderer.Planned p : plan) {
            String owner = p.source().isEmpty() ? generated(p.path(), config) : p.source();
            String other = owners.putIfAbsent(p.path(), owner);
            // two documents at one path are reported by the model stage already
            if (other != null && !other.equals(owner) && (p.source().isEmpty() || other.startsWith("the "))) {
                report(p.source().isEmpty() ? other : p.source(), p.source().isEmpty() ? owner : other, p.path(),
                        problems);
            }
        }
        String assetPrefix = config.folders().assets() + "/";
        String contentPrefix = config.folders().content() + "/";
        for (List<SourceFile> files : List.of(contentFiles, assets)) {
            for (SourceFile f : files) {
                String prefix = files == assets ? assetPrefix : contentPrefix;
                String path = f.relative().substring(prefix.length());
                String other = owners.putIfAbsent(path, f.relative());
                if (other != null) {
                    report(f.relative(), other, path, problems);
                }
            }
        }
    }

    private static void report(String file, String other, String path, Problems problems) {
        problems.error(file, 0, switch (other.startsWith("the ") ? other.substring(4, other.indexOf(' ', 4)) : "") {
            case "" -> Text.of("build.collision", other, path);
            case "home" -> Text.of("build.collision-index", path);
            case "archive" -> Text.of("build.collision-archive", path);
            case "Atom" -> Text.of("build.collision-feed", path);
            case "sitemap" -> Text.of("build.collision-sitemap", path);
            case "404" -> Text.of("build.collision-404", path);
            case "tag" -> Text.of("build.collision-tag", path);
            default -> Text.of("build.collision-generated", path);
        });
    }

    /** What Bulletin generates at {@code path}: its second word names it in {@link #report}. */
    private static String generated(String path, SiteConfig config) {
        SiteConfig.Layout f = config.folders();
        if (path.equals(f.index())) {
            return "the home page (index.file)";
        }
        if (path.equals(f.archive())) {
            return "the archive (archive.file)";
        }
        if (path.equals(f.feed())) {
            return "the Atom feed (feed.file)";
        }
        if (path.equals(f.sitemap())) {
            return "the sitemap (sitemap.file)";
        }
        if (path.equals(f.error404())) {
            return "the 404 page (error404.file)";
        }
        if (path.startsWith(f.tags() + "/")) {
            return "the tag page " + path + " (tag.path)";
        }
        return "the page Bulletin generates at " + path;
    }
}

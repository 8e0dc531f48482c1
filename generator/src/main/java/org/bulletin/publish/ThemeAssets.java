package org.bulletin.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.files.ClasspathTree;

/**
 * The default theme's static files ({@code org/bulletin/theme/assets/}): CSS, scripts, favicon. A site
 * file with the same path in {@code assets/} wins. Style sheets and scripts are published with a content
 * key in their names ({@link ContentKeys}), the site's own versions of them too.
 */
public final class ThemeAssets {

    private static volatile Map<String, byte[]> cache;

    private ThemeAssets() {
    }

    /** Every theme asset: site path → bytes (read once per process; the jar does not change). */
    public static Map<String, byte[]> load() throws IOException {
        Map<String, byte[]> c = cache;
        if (c == null) {
            c = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(ClasspathTree.read("org/bulletin/theme/assets")));
            cache = c;
        }
        return new java.util.TreeMap<>(c);
    }

    /**
     * The theme's files as a build publishes them.
     *
     * @param theme the theme's files: site path (keyed where keyable) → bytes
     * @param files the site's static files without those that replace a keyed theme file (they are in
     *              {@code theme}, keyed)
     * @param names site path → keyed site path ({@code css/site.css} → {@code css/site.3f9a2c1b.css})
     */
    public record Published(Map<String, byte[]> theme, Map<String, Path> files, Map<String, String> names) {
    }

    /**
     * The theme's files with the site's own versions of its style sheets and scripts ({@code files}: site
     * path → file) in their place, keyed.
     */
    public static Published publish(Map<String, byte[]> theme, Map<String, Path> files) throws IOException {
        Map<String, byte[]> merged = new TreeMap<>(theme);
        Map<String, Path> rest = new TreeMap<>(files);
        for (String path : theme.keySet()) {
            if (ContentKeys.keyable(path) && rest.containsKey(path)) {
                merged.put(path, Files.readAllBytes(rest.remove(path)));
            }
        }
        ContentKeys.Keyed keyed = ContentKeys.of(merged);
        return new Published(keyed.files(), rest, keyed.names());
    }
}

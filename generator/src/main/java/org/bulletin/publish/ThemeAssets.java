package org.bulletin.publish;

import java.io.IOException;
import java.util.Map;
import org.bulletin.files.ClasspathTree;

/**
 * The default theme's static files ({@code org/bulletin/theme/assets/}): CSS, scripts, favicon. A site
 * file with the same path in {@code assets/} wins.
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
}

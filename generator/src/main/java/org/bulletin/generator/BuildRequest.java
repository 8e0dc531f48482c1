package org.bulletin.generator;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What to build: the same value object for the CLI, the Maven plugin and tests.
 *
 * @param siteDir   the site folder (holds {@code jbake.properties}, {@code content/} …)
 * @param outputDir where the finished site goes; replaced only by a complete build
 * @param overrides configuration keys that win over {@code jbake.properties} ({@code -D}, Maven
 *                  {@code siteProperties}, {@code --base-url} as {@code site.host})
 * @param strict    true: warnings fail the build; null: the site's {@code strict} key decides
 */
public record BuildRequest(Path siteDir, Path outputDir, Map<String, String> overrides, Boolean strict) {

    public BuildRequest {
        siteDir = siteDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        overrides = Map.copyOf(new TreeMap<>(overrides));
    }

    public static BuildRequest of(Path siteDir, Path outputDir) {
        return new BuildRequest(siteDir, outputDir, Map.of(), null);
    }

    public BuildRequest withOverride(String key, String value) {
        Map<String, String> m = new TreeMap<>(overrides);
        m.put(key, value);
        return new BuildRequest(siteDir, outputDir, m, strict);
    }
}

package org.bulletin.generator;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.incremental.BuildFingerprint;
import org.bulletin.publish.SitePublisher;

/**
 * What to build: the same value object for the CLI, the Maven plugin and tests.
 *
 * @param siteDir   the site folder (holds {@code jbake.properties}, {@code content/} …)
 * @param outputDir where the finished site goes; replaced only by a complete build
 * @param overrides configuration keys that win over {@code jbake.properties} ({@code -D}, Maven
 *                  {@code siteProperties}, {@code --base-url} as {@code site.host})
 * @param strict    true: warnings fail the build; null: the site's {@code strict} key decides
 * @param cacheDir  the folder of the conversion cache; null: {@code .OUT.bulletin-cache} beside the output
 * @param useCache  false: convert every document and leave the cache alone
 * @param publishing true: the output is to be published ({@code bulletin build}, {@code bulletin:build}), so a
 *                  placeholder {@code site.host} gets a warning; false: a preview or a test
 */
public record BuildRequest(Path siteDir, Path outputDir, Map<String, String> overrides, Boolean strict,
                           Path cacheDir, boolean useCache, boolean publishing) {

    public BuildRequest {
        siteDir = siteDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        overrides = java.util.Collections.unmodifiableMap(new TreeMap<>(overrides));
        cacheDir = cacheDir == null ? null : cacheDir.toAbsolutePath().normalize();
    }

    /** Not for publishing (see {@link #forPublishing}). */
    public BuildRequest(Path siteDir, Path outputDir, Map<String, String> overrides, Boolean strict,
                        Path cacheDir, boolean useCache) {
        this(siteDir, outputDir, overrides, strict, cacheDir, useCache, false);
    }

    /** With the cache in its default place beside the output. */
    public BuildRequest(Path siteDir, Path outputDir, Map<String, String> overrides, Boolean strict) {
        this(siteDir, outputDir, overrides, strict, null, true);
    }

    public static BuildRequest of(Path siteDir, Path outputDir) {
        return new BuildRequest(siteDir, outputDir, Map.of(), null);
    }

    public BuildRequest withOverride(String key, String value) {
        Map<String, String> m = new TreeMap<>(overrides);
        m.put(key, value);
        return new BuildRequest(siteDir, outputDir, m, strict, cacheDir, useCache, publishing);
    }

    /** The same request with the conversion cache in {@code dir} (the Maven plugin: under target/). */
    public BuildRequest withCacheDir(Path dir) {
        return new BuildRequest(siteDir, outputDir, overrides, strict, dir, useCache, publishing);
    }

    /** The same request without the conversion cache. */
    public BuildRequest withoutCache() {
        return new BuildRequest(siteDir, outputDir, overrides, strict, cacheDir, false, publishing);
    }

    /** The same request for an output that is to be published: a placeholder site.host gets a warning. */
    public BuildRequest forPublishing() {
        return new BuildRequest(siteDir, outputDir, overrides, strict, cacheDir, useCache, true);
    }

    /** The cache folder a build into {@code outputDir} uses when none is given: beside it, hidden. */
    public static Path defaultCacheDir(Path outputDir) {
        return SitePublisher.cacheFolder(outputDir);
    }

    /** Where the conversion cache lives: the one asked for, or the default beside the output. */
    public Path effectiveCacheDir() {
        return cacheDir != null ? cacheDir : defaultCacheDir(outputDir);
    }

    /** What of this request its {@link BuildFingerprint} covers. */
    public BuildFingerprint.Inputs fingerprintInputs() {
        return new BuildFingerprint.Inputs(siteDir, outputDir, overrides, strict);
    }
}

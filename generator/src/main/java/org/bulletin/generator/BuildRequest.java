package org.bulletin.generator;

import java.nio.file.Path;
import java.util.Locale;
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
 * @param language  the language of the build's messages (problems, progress and summary lines); null: the
 *                  site's {@code site.locale} (see {@link #withLanguage})
 */
public record BuildRequest(Path siteDir, Path outputDir, Map<String, String> overrides, Boolean strict,
                           Path cacheDir, boolean useCache, boolean publishing, Locale language) {

    public BuildRequest {
        siteDir = siteDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        overrides = java.util.Collections.unmodifiableMap(new TreeMap<>(overrides));
        cacheDir = cacheDir == null ? null : cacheDir.toAbsolutePath().normalize();
    }

    /** In the site's language (see {@link #withLanguage}). */
    public BuildRequest(Path siteDir, Path outputDir, Map<String, String> overrides, Boolean strict,
                        Path cacheDir, boolean useCache, boolean publishing) {
        this(siteDir, outputDir, overrides, strict, cacheDir, useCache, publishing, null);
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
        return new BuildRequest(siteDir, outputDir, m, strict, cacheDir, useCache, publishing, language);
    }

    /** The same request with the conversion cache in {@code dir} (the Maven plugin: under target/). */
    public BuildRequest withCacheDir(Path dir) {
        return new BuildRequest(siteDir, outputDir, overrides, strict, dir, useCache, publishing, language);
    }

    /** The same request without the conversion cache. */
    public BuildRequest withoutCache() {
        return new BuildRequest(siteDir, outputDir, overrides, strict, cacheDir, false, publishing, language);
    }

    /** The same request for an output that is to be published: a placeholder site.host gets a warning. */
    public BuildRequest forPublishing() {
        return new BuildRequest(siteDir, outputDir, overrides, strict, cacheDir, useCache, true, language);
    }

    /**
     * The same request with its messages in another language than the site's: problems, progress lines and
     * the summary ({@link BuildResult#language()}, {@link org.bulletin.problem.Problem#format(Locale)}) are
     * then put into words in {@code language} ({@code zh*}: Chinese, any other: English) instead of the
     * site's {@code site.locale}. Only the words change, never the pages: the language is not part of the
     * build's fingerprint, and the conversion cache keeps problems as keys, so a cached build answers in
     * either language. The command line's {@code --lang} and the Maven plugin's {@code -Dbulletin.lang} set it.
     *
     * @param language the language, or null for the site's own
     */
    public BuildRequest withLanguage(Locale language) {
        return new BuildRequest(siteDir, outputDir, overrides, strict, cacheDir, useCache, publishing, language);
    }

    /**
     * The language of this build's messages for a site configured with {@code config}: the one asked for
     * ({@link #withLanguage}), else the site's {@code site.locale}.
     */
    public Locale language(org.bulletin.config.SiteConfig config) {
        return language != null ? language : config.language();
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

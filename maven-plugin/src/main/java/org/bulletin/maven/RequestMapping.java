package org.bulletin.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.bulletin.check.CheckRequest;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.problem.Text;
import org.bulletin.report.AttemptPolicy;
import org.bulletin.report.ReportRequest;

/**
 * The plugin's parameters as the generator's {@link BuildRequest}: the only place where Maven's
 * names meet the generator's. The CLI does the same for its options; both end in the same request.
 *
 * <p>Site configuration overrides, weakest first:
 * <ol>
 *   <li>{@code jbake.properties} in the site folder;</li>
 *   <li>{@code <siteProperties>} in the pom;</li>
 *   <li>{@code <baseUrl>} / {@code -Dbulletin.baseUrl}, which sets {@code site.host};</li>
 *   <li>{@code -Dbulletin.KEY=VALUE} on the command line for any key containing a dot (every
 *       {@code jbake.properties} key does: {@code site.host}, {@code index.posts} …). Names without
 *       a dot after the prefix ({@code bulletin.skip}, {@code bulletin.strict} …) are the plugin's own
 *       parameters.</li>
 * </ol>
 */
final class RequestMapping {

    /** The prefix of every user property of the plugin and of {@code -D} site overrides. */
    static final String PREFIX = "bulletin.";

    private static final String HOST = "site.host";

    private RequestMapping() {
    }

    static BuildRequest request(File siteDirectory, File outputDirectory, String baseUrl, Boolean strict,
                                Map<String, String> siteProperties, Properties userProperties) {
        return new BuildRequest(siteDirectory.toPath(), outputDirectory.toPath(),
                overrides(siteProperties, baseUrl, userProperties), strict);
    }

    /**
     * The request with the conversion cache where the {@code cacheDirectory} and {@code noCache}
     * parameters put it: by default beside the output (in {@code target/}), elsewhere to survive
     * {@code mvn clean}, or none. The CLI's {@code --cache} and {@code --no-cache}.
     */
    static BuildRequest withCache(BuildRequest request, File cacheDirectory, boolean noCache) {
        BuildRequest placed = cacheDirectory == null ? request : request.withCacheDir(cacheDirectory.toPath());
        return noCache ? placed.withoutCache() : placed;
    }

    /** The site configuration keys that win over {@code jbake.properties}, merged in the order above. */
    static Map<String, String> overrides(Map<String, String> siteProperties, String baseUrl,
                                         Properties userProperties) {
        Map<String, String> overrides = new TreeMap<>();
        if (siteProperties != null) {
            siteProperties.forEach((key, value) -> overrides.put(key.strip(), value == null ? "" : value.strip()));
        }
        if (baseUrl != null && !baseUrl.isBlank()) {
            overrides.put(HOST, baseUrl.strip());
        }
        for (String name : userProperties.stringPropertyNames()) {
            String key = siteKey(name);
            if (key != null) {
                overrides.put(key, userProperties.getProperty(name).strip());
            }
        }
        return overrides;
    }

    /** {@code bulletin.site.host} → {@code site.host}; null for the plugin's own parameters and other properties. */
    static String siteKey(String userProperty) {
        if (!userProperty.startsWith(PREFIX)) {
            return null;
        }
        String key = userProperty.substring(PREFIX.length());
        return key.indexOf('.') > 0 && !key.endsWith(".") ? key : null;
    }

    /**
     * The report goal's parameters as the generator's {@link ReportRequest}.
     *
     * @throws IllegalArgumentException naming the parameter to fix, when the combination cannot work
     */
    /** A parameter that cannot work; the message is English, {@link #text()} in the goal's language. */
    static final class BadParameter extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final transient Text text;

        BadParameter(Text text) {
            super(text.english());
            this.text = text;
        }
    }

    static ReportRequest reportRequest(List<File> results, List<File> accessLogs, List<File> analyticsCsv,
                                       List<File> paper, String attempt, int draw, String seed, File reportDirectory) {
        AttemptPolicy policy;
        try {
            policy = attempt == null || attempt.isBlank() ? null : AttemptPolicy.valueOf(attempt.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameter(Text.of("maven.report.bad-attempt", PREFIX + "attempt", attempt));
        }
        if (draw > 0 && (seed == null || seed.isBlank())) {
            throw new BadParameter(Text.of("maven.report.draw-needs-seed", PREFIX + "draw", PREFIX + "seed"));
        }
        if (paths(results).isEmpty() && paths(accessLogs).isEmpty() && paths(analyticsCsv).isEmpty()
                && paths(paper).isEmpty()) {
            throw new BadParameter(Text.of("maven.report.no-inputs", PREFIX + "results"));
        }
        return new ReportRequest(paths(results), paths(accessLogs), paths(analyticsCsv), paths(paper), policy, draw,
                seed, reportDirectory.toPath());
    }

    /**
     * {@code request} with the prize rules of the report goal's {@code claimKey}, {@code exclude}, {@code zone},
     * {@code rank} and {@code cluster} ({@code N/DURATION} or {@code off}; null: the default).
     */
    static ReportRequest withPrizes(ReportRequest request, File claimKey, List<File> exclude, String zone, int rank,
                                    String cluster) {
        org.bulletin.report.ClusterRule clusterRule;
        try {
            clusterRule = cluster == null || cluster.isBlank() ? org.bulletin.report.ClusterRule.DEFAULT
                    : org.bulletin.report.ClusterRule.parse(cluster);
        } catch (IllegalArgumentException e) {
            throw new BadParameter(Text.of("report.bad-cluster", PREFIX + "cluster", cluster));
        }
        java.time.ZoneId zoneId;
        try {
            zoneId = zone == null || zone.isBlank() ? null : java.time.ZoneId.of(zone.strip());
        } catch (java.time.DateTimeException e) {
            throw new BadParameter(Text.of("maven.report.bad-zone", PREFIX + "zone", zone));
        }
        return new ReportRequest(request.results(), request.accessLogs(), request.analyticsCsv(), request.paper(),
                request.attempt(), request.drawCount(), request.drawSeed(), request.output(),
                new org.bulletin.report.PrizeRules(claimKey == null ? null : claimKey.toPath(), paths(exclude), zoneId,
                        rank, clusterRule));
    }

    private static List<Path> paths(List<File> files) {
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /** The check goal's parameters as the generator's {@link CheckRequest}; the site folder traces problems to sources. */
    static CheckRequest checkRequest(File outputDirectory, File siteDirectory, Integer budgetKb, boolean browser,
                                     File junitXml, BuildListener listener) {
        return new CheckRequest(outputDirectory.toPath(), siteDirectory == null ? null : siteDirectory.toPath(),
                budgetKb, browser, junitXml == null ? null : junitXml.toPath(), listener);
    }
}

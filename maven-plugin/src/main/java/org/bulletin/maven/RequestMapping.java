package org.bulletin.maven;

import java.io.File;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.bulletin.generator.BuildRequest;

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
}

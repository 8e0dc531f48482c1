package org.bulletin.deploy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

/**
 * The settings of one deploy: the options, else the site's {@code deploy.*} keys, else the defaults.
 * Credentials are never settings: a {@code deploy.*} key that looks like one is an error.
 *
 * @param target     where the site goes
 * @param endpoint   the S3 API address (null for a folder)
 * @param region     the signing region
 * @param pathStyle  path-style addresses
 * @param maxDeletes most files deleted without {@code force}
 * @param verify     fetch the site after deploying
 * @param dryRun     change nothing
 * @param force      delete more than {@code maxDeletes}
 * @param config     the site's configuration ({@code site.host}, {@code site.icp}, file names)
 */
public record DeploySettings(DeployTarget target, URI endpoint, String region, boolean pathStyle, int maxDeletes,
                             boolean verify, boolean dryRun, boolean force, SiteConfig config) {

    public static final int DEFAULT_MAX_DELETES = 256;
    public static final String DEFAULT_REGION = "us-east-1";
    /** The keys this module reads. */
    public static final Set<String> KEYS = Set.of("deploy.to", "deploy.endpoint", "deploy.region",
            "deploy.path-style", "deploy.max-deletes", "deploy.verify");

    /** The settings, or null with the problems reported as {@code jbake.properties:LINE: …} or for the option. */
    public static DeploySettings resolve(SiteConfig config, java.nio.file.Path siteDir, DeployOptions options,
                                         Problems problems) {
        for (String key : config.properties().keySet()) {
            if (!key.startsWith("deploy.")) {
                continue;
            }
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.contains("key") || lower.contains("secret") || lower.contains("password")
                    || lower.contains("token") || lower.contains("credential")) {
                problems.error(ConfigLoader.FILE, config.line(key), Text.of("deploy.credentials-in-file", key,
                        S3Store.ACCESS_KEY, S3Store.SECRET));
            } else if (!KEYS.contains(key)) {
                problems.error(ConfigLoader.FILE, config.line(key), Text.of("deploy.unknown-key", key,
                        String.join(", ", KEYS.stream().sorted().toList())));
            }
        }
        String to = pick(options.to(), config, "deploy.to");
        DeployTarget target = null;
        if (to == null) {
            problems.error("", 0, Text.of("deploy.no-target"));
        } else {
            try {
                target = DeployTarget.parse(to);
                if (target.folder() != null && options.to() == null && !target.folder().isAbsolute()) {
                    target = new DeployTarget(null, "", siteDir.resolve(target.folder())); // as the site's folders
                }
            } catch (IllegalArgumentException e) {
                report(problems, config, options.to(), "deploy.to",
                        e instanceof DeployTarget.BadTarget bad ? bad.text() : Text.plain(String.valueOf(e.getMessage())));
            }
        }
        URI endpoint = null;
        String endpointText = pick(options.endpoint(), config, "deploy.endpoint");
        if (target != null && target.bucketTarget()) {
            if (endpointText == null) {
                problems.error("", 0, Text.of("deploy.no-endpoint"));
            } else {
                endpoint = endpoint(endpointText, problems, config, options.endpoint());
            }
        }
        String region = pick(options.region(), config, "deploy.region");
        Boolean pathStyle = options.pathStyle() != null ? options.pathStyle()
                : bool(config, "deploy.path-style", false, problems);
        Boolean verify = options.verify() != null ? options.verify() : bool(config, "deploy.verify", true, problems);
        int maxDeletes = DEFAULT_MAX_DELETES;
        if (options.maxDeletes() != null) {
            maxDeletes = options.maxDeletes();
            if (maxDeletes < 0) {
                problems.error("", 0, Text.of("deploy.max-deletes-negative"));
            }
        } else if (config.get("deploy.max-deletes", null) != null) {
            try {
                maxDeletes = Integer.parseInt(config.get("deploy.max-deletes", null));
                if (maxDeletes < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.error(ConfigLoader.FILE, config.line("deploy.max-deletes"), Text.of("deploy.max-deletes-invalid",
                        config.get("deploy.max-deletes", null)));
            }
        }
        if (problems.hasErrors()) {
            return null;
        }
        return new DeploySettings(target, endpoint, region == null ? DEFAULT_REGION : region, pathStyle, maxDeletes,
                verify, options.dryRun(), options.force(), config);
    }

    private static String pick(String option, SiteConfig config, String key) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        return config.get(key, null);
    }

    private static URI endpoint(String text, Problems problems, SiteConfig config, String option) {
        try {
            URI uri = new URI(text.contains("://") ? text : "https://" + text);
            if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new java.net.URISyntaxException(text, "no host");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            report(problems, config, option, "deploy.endpoint", Text.of("deploy.endpoint-invalid", text));
            return null;
        }
    }

    private static Boolean bool(SiteConfig config, String key, boolean fallback, Problems problems) {
        String v = config.get(key, null);
        if (v == null) {
            return fallback;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on":
                return true;
            case "false", "no", "off":
                return false;
            default:
                problems.error(ConfigLoader.FILE, config.line(key), Text.of("deploy.not-boolean", key, v));
                return fallback;
        }
    }

    private static void report(Problems problems, SiteConfig config, String option, String key, Text message) {
        if (option != null) {
            problems.error("", 0, message);
        } else {
            problems.error(ConfigLoader.FILE, config.line(key), Text.of("deploy.key-problem", key, message));
        }
    }

    /** The site paths that go last: the home page and the 404 page. */
    public Set<String> lastPaths() {
        return Set.of(config.folders().index(), config.folders().error404());
    }

    /** The headers for this site's feed and sitemap names. */
    public FileHeaders headers() {
        return new FileHeaders(config.folders().feed(), config.folders().sitemap());
    }

    /** The warnings worth giving before deploying (mainland hosting without ICP number, default domains). */
    public List<Text> warnings() {
        return Hosting.warnings(config.host(), endpoint == null ? null : endpoint.getHost(), config.icp());
    }
}

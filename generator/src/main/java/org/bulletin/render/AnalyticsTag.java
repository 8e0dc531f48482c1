package org.bulletin.render;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.model.Site;

/**
 * The optional self-hosted analytics tag, variable {@code analytics} of the layout:
 * {@code analytics.provider=goatcounter|umami|plausible} and {@code analytics.url} (the service's own
 * address; nothing is loaded from anywhere else). GoatCounter is counted with its no-JavaScript pixel
 * ({@code URL/count?p=/path}); Umami loads {@code URL/script.js} with {@code analytics.site-id};
 * Plausible loads {@code URL/js/script.js} with {@code data-domain} (default the host of
 * {@code site.host}). Unset: nothing at all is added.
 */
public final class AnalyticsTag implements SiteRenderer.PageContributor {

    /**
     * What the layout adds to a page.
     *
     * @param pixel     an image URL to request, or null
     * @param script    a script URL, or null
     * @param websiteId Umami's website id, or null
     * @param domain    Plausible's domain, or null
     */
    public record Tag(String pixel, String script, String websiteId, String domain) {
    }

    private final String provider;
    private final String url;
    private final String siteId;
    private final String domain;

    private AnalyticsTag(String provider, String url, String siteId, String domain) {
        this.provider = provider;
        this.url = url;
        this.siteId = siteId;
        this.domain = domain;
    }

    /** The tag configured for the site, or null when analytics is not configured (or wrongly). */
    public static AnalyticsTag from(SiteConfig config, Problems problems) {
        String provider = config.get("analytics.provider", null);
        if (provider == null) {
            return null;
        }
        provider = provider.toLowerCase(Locale.ROOT);
        String url = config.get("analytics.url", null);
        if (!java.util.Set.of("goatcounter", "umami", "plausible").contains(provider)) {
            config.invalid(problems, Text.of("config.analytics-provider", provider), "analytics.provider");
            return null;
        }
        URI uri = url == null ? null : URI.create(url.replace(" ", "%20"));
        if (uri == null || uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            config.invalid(problems, Text.of("config.analytics-url", provider), "analytics.url", "analytics.provider");
            return null;
        }
        String siteId = config.get("analytics.site-id", null);
        if (provider.equals("umami") && siteId == null) {
            config.invalid(problems, Text.of("config.analytics-site-id"), "analytics.site-id", "analytics.provider");
            return null;
        }
        String domain = config.get("analytics.site-id", URI.create(config.host()).getHost());
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return new AnalyticsTag(provider, base, siteId, domain);
    }

    /** The tag for one page. */
    public Tag tag(String sitePath) {
        return switch (provider) {
            case "goatcounter" -> new Tag(url + "/count?p=" + URLEncoder.encode("/" + sitePath, StandardCharsets.UTF_8),
                    null, null, null);
            case "umami" -> new Tag(null, url + "/script.js", siteId, null);
            default -> new Tag(null, url + "/js/script.js", null, domain);
        };
    }

    @Override
    public void variables(Site site, Map<String, Object> vars) {
        vars.put("analytics", tag(String.valueOf(vars.get("path"))));
    }
}

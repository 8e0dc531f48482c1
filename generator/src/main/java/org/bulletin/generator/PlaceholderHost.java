package org.bulletin.generator;

import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.text.Urls;

/**
 * A build for publishing whose {@code site.host} is a placeholder ({@code bulletin new}'s example.org,
 * localhost …) gets a warning: poster QR codes, canonical links, the feed and the sitemap carry the
 * address. The dev server's preview does not ({@code bulletin check} makes it an error).
 */
final class PlaceholderHost {

    private PlaceholderHost() {
    }

    static void warn(SiteConfig config, Problems problems) {
        String host = Urls.placeholderHost(config.host());
        if (host != null) {
            problems.warning(ConfigLoader.FILE, config.line("site.host"),
                    Text.of("config.placeholder-host", config.host(), host));
        }
    }
}

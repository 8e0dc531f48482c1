package org.bulletin.render;

import java.net.URI;
import java.util.Locale;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

/**
 * How residents send messages, from {@code jbake.properties}: {@code messages.submit-url} (plain JSON
 * POST), or {@code messages.provider=waline|twikoo} with {@code messages.server} (the self-hosted
 * comment server) and optionally {@code messages.script}/{@code messages.style} (default: files on
 * that server). Scripts only ever come from the configured server.
 *
 * @param submitUrl where the form POSTs, or null
 * @param provider  {@code waline}, {@code twikoo} or null
 * @param server    the provider's server URL, or null
 * @param script    the provider's widget script URL, or null
 * @param style     the provider's style sheet URL, or null
 */
public record MessageWallSettings(String submitUrl, String provider, String server, String script, String style) {

    /** Reads and checks the settings; problems point at jbake.properties. */
    public static MessageWallSettings from(SiteConfig config, Problems problems) {
        String submit = config.get("messages.submit-url", null);
        String provider = config.get("messages.provider", null);
        String server = config.get("messages.server", null);
        if (submit != null && !httpUrl(submit)) {
            config.invalid(problems, Text.of("config.messages-submit-url", submit), "messages.submit-url");
            submit = null;
        }
        if (provider == null) {
            return new MessageWallSettings(submit, null, null, null, null);
        }
        provider = provider.toLowerCase(Locale.ROOT);
        if (!provider.equals("waline") && !provider.equals("twikoo")) {
            config.invalid(problems, Text.of("config.messages-provider", provider), "messages.provider");
            return new MessageWallSettings(submit, null, null, null, null);
        }
        if (server == null || !httpUrl(server)) {
            config.invalid(problems, Text.of("config.messages-server", provider), "messages.server", "messages.provider");
            return new MessageWallSettings(submit, null, null, null, null);
        }
        String base = server.endsWith("/") ? server : server + "/";
        String script = config.get("messages.script", base + (provider.equals("waline") ? "waline.umd.js" : "twikoo.all.min.js"));
        String style = provider.equals("waline") ? config.get("messages.style", base + "waline.css") : null;
        for (String url : new String[] {script, style}) {
            if (url != null && !sameHost(url, server)) {
                config.invalid(problems, Text.of("config.messages-script", provider, url, server), "messages.script", "messages.style", "messages.server");
                return new MessageWallSettings(submit, null, null, null, null);
            }
        }
        return new MessageWallSettings(submit, provider, server, script, style);
    }

    /** True when there is a way to send messages from the page. */
    public boolean canSend() {
        return submitUrl != null || provider != null;
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean sameHost(String a, String b) {
        try {
            URI x = new URI(a);
            URI y = new URI(b);
            return httpUrl(a) && x.getHost().equalsIgnoreCase(y.getHost()) && x.getPort() == y.getPort();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}

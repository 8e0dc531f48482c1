package org.bulletin.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletin.model.Site;

/**
 * The message wall: a page listing every approved message newest first with its reply, the send form
 * or the Waline/Twikoo widget when configured, otherwise the centre's contact. Adds a navigation entry
 * and sets {@code messagesUri} for the home page.
 */
public final class MessageWall implements SiteRenderer.PageContributor {

    private final MessageWallSettings settings;
    private final String label;

    /**
     * @param settings how messages are sent
     * @param label    the navigation label ({@code nav.messages})
     */
    public MessageWall(MessageWallSettings settings, String label) {
        this.settings = settings;
        this.label = label;
    }

    /** The page's path, or null when the site has no messages and no way to send one. */
    public String uri(Site site) {
        if (site.messages().isEmpty() && !settings.canSend()) {
            return null;
        }
        return "messages" + site.config().folders().extension();
    }

    @Override
    public List<SiteRenderer.Planned> pages(Site site, SiteRenderer renderer) {
        String uri = uri(site);
        if (uri == null) {
            return List.of();
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("wall", settings);
        vars.put("title", renderer.text("messages.title"));
        List<String> scripts = new ArrayList<>();
        if (settings.script() != null) {
            scripts.add(settings.script());
        }
        if (settings.canSend()) {
            scripts.add("/js/messages.js");
        }
        vars.put("pageScripts", scripts);
        vars.put("pageStyles", settings.style() == null ? List.of() : List.of(settings.style()));
        return List.of(renderer.planned("messages", uri, "", vars));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void variables(Site site, Map<String, Object> vars) {
        String uri = uri(site);
        if (uri == null) {
            return;
        }
        vars.put("messagesUri", uri);
        Object nav = vars.get("navigation");
        if (nav instanceof List<?> list) {
            ((List<Link>) list).add(new Link("/" + uri, label, null, uri.equals(vars.get("path"))));
        }
    }
}

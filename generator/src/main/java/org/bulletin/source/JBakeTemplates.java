package org.bulletin.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

/**
 * JBake's own templates (FreeMarker, Thymeleaf {@code .thyme}, Groovy, Jade, Pebble) and its
 * {@code template.*.file} keys, which Bulletin does not use: one warning naming them and saying how to
 * bring the design over, instead of ignoring them silently.
 */
public final class JBakeTemplates {

    private static final Set<String> ENDINGS = Set.of("ftl", "thyme", "gsp", "tpl", "jade", "pebble");
    private static final int NAMED = 6;

    private JBakeTemplates() {
    }

    public static void warn(SiteSources sources, SiteConfig config, Problems problems) throws IOException {
        List<String> found = new ArrayList<>();
        Path templates = sources.templates();
        if (templates != null) {
            try (Stream<Path> files = Files.walk(templates)) {
                files.filter(Files::isRegularFile).map(p -> SiteScanner.relative(sources.siteDir(), p))
                        .filter(JBakeTemplates::isJBakeTemplate).sorted().forEach(found::add);
            }
        }
        for (String key : config.properties().keySet()) {
            if (key.startsWith("template.") && key.endsWith(".file")) {
                found.add(key);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        String named = String.join(", ", found.subList(0, Math.min(NAMED, found.size())));
        boolean keysOnly = found.get(0).startsWith("template.");
        String where = keysOnly ? ConfigLoader.FILE : config.folders().templates();
        problems.warning(where, keysOnly ? config.line(found.get(0)) : 0, found.size() > NAMED
                ? Text.of("theme.jbake-templates-more", named, found.size() - NAMED, config.folders().templates(),
                        config.folders().assets())
                : Text.of("theme.jbake-templates", named, config.folders().templates(), config.folders().assets()));
    }

    private static boolean isJBakeTemplate(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && ENDINGS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}

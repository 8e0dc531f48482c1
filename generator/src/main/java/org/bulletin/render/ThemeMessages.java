package org.bulletin.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * The theme's UI strings ({@code #{key}} in templates) in the site's language: {@code messages.properties}
 * (English) and {@code messages_zh.properties}, overridable by a site's own
 * {@code templates/messages*.properties}. Read as UTF-8.
 */
final class ThemeMessages extends AbstractMessageResolver {

    private final Map<String, String> strings;
    private final Locale locale;

    ThemeMessages(Locale locale, Path siteTemplates) throws IOException {
        this.locale = locale;
        Map<String, String> s = new HashMap<>();
        String lang = locale.getLanguage();
        load(s, ThemeMessages.class.getResourceAsStream("/org/bulletin/theme/i18n/messages.properties"));
        load(s, ThemeMessages.class.getResourceAsStream("/org/bulletin/theme/i18n/messages_" + lang + ".properties"));
        if (siteTemplates != null) {
            for (String name : new String[] {"messages.properties", "messages_" + lang + ".properties"}) {
                Path p = siteTemplates.resolve(name);
                if (Files.isRegularFile(p)) {
                    load(s, Files.newInputStream(p));
                }
            }
        }
        this.strings = Map.copyOf(s);
    }

    /** A UI string outside templates (e.g. for generated text), or the key itself. */
    String text(String key, Object... args) {
        String pattern = strings.get(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static void load(Map<String, String> into, InputStream in) throws IOException {
        if (in == null) {
            return;
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k)));
        }
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        String pattern = strings.get(key);
        if (pattern == null) {
            return null;
        }
        return args == null || args.length == 0 ? pattern.replace("''", "'")
                : new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] args) {
        return "??" + key + "??";
    }
}

package org.bulletin.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * One immutable Thymeleaf engine per build: the site's own {@code templates/} first, then the default
 * theme, so a site overrides a single template by placing a file of the same name. A new
 * {@link Context} per page.
 */
public final class ThymeleafRenderer {

    /** Templates rendered as XML or text rather than HTML. */
    private static final Map<String, TemplateMode> MODES = Map.of(
            "feed", TemplateMode.XML, "sitemap", TemplateMode.XML, "robots", TemplateMode.TEXT);
    private static final String THEME = "org/bulletin/theme/templates/";

    private final TemplateEngine engine = new TemplateEngine();
    private final Locale locale;
    private final ThemeMessages messages;

    public ThymeleafRenderer(Path siteTemplates, Locale locale) throws IOException {
        this.locale = locale;
        this.messages = new ThemeMessages(locale, siteTemplates);
        int order = 1;
        for (String name : MODES.keySet().stream().sorted().toList()) {
            String suffix = MODES.get(name) == TemplateMode.TEXT ? ".txt" : ".xml";
            if (siteTemplates != null) {
                engine.addTemplateResolver(fileResolver(siteTemplates, order++, MODES.get(name), suffix, name));
            }
            engine.addTemplateResolver(classResolver(order++, MODES.get(name), suffix, name));
        }
        if (siteTemplates != null) {
            engine.addTemplateResolver(fileResolver(siteTemplates, order++, TemplateMode.HTML, ".html", null));
        }
        engine.addTemplateResolver(classResolver(order, TemplateMode.HTML, ".html", null));
        engine.setMessageResolver(messages);
    }

    private static FileTemplateResolver fileResolver(Path dir, int order, TemplateMode mode, String suffix,
                                                     String only) {
        FileTemplateResolver r = new FileTemplateResolver();
        r.setPrefix(dir.toAbsolutePath() + "/");
        configure(r, order, mode, suffix, only);
        return r;
    }

    private static ClassLoaderTemplateResolver classResolver(int order, TemplateMode mode, String suffix,
                                                             String only) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(ThymeleafRenderer.class.getClassLoader());
        r.setPrefix(THEME);
        configure(r, order, mode, suffix, only);
        return r;
    }

    private static void configure(org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver r, int order,
                                  TemplateMode mode, String suffix, String only) {
        r.setOrder(order);
        r.setTemplateMode(mode);
        r.setSuffix(suffix);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        r.setCheckExistence(true);
        if (only != null) {
            r.setResolvablePatterns(Set.of(only));
        }
    }

    /** A UI string in the site's language. */
    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /**
     * Renders one template.
     *
     * @throws RenderException with the template's name and line when the template is broken
     */
    public String render(String template, Map<String, Object> variables) {
        Context context = new Context(locale, variables);
        try {
            return engine.process(template, context);
        } catch (TemplateInputException e) {
            throw new RenderException(template, e);
        } catch (TemplateProcessingException e) {
            throw new RenderException(template, e);
        }
    }

    /** A template failed: carries the template name and line for a {@code path:line:} message. */
    public static final class RenderException extends RuntimeException {
        private final String template;
        private final int line;

        RenderException(String template, TemplateProcessingException e) {
            super(describe(e), e);
            this.template = e.getTemplateName() != null ? e.getTemplateName() : template;
            this.line = e.getLine() == null ? 0 : e.getLine();
        }

        private static String describe(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = e.getMessage();
            return root == e ? message : message + ": " + root;
        }

        public String template() {
            return template;
        }

        public int line() {
            return line;
        }
    }
}

package org.bulletin.images;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVG put into a page ({@code image::x.svg[opts=inline]}): cleaned as every published SVG is
 * ({@link SvgCleaner}: no scripts, event handlers or loads from elsewhere) and cut to its {@code <svg>}
 * element (no XML declaration, doctype or comments before it), as Asciidoctor inlines it.
 */
public final class InlineSvg {

    private static final Pattern START = Pattern.compile("<svg[\\s>]");
    private static final Pattern STYLE_ELEMENT = Pattern.compile("<(?:[\\w-]+:)?style[\\s>/]");

    /**
     * @param svg    the {@code <svg>} element's markup, or null when the file is not a usable SVG
     * @param styled true when it holds a {@code <style>} element, which a page's {@code style-src 'self'}
     *               blocks (the SVG then stays an image, where its own styles apply)
     */
    public record Markup(String svg, boolean styled) {
    }

    private InlineSvg() {
    }

    /** The markup to inline; null {@link Markup#svg()} when the file is damaged (the photo stage reports it). */
    public static Markup of(byte[] bytes) {
        String text;
        try {
            text = new String(SvgCleaner.clean(bytes, "inline").bytes(), StandardCharsets.UTF_8);
        } catch (ImageException e) {
            return new Markup(null, false);
        }
        Matcher start = START.matcher(text);
        if (!start.find()) {
            return new Markup(null, false);
        }
        String svg = text.substring(start.start()).strip();
        return new Markup(svg, STYLE_ELEMENT.matcher(svg).find());
    }
}

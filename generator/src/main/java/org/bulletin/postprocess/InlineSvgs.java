package org.bulletin.postprocess;

import java.util.function.Function;
import java.util.function.Predicate;
import org.bulletin.text.SourceLines;
import org.bulletin.text.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Puts SVGs written with {@code opts=inline} into the page. Asciidoctor (Bulletin's converter) leaves them
 * as {@code <img data-bulletin-inline-svg>}; this step finds the file as every image is found (beside the
 * document first, then from the site root: {@code images/x.svg} is {@code assets/images/x.svg} from any
 * folder depth), and replaces the image with the cleaned {@code <svg>}, named by the alt text
 * ({@code role="img"}, {@code aria-label}). Runs before {@link InlineStyleExtractor}, so the SVG's
 * {@code style} attributes become classes too. A file that is not found stays an image, which
 * {@link ImageAttributes} reports at its line; an SVG with a {@code <style>} element stays an image (the
 * pages' {@code style-src 'self'} would block that element), with a warning. An {@code opts=interactive}
 * SVG ({@code <object>}, which the pages' {@code object-src 'none'} blocks) becomes a plain image.
 */
public final class InlineSvgs implements PageStep {

    /** The attribute Bulletin's converter marks the images with. */
    public static final String MARK = "data-bulletin-inline-svg";

    /**
     * An SVG ready to inline.
     *
     * @param markup the cleaned {@code <svg>} element, or null when the file is damaged
     * @param styled true when it has a {@code <style>} element
     */
    public record Svg(String markup, boolean styled) {
    }

    private final Predicate<String> exists;
    private final Function<String, Svg> svgs;
    private final String contentPrefix;

    /**
     * @param exists        true for the site paths of the site's SVG files (assets/ and content/)
     * @param svgs          the cleaned SVG of a site path
     * @param contentPrefix the content folder with a slash ({@code content/}), to find a document's folder
     */
    public InlineSvgs(Predicate<String> exists, Function<String, Svg> svgs, String contentPrefix) {
        this.exists = exists;
        this.svgs = svgs;
        this.contentPrefix = contentPrefix;
    }

    @Override
    public void apply(Document page, PageContext context) {
        for (Element object : page.select("object[type=image/svg+xml][data]")) {
            // opts=interactive: the pages' object-src 'none' would show nothing; an image shows the drawing
            Element fallback = object.selectFirst("img[alt], span.alt");
            Element img = new Element("img").attr("src", object.attr("data"))
                    .attr("alt", fallback == null ? "" : fallback.nameIs("img") ? fallback.attr("alt") : fallback.text());
            for (String size : new String[] {"width", "height"}) {
                if (object.hasAttr(size)) {
                    img.attr(size, object.attr(size));
                }
            }
            object.replaceWith(img);
        }
        for (Element img : page.select("img[" + MARK + "]")) {
            img.removeAttr(MARK);
            String src = img.attr("src").strip();
            String path = Urls.isInternal(src) ? resolve(Urls.pathOf(src), context) : null;
            Svg svg = path == null ? null : svgs.apply(path);
            if (svg == null || svg.markup() == null) {
                continue; // not found: ImageAttributes reports it; damaged: the photo stage does
            }
            if (svg.styled()) {
                String file = context.source().isEmpty() ? context.path() : context.source();
                context.problems().warning(file, SourceLines.lineOf(context.sourceText(), src), "'" + src
                        + "' is shown as an image, not inline: its <style> element would be blocked by the pages' "
                        + "Content-Security-Policy (style-src 'self'); give its shapes fill=… or style=… attributes "
                        + "instead to have it inline");
                continue;
            }
            Element element = Jsoup.parse(svg.markup(), "", Parser.xmlParser()).selectFirst("svg");
            if (element == null) {
                continue;
            }
            withoutEditorData(element);
            String alt = img.attr("alt").strip();
            element.removeAttr("role").removeAttr("aria-label").removeAttr("aria-hidden");
            if (alt.isEmpty()) {
                element.attr("aria-hidden", "true");
            } else {
                element.attr("role", "img").attr("aria-label", alt);
            }
            for (String size : new String[] {"width", "height"}) {
                if (img.hasAttr(size)) {
                    element.attr(size, img.attr(size));
                }
            }
            img.replaceWith(element);
        }
    }

    /**
     * Takes out what drawing programs keep for themselves ({@code <metadata>}, Inkscape's and Sodipodi's
     * {@code inkscape:…} elements and attributes): harmless in a file, invalid HTML in a page.
     */
    private static void withoutEditorData(Element svg) {
        svg.select("metadata").remove();
        for (Element e : svg.getAllElements()) {
            if (e.tagName().contains(":")) {
                e.remove();
                continue;
            }
            for (org.jsoup.nodes.Attribute a : e.attributes().asList()) {
                String name = a.getKey();
                if (name.contains(":") && !name.startsWith("xlink:") && !name.startsWith("xml:")
                        && !name.equals("xmlns:xlink")) {
                    e.removeAttr(name);
                }
            }
        }
    }

    /** The site path of an SVG the page names: beside its document (or page), else from the site root. */
    private String resolve(String path, PageContext context) {
        if (path.startsWith("/")) {
            return exists.test(path.substring(1)) ? path.substring(1) : null;
        }
        String source = context.source();
        String folder = source.startsWith(contentPrefix)
                ? source.substring(contentPrefix.length(), source.lastIndexOf('/') + 1) : context.folder();
        String beside = Urls.resolve(folder, path);
        if (beside != null && exists.test(beside)) {
            return beside;
        }
        String fromRoot = Urls.resolve("", path);
        return fromRoot != null && exists.test(fromRoot) ? fromRoot : null;
    }
}

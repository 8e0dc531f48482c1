package org.bulletin.postprocess;

import java.util.function.Function;
import org.bulletin.problem.Text;
import org.bulletin.text.SourceLines;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.bulletin.text.Urls;
/**
 * Gives local images their intrinsic {@code width}/{@code height} (no layout shift on slow networks),
 * {@code loading="lazy"} below the first one and {@code decoding="async"}; reports images that do not
 * exist, with the line of the content file that references them.
 */
public final class ImageAttributes implements PageStep {

    private final Function<String, ImageSize> sizes;

    /** @param sizes the size of an output file (relative to the root), or null when unknown */
    public ImageAttributes(Function<String, ImageSize> sizes) {
        this.sizes = sizes;
    }

    /** Pixel size of an image. */
    public record ImageSize(int width, int height) {
    }

    @Override
    public void apply(Document page, PageContext context) {
        boolean first = true;
        for (Element img : page.select("main img[src], body img[src]")) {
            String src = img.attr("src");
            if (!img.hasAttr("decoding")) {
                img.attr("decoding", "async");
            }
            if (!first && !img.hasAttr("loading")) {
                img.attr("loading", "lazy");
            }
            first = false;
            if (!Urls.isInternal(src)) {
                continue;
            }
            String target = Urls.resolve(context.folder(), Urls.pathOf(src));
            if (target == null || !context.outputs().contains(target)) {
                reportMissing(img, context);
                continue;
            }
            ImageSize size = sizes.apply(target);
            if (size != null && !img.hasAttr("width") && !img.hasAttr("height")) {
                img.attr("width", Integer.toString(size.width()));
                img.attr("height", Integer.toString(size.height()));
            }
        }
    }

    private static void reportMissing(Element img, PageContext context) {
        String original = img.hasAttr("data-bulletin-src") ? img.attr("data-bulletin-src") : img.attr("src");
        String file = context.source().isEmpty() ? context.path() : context.source();
        String name = original.replaceFirst("^(\\.\\./)+", "");
        int line = context.sourceText().isEmpty() ? 0 : SourceLines.lineOf(context.sourceText(), name);
        context.problems().warning(file, line, Text.of("image.not-found", name));
    }
}

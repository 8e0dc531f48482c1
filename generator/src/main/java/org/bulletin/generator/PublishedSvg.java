package org.bulletin.generator;

import java.util.List;
import org.bulletin.images.SvgContent;

/** What the build would take out of an SVG, for the checker's look at a published site. */
public final class PublishedSvg {

    private PublishedSvg() {
    }

    /** What in {@code svg} could run or load something when it is opened on its own; empty when nothing. */
    public static List<String> activeParts(byte[] svg) {
        return SvgContent.activeParts(svg);
    }
}

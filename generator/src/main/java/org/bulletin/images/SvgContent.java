package org.bulletin.images;

import java.util.List;

/**
 * What an SVG holds that would run or load from elsewhere when the file is opened on its own, for the
 * checker of a built site; the build removes the same things (see {@link ImageProcessor}).
 */
public final class SvgContent {

    private SvgContent() {
    }

    /**
     * The active parts of an SVG in document order, e.g. {@code <script> (2)}, {@code onload attribute};
     * empty for a clean SVG and for one that is not well-formed XML (browsers show none of it).
     */
    public static List<String> activeParts(byte[] svg) {
        try {
            return SvgCleaner.clean(svg, "").removed();
        } catch (ImageException e) {
            return List.of();
        }
    }
}

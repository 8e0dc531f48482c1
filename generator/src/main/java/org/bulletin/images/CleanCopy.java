package org.bulletin.images;

import java.util.List;

/**
 * GIF and SVG keep their format: a GIF loses its metadata (animation kept, see {@link GifCleaner}), an
 * SVG what could run or load from elsewhere (see {@link SvgCleaner}), each reported as a warning.
 */
final class CleanCopy {

    /** The bytes to publish, the size, whether GPS data was removed and the warnings to report. */
    record Result(byte[] bytes, SourceReader.Size size, boolean hadGps, List<org.bulletin.problem.Text> warnings) {
    }

    private CleanCopy() {
    }

    /** Cleans a GIF or SVG; a malformed file is reported as damaged. */
    static Result of(byte[] bytes, ImageFormat format, SourceReader.Size stored, String reference)
            throws ImageException {
        if (format == ImageFormat.GIF) {
            GifCleaner.Cleaned gif = GifCleaner.clean(bytes, reference);
            return new Result(gif.bytes(), stored, gif.hadGps(), List.of());
        }
        SvgCleaner.Cleaned svg = SvgCleaner.clean(bytes, reference);
        List<org.bulletin.problem.Text> warnings = svg.removed().isEmpty() ? List.of()
                : List.of(ImageProblem.svgCleaned(reference, svg.removed()));
        return new Result(svg.bytes(), SvgSize.of(svg.bytes()), false, warnings);
    }
}

package org.bulletin.images;

import java.util.Locale;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;

/**
 * The editor-facing messages about images, as {@link Problem}s located at the reference
 * ({@code content/articles/review.adoc:12: image 'images/x.jpg' not found in assets/ (check the file name)}).
 */
public final class ImageProblem {

    private ImageProblem() {
    }

    /** An error at the place that references the image. */
    public static Problem at(ImageRequest request, Text message) {
        return Problem.error(request.sourceFile(), request.line(), message);
    }

    /** A warning at the place that references the image. */
    public static Problem warningAt(ImageRequest request, Text message) {
        return Problem.warning(request.sourceFile(), request.line(), message);
    }

    static Text svgCleaned(String reference, java.util.List<String> removed) {
        return Text.of("image.svg-cleaned", reference, String.join(", ", removed));
    }

    static Text notFound(String reference, String assetsName, String suggestion) {
        return suggestion == null ? Text.of("image.missing", reference, assetsName)
                : Text.of("image.missing-suggestion", reference, assetsName, suggestion);
    }

    static Text outsideAssets(String reference, String assetsName) {
        return Text.of("image.outside-assets", reference, assetsName);
    }

    static Text tooManyBytes(String reference, long bytes, long maxBytes) {
        return Text.of("image.too-big", reference, megabytes(bytes), megabytes(maxBytes));
    }

    static Text tooManyPixels(String reference, int width, int height, long maxPixels) {
        return Text.of("image.too-many-pixels", reference, width, height,
                String.format(Locale.ROOT, "%.1f", (double) width * height / 1_000_000.0), maxPixels / 1_000_000);
    }

    static Text notAnImage(String reference, String what) {
        return what == null ? Text.of("image.not-an-image", reference) : Text.of("image.unsupported-format", reference, what);
    }

    static Text damaged(String reference, String detail) {
        return Text.of("image.damaged", reference, detail);
    }

    static Text unreadable(String reference, String detail) {
        return Text.of("image.unreadable", reference, detail);
    }

    static Text cmyk(String reference) {
        return Text.of("image.cmyk", reference);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}

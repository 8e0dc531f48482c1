package org.bulletin.images;

import java.util.Locale;
import org.bulletin.problem.Problem;

/**
 * The editor-facing messages about images, as {@link Problem}s located at the reference
 * ({@code content/articles/review.adoc:12: image 'images/x.jpg' not found in assets/ (check the file name)}).
 */
public final class ImageProblem {

    private ImageProblem() {
    }

    /** An error at the place that references the image. */
    public static Problem at(ImageRequest request, String message) {
        return Problem.error(request.sourceFile(), request.line(), message);
    }

    /** A warning at the place that references the image. */
    public static Problem warningAt(ImageRequest request, String message) {
        return Problem.warning(request.sourceFile(), request.line(), message);
    }

    static String svgCleaned(String reference, java.util.List<String> removed) {
        return "image '" + reference + "' held content that runs or loads from elsewhere when the SVG is opened"
                + " on its own, removed from the published copy: " + String.join(", ", removed)
                + " (draw it without scripts, event handlers or links to other sites)";
    }

    static String notFound(String reference, String assetsName, String suggestion) {
        String text = "image '" + reference + "' not found in " + assetsName + "/ (check the file name";
        return suggestion == null ? text + ")" : text + "; did you mean '" + suggestion + "'?)";
    }

    static String outsideAssets(String reference, String assetsName) {
        return "image '" + reference + "' points outside " + assetsName + "/: put the photo inside the "
                + assetsName + " folder and reference it from there";
    }

    static String tooManyBytes(String reference, long bytes, long maxBytes) {
        return "image '" + reference + "' is " + megabytes(bytes) + " MB, over the limit of " + megabytes(maxBytes)
                + " MB (images.max-mb): export it smaller (3000 px wide is plenty) or raise images.max-mb";
    }

    static String tooManyPixels(String reference, int width, int height, long maxPixels) {
        return "image '" + reference + "' is " + width + " x " + height + " px ("
                + String.format(Locale.ROOT, "%.1f", (double) width * height / 1_000_000.0)
                + " megapixels), over the limit of " + maxPixels / 1_000_000
                + " megapixels (images.max-megapixels): scale it down before adding it";
    }

    static String notAnImage(String reference, String what) {
        String found = what == null ? "not a JPEG, PNG, WebP, GIF or SVG image"
                : "in " + what + " format, which Bulletin does not publish";
        return "image '" + reference + "' is " + found + ": export it again as JPEG (photos) or PNG (drawings)";
    }

    static String damaged(String reference, String detail) {
        return "image '" + reference + "' could not be read, the file is damaged or incomplete (" + detail
                + "): copy or export it again";
    }

    static String unreadable(String reference, String detail) {
        return "image '" + reference + "' could not be opened (" + detail + "): check the file's permissions";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}

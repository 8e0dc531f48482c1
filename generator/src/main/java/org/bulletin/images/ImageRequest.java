package org.bulletin.images;

/**
 * A reference to an image from an editor's file.
 *
 * @param path       the image relative to the assets folder, {@code /} separated, e.g. {@code images/2021/x.jpg}
 * @param sourceFile the referencing file relative to the site folder, for messages
 * @param line       1-based line of the reference, 0 when unknown
 */
public record ImageRequest(String path, String sourceFile, int line) {
}

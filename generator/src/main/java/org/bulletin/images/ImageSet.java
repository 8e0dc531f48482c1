package org.bulletin.images;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The published images of a build, by path relative to the assets folder (e.g. {@code images/x.jpg}).
 *
 * @param images sorted by path
 * @param report counts for the build log
 */
public record ImageSet(Map<String, ResponsiveImage> images, ImageReport report) {

    public ImageSet {
        images = java.util.Collections.unmodifiableMap(new TreeMap<>(images));
    }

    public Optional<ResponsiveImage> get(String path) {
        return Optional.ofNullable(images.get(path));
    }
}

package org.bulletin.images;

/**
 * What the image stage did.
 *
 * @param images    distinct images published
 * @param encoded   photos encoded in this build (the others came from the cache or were copied)
 * @param fromCache photos whose variants came from the cache
 * @param withGps   photos that carried GPS location data, removed from the published copies
 */
public record ImageReport(int images, int encoded, int fromCache, int withGps) {

    /**
     * One line for the build log, e.g. "Photos: 12 images (3 encoded, 9 from cache); 2 carried GPS location
     * data, removed from the published copies".
     */
    public org.bulletin.problem.Text text() {
        return withGps == 0 ? org.bulletin.problem.Text.of("build.photos", images, encoded, fromCache)
                : org.bulletin.problem.Text.of("build.photos-gps", images, encoded, fromCache, withGps);
    }

    /** {@link #text()} in English. */
    public String summary() {
        return text().english();
    }
}

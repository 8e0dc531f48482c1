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

    /** One line for the build log, e.g. "12 images (3 encoded, 9 from cache); 2 carried GPS location data, removed". */
    public String summary() {
        String gps = withGps == 0 ? "none carried GPS location data"
                : withGps + (withGps == 1 ? " carried" : " carried") + " GPS location data, removed from the published copies";
        return images + " images (" + encoded + " encoded, " + fromCache + " from cache); " + gps;
    }
}

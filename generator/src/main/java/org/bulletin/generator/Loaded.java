package org.bulletin.generator;

/**
 * What the load stage gives the next ones.
 *
 * @param site      the loaded site
 * @param photos    the photos being encoded ahead for the photo stage
 * @param converted documents converted
 * @param fromStore documents taken from the document store
 */
record Loaded(SiteGenerator.LoadedSite site, PhotoPrefetch photos, int converted, int fromStore) {
}

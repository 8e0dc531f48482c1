package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;
import org.bulletin.source.JBakeTemplates;
import org.bulletin.source.SiteScanner;
import org.bulletin.source.SiteSources;

/** The first stage: the site's configuration and files. Nothing is read but names and sizes. */
final class ScanStage {

    /**
     * What the scan found.
     *
     * @param request  what is being built
     * @param config   the typed configuration
     * @param sources  the site's files, sorted
     * @param problems the problems found so far, which every later stage adds to
     */
    record Scanned(BuildRequest request, SiteConfig config, SiteSources sources, Problems problems) {
    }

    private ScanStage() {
    }

    /** Refuses a site folder that does not exist, before anything is started for it. */
    static void requireSiteFolder(Path siteDir) throws NoSuchFileException {
        if (!Files.isDirectory(siteDir)) {
            throw new NoSuchFileException(siteDir.toString(), null, "the site folder does not exist");
        }
    }

    static Scanned scan(BuildRequest request, BuildListener listener) throws IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(request.siteDir(), request.overrides(), problems);
        listener.debug("configuration read in " + Timing.millis(start) + " ms");
        SiteSources sources = SiteScanner.scan(request.siteDir(), config, problems);
        JBakeTemplates.warn(sources, config, problems);
        listener.debug("scanned " + sources.documents().size() + " documents in " + Timing.millis(start) + " ms");
        return new Scanned(request, config, sources, problems);
    }
}

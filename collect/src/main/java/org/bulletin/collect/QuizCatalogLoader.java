package org.bulletin.collect;

import java.io.IOException;
import java.nio.file.Path;

/** Reads the quiz catalog of a site folder (wired by the CLI to the site parser). */
@FunctionalInterface
public interface QuizCatalogLoader {

    /**
     * @throws IOException              when the site cannot be read
     * @throws IllegalArgumentException when the site has errors; the message lists them
     */
    QuizCatalog load(Path site) throws IOException;
}

package org.bulletin.postprocess;

import java.util.Set;
import org.bulletin.problem.Problems;

/**
 * What a post-processing step knows about the page at hand.
 *
 * @param path       output path of the page, relative to the site root
 * @param source     the content file it came from, or empty
 * @param sourceText the content file's text (to find lines for messages), or empty
 * @param outputs    every file the site will publish, relative to the root
 * @param problems   where broken references are reported
 */
public record PageContext(String path, String source, String sourceText, Set<String> outputs, Problems problems) {

    /** {@code ../} once per folder level of the page: the way back to the site root. */
    public String rootPrefix() {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The folder of the page, relative to the root, with a trailing {@code /}, or empty at the root. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }
}

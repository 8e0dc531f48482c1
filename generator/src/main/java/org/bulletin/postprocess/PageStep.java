package org.bulletin.postprocess;

import org.jsoup.nodes.Document;

/** One step of the HTML post-processing chain. Steps change the parsed page in place. */
@FunctionalInterface
public interface PageStep {
    void apply(Document page, PageContext context);
}

package org.bulletin.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Page;
import org.bulletin.model.Quiz;

/** Which content file each published page came from, so problems can name the file an editor edits. */
final class SourceMap {

    /** A content file and its text. */
    record Source(String file, String text) {
    }

    private final Map<String, Source> byPage;

    private SourceMap(Map<String, Source> byPage) {
        this.byPage = byPage;
    }

    static SourceMap none() {
        return new SourceMap(Map.of());
    }

    /** Loads the site (scan and parse, nothing written) to learn every page's source file. */
    static SourceMap load(Path siteDir, Path outputDir, BuildListener listener) throws IOException {
        Map<String, Source> map = new TreeMap<>();
        try (SiteGenerator generator = new SiteGenerator(listener)) {
            SiteGenerator.LoadedSite loaded = generator.load(BuildRequest.of(siteDir, outputDir));
            for (Page p : loaded.site().posts()) {
                map.put(p.uri(), new Source(p.source(), loaded.sourceTexts().get(p.source())));
            }
            for (Page p : loaded.site().pages()) {
                map.put(p.uri(), new Source(p.source(), loaded.sourceTexts().get(p.source())));
            }
            for (Quiz q : loaded.site().quizzes()) {
                map.put(q.uri(loaded.config()),
                        new Source(q.source(), loaded.sourceTexts().get(q.source())));
            }
        }
        return new SourceMap(map);
    }

    Source of(String page) {
        return byPage.get(page);
    }
}

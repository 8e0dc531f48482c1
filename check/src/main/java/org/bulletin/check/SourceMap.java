package org.bulletin.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Document;
import org.bulletin.model.Draft;
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
            for (Document d : loaded.site().documents()) {
                String page = d.match(new Document.Cases<String>() {
                    @Override
                    public String page(Page p) {
                        return p.uri();
                    }

                    @Override
                    public String quiz(Quiz q) {
                        return q.uri(loaded.config());
                    }

                    @Override
                    public String draft(Draft draft) {
                        return null; // no page
                    }
                });
                if (page != null) {
                    map.put(page, new Source(d.source(), loaded.sourceTexts().get(d.source())));
                }
            }
        }
        return new SourceMap(map);
    }

    Source of(String page) {
        return byPage.get(page);
    }
}

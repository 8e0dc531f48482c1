package org.bulletin.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletin.config.ConfigLoader;
import org.bulletin.problem.Problems;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the scan finds: JBake's folders, sorted; hidden and {@code .jbakeignore}d files left out. */
class SiteScannerTest {

    @TempDir
    Path dir;

    private SiteSources scan(Path site) throws IOException {
        return SiteScanner.scan(site, ConfigLoader.load(site, Map.of(), new Problems()));
    }

    private static List<String> relative(List<SourceFile> files) {
        return files.stream().map(SourceFile::relative).toList();
    }

    @Test
    void findsDocumentsContentAssetsAssetsAndDataSortedAndSkipsHiddenAndIgnoredFiles() throws IOException {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                -- content/b.adoc --
                = B
                -- content/a/z.asciidoc --
                = Z
                -- content/a/photo.jpg --
                jpg
                -- content/a/.draft.adoc.swp --
                swap
                -- content/.git/HEAD --
                ref
                -- content/partials/.jbakeignore --
                -- content/partials/note.adoc --
                included only
                -- content/partials/deeper/more.adoc --
                included only
                -- assets/css/x.css --
                css
                -- assets/.hidden.css --
                css
                -- data/messages.csv --
                date,name
                """);

        SiteSources sources = scan(site);

        assertThat(relative(sources.documents())).containsExactly("content/a/z.asciidoc", "content/b.adoc");
        assertThat(relative(sources.contentAssets())).containsExactly("content/a/photo.jpg");
        assertThat(relative(sources.assets())).containsExactly("assets/css/x.css");
        assertThat(relative(sources.data())).containsExactly("data/messages.csv");
        assertThat(sources.documents().get(1).path()).isEqualTo(site.resolve("content/b.adoc"));
    }

    @Test
    void aJbakeignoreInAFolderLeavesOutAllOfItAndSymbolicLinksToFilesCount() throws IOException {
        Path site = TestSites.write(dir.resolve("site"), """
                -- content/a.adoc --
                = A
                -- assets/.jbakeignore --
                -- assets/x.css --
                css
                """);
        Path shared = TestSites.write(dir.resolve("shared"), """
                -- s.adoc --
                = Shared
                """);
        Files.createSymbolicLink(site.resolve("content/s.adoc"), shared.resolve("s.adoc"));
        Files.createSymbolicLink(site.resolve("content/folder-link"), shared);

        SiteSources sources = scan(site);

        assertThat(relative(sources.documents())).containsExactly("content/a.adoc", "content/s.adoc");
        assertThat(sources.assets()).isEmpty();
        assertThat(sources.data()).isEmpty();
    }
}

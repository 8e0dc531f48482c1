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

    private final Problems problems = new Problems();

    private SiteSources scan(Path site) throws IOException {
        return SiteScanner.scan(site, ConfigLoader.load(site, Map.of(), new Problems()), problems);
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
        // shared texts kept in the site folder, outside content/ (a link outside the site is refused: below)
        Path shared = TestSites.write(site.resolve("shared"), """
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

    @Test
    void refusesSymbolicLinksThatPointOutsideTheSiteAndKeepsThoseInside() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
        Path outsideDoc = Files.writeString(dir.resolve("elsewhere.adoc"), "= Not ours\n\nText.");
        Path site = TestSites.write(dir.resolve("site"), """
                -- content/a.adoc --
                = A
                -- assets/css/x.css --
                css
                """);
        Files.createSymbolicLink(site.resolve("content/b.adoc"), outsideDoc);
        Files.createSymbolicLink(site.resolve("assets/passwd"), outside);
        Files.createSymbolicLink(site.resolve("content/same.adoc"), site.resolve("content/a.adoc"));
        Files.createSymbolicLink(site.resolve("assets/css/y.css"), Path.of("x.css"));

        SiteSources sources = scan(site);

        assertThat(relative(sources.documents())).containsExactly("content/a.adoc", "content/same.adoc");
        assertThat(relative(sources.assets())).containsExactly("assets/css/x.css", "assets/css/y.css");
        assertThat(problems.sorted()).extracting(p -> p.file() + ":" + p.line() + ": " + p.message())
                .containsExactly(
                        "assets/passwd:0: this is a link to " + outside.toRealPath() + ", outside the site folder: "
                                + "copy the file into the site instead (links are followed only inside the site)",
                        "content/b.adoc:0: this is a link to " + outsideDoc.toRealPath() + ", outside the site "
                                + "folder: copy the file into the site instead (links are followed only inside the site)");
        assertThat(problems.sorted()).allMatch(p -> p.isError());
    }
}

package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** No file marked draft, by its header or by its name, reaches the output, whatever its kind. */
@ExtendWith(SharedGenerator.class)
class DraftFilesTest {

    @TempDir
    Path dir;

    @Test
    void draftsThatAreNotAsciiDocAreNotPublished(SiteGenerator generator) throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.host=https://example.org/
                -- content/a.adoc --
                = A
                :jbake-type: page

                Text.
                -- content/notes-draft.md --
                # Not yet
                -- content/blog/plan-draft.html --
                <p>not yet</p>
                -- content/blog/old.html --
                title=Old post
                status=draft
                type=post
                ~~~~~~
                <p>an unfinished post</p>
                -- content/blog/spaced.md --
                title = Spaced
                status = draft
                ~~~~~~
                Not yet.
                -- content/blog/live.html --
                title=Live
                status=published
                ~~~~~~
                <p>published</p>
                -- content/files/leaflet.html --
                <p>a plain file, no header</p>
                -- content/files/status.txt --
                status=draft is just words in a text file
                """);
        Path out = dir.resolve("out");

        BuildResult result = generator.build(BuildRequest.of(site, out));

        assertThat(result.errors()).isEmpty();
        assertThat(out.resolve("a.html")).isRegularFile();
        assertThat(out.resolve("notes-draft.md")).doesNotExist();
        assertThat(out.resolve("blog/plan-draft.html")).doesNotExist();
        assertThat(out.resolve("blog/old.html")).doesNotExist();
        assertThat(out.resolve("blog/spaced.md")).doesNotExist();
        assertThat(out.resolve("blog/live.html")).isRegularFile();
        assertThat(out.resolve("files/leaflet.html")).isRegularFile();
        assertThat(Files.readString(out.resolve("files/status.txt"))).startsWith("status=draft");
    }
}

package org.bulletin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's folders: a killed server's preview folder goes at the next start, a running one's stays; one cache per site. */
class PreviewFoldersTest {

    @TempDir
    Path tmp;

    @Test
    void foldersOfServersThatNoLongerRunAreDeletedAtTheNextStart() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killed = Files.createDirectories(tmp.resolve(PreviewFolders.PREFIX + "1/site/articles"));
        Files.writeString(killed.getParent().getParent().resolve(PreviewFolders.OWNER), Long.toString(ended.pid()));
        Path running = Files.createDirectories(tmp.resolve(PreviewFolders.PREFIX + "2/site"));
        Files.writeString(running.getParent().resolve(PreviewFolders.OWNER), Long.toString(ProcessHandle.current().pid()));
        Path other = Files.createDirectories(tmp.resolve("someone-else"));

        Path mine = PreviewFolders.create(tmp);

        assertThat(tmp.resolve(PreviewFolders.PREFIX + "1")).doesNotExist();
        assertThat(running).isDirectory();
        assertThat(other).isDirectory();
        assertThat(mine.getFileName().toString()).startsWith(PreviewFolders.PREFIX);
        assertThat(mine.resolve(PreviewFolders.OWNER)).hasContent(Long.toString(ProcessHandle.current().pid()));
    }

    @Test
    void eachSiteHasOneCacheFolder() {
        Path a = PreviewFolders.cache(tmp, tmp.resolve("week"));
        assertThat(PreviewFolders.cache(tmp, tmp.resolve("x/../week"))).isEqualTo(a);
        assertThat(PreviewFolders.cache(tmp, tmp.resolve("other"))).isNotEqualTo(a);
        assertThat(a.getParent()).isEqualTo(tmp.resolve("bulletin-serve-cache"));
    }
}

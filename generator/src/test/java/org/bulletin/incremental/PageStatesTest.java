package org.bulletin.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletin.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored state of the last build: read back exactly, the same bytes for the same state, damage = none. */
class PageStatesTest {

    @TempDir
    Path dir;

    private static PageState state(Map<String, Set<String>> styles) {
        return new PageState("/out\tput", "in", "skel", "lists", "site",
                Map.of("articles/a.html", "key:1,content/b.adoc,"),
                Map.of("articles/a.html", List.of(Problem.warning("content/a.adoc", 3, "含\t制表符\n和换行 \\ 反斜杠")),
                        "index.html", List.of()),
                styles, Map.of("bs-0123abcd", "width:50%"),
                Map.of("articles/a.html", "h1", "index.html", "h2"),
                Map.of("articles/a.html", "120@2026-11-28T13:33:13.991552925Z#(dev=803,ino=42)"));
    }

    @Test
    void readsBackWhatItStoredAndWritesTheSameBytesForTheSameState() throws Exception {
        Path file = dir.resolve(PageStates.FILE);
        PageState s = state(Map.of("articles/a.html", Set.of("bs-0123abcd", "bs-ffff0000"), "index.html", Set.of()));
        PageStates.save(file, s);
        assertThat(PageStates.load(file)).isEqualTo(s);

        byte[] first = Files.readAllBytes(file);
        PageStates.save(file, state(Map.of("index.html", Set.of(), "articles/a.html", Set.of("bs-ffff0000", "bs-0123abcd"))));
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void countsAFileCutShortDamagedOrOfAnotherFormatAsNoState() throws Exception {
        Path file = dir.resolve(PageStates.FILE);
        PageStates.save(file, state(Map.of("articles/a.html", Set.of(), "index.html", Set.of())));
        String text = Files.readString(file);

        Files.writeString(file, text.substring(0, text.lastIndexOf("end")), StandardCharsets.UTF_8);
        assertThat(PageStates.load(file)).isNull();
        Files.writeString(file, text.replace("\nproblem\t", "\nproblem\tno-such-page\t"), StandardCharsets.UTF_8);
        assertThat(PageStates.load(file)).isNull();
        Files.writeString(file, text.replace(PageStates.FORMAT, "bulletin-page-state-0"), StandardCharsets.UTF_8);
        assertThat(PageStates.load(file)).isNull();
        assertThat(PageStates.load(dir.resolve("missing.txt"))).isNull();
    }
}

package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documentation tests' reading of Markdown, and the commands of README and of the manual's pages
 * ({@code docs/content/**}{@code /*.md}) all in blocks they run or skip with a reason.
 */
class ShellBlocksTest {

    @Test
    void blocksMarksAndOtherLanguages() {
        List<ShellBlocks.Block> blocks = ShellBlocks.of("x.md", """
                text
                ```xml
                <a/>
                ```
                <!-- doc-test: skip: runs until Ctrl-C -->

                ```sh
                bulletin serve my-week
                ```
                <!-- doc-test: exit 1 -->
                ```bash
                bulletin check out
                ```
                ```sh
                bulletin new a
                bulletin build a
                ```
                """);
        assertThat(blocks).extracting(ShellBlocks.Block::line).containsExactly(7, 11, 14);
        assertThat(blocks.get(0).skip()).isEqualTo("runs until Ctrl-C");
        assertThat(blocks.get(1).exit()).isEqualTo(1);
        assertThat(blocks.get(1).skip()).isNull();
        assertThat(blocks.get(2).code()).isEqualTo("bulletin new a\nbulletin build a\n");
    }

    @Test
    void readmeHasNoCommandOutsideTheBlocksTheTestsRun() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(ShellBlocks.unfencedCommands("README.md", readme)).isEmpty();
        assertThat(ShellBlocks.of("README.md", readme)).isNotEmpty()
                .allSatisfy(b -> assertThat(b.skip() == null || b.skip().length() > 10).as(b.where()).isTrue());
    }

    /** The manual's pages: every command in a block the documentation test runs, or skips with a reason. */
    @Test
    void docsPagesHaveNoCommandOutsideTheBlocksTheTestsRun() throws Exception {
        List<Path> pages = docsPages();
        assertThat(pages).hasSizeGreaterThan(20);
        int blocks = 0;
        for (Path page : pages) {
            String name = Path.of("..").relativize(page).toString();
            String text = Files.readString(page);
            assertThat(ShellBlocks.unfencedCommands(name, text)).isEmpty();
            List<ShellBlocks.Block> found = ShellBlocks.of(name, text);
            assertThat(found).allSatisfy(b -> assertThat(b.skip() == null || b.skip().length() > 10).as(b.where())
                    .isTrue());
            blocks += found.size();
        }
        assertThat(blocks).as("shell blocks in docs/").isGreaterThan(5);
    }

    /** README is the front page: what Bulletin is, the two commands first, the quick start, links to the manual. */
    @Test
    void readmeIsShortWithTheTwoCommandsFirst() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        assertThat(lines.size()).as("README.md lines (the manual is in docs/)").isLessThanOrEqualTo(250);
        ShellBlocks.Block first = ShellBlocks.of("README.md", String.join("\n", lines)).get(0);
        assertThat(first.line()).isLessThan(15);
        assertThat(first.code()).contains("bin/bulletin serve site-template").contains("\nmvn -B verify -Pall\n");
    }

    static List<Path> docsPages() throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(Path.of("..", "docs", "content"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}

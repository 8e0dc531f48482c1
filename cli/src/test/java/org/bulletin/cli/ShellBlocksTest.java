package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documentation tests' reading of Markdown, and README's commands all in blocks they run or skip with a reason. */
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
}

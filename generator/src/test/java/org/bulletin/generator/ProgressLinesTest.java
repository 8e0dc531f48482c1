package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

    @Test
    void printsEveryTenPercentOfALongStage() {
        ProgressLines progress = new ProgressLines();
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            progress.line("convert", i, 250).ifPresent(lines::add);
        }

        assertThat(lines).hasSize(11).first().isEqualTo("  convert: 0% (1/250)");
        assertThat(lines).last().isEqualTo("  convert: 100% (250/250)");
    }

    @Test
    void neverGoesBackWhenThreadsReportOutOfOrder() {
        ProgressLines progress = new ProgressLines();
        List<String> lines = new ArrayList<>();
        for (int done : new int[] {1, 101, 100, 99, 202, 201, 200}) {
            progress.line("convert", done, 1000).ifPresent(lines::add);
        }
        assertThat(lines).containsExactly("  convert: 0% (1/1000)", "  convert: 10% (101/1000)",
                "  convert: 20% (202/1000)");
    }

    @Test
    void staysQuietForShortStages() {
        ProgressLines progress = new ProgressLines();
        for (int i = 1; i <= 99; i++) {
            assertThat(progress.line("convert", i, 99)).isEmpty();
        }
    }
}

package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bulletin.problem.Problem;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large conversions run on one Asciidoctor session per core; the site and the problems must not depend
 * on it. A generator that starts another session for every 4 documents converts the sample site plus 24
 * articles on two sessions; the shared generator (one session) converts the same site.
 */
@ExtendWith(SharedGenerator.class)
class ParallelConversionTest {

    @TempDir
    Path tmp;

    @Test
    void severalSessionsGiveTheSameFilesAndProblemsAsOne(SiteGenerator single) throws IOException {
        Path site = TestSites.sample(tmp.resolve("site"));
        for (int i = 1; i <= 24; i++) {
            String body = i == 7 ? "Text.\n\n----\nan unterminated listing block\n"
                    : "第 " + i + " 篇。\n\n== 小节\n\n* 一\n* 二\n\n[NOTE]\n注意事项 " + i + "。\n";
            Path f = site.resolve("content/articles/gen-" + i + ".adoc");
            Files.writeString(f, "= 文章 " + i + "\n:jbake-type: post\n:jbake-date: 2022-02-" + (10 + i % 18)
                    + "\n:jbake-tags: gen, t" + (i % 3) + "\n\n" + body, StandardCharsets.UTF_8);
        }
        List<String> debug = new CopyOnWriteArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void debug(String message) {
                debug.add(message);
            }
        };
        BuildResult parallel;
        // its own generator: four Asciidoctor sessions, compared with the shared one's single session
        try (SiteGenerator generator = new SiteGenerator(listener, "test-parallel", 4)) {
            parallel = generator.build(BuildRequest.of(site, tmp.resolve("parallel")).withoutCache());
        }
        BuildResult one = single.build(BuildRequest.of(site, tmp.resolve("one")).withoutCache());

        assertThat(parallel.published()).isTrue();
        assertThat(parallel.problems()).isEqualTo(one.problems())
                .extracting(Problem::file).contains("content/articles/gen-7.adoc");
        assertThat(SampleSiteBuildTest.snapshot(tmp.resolve("parallel")))
                .isEqualTo(SampleSiteBuildTest.snapshot(tmp.resolve("one")));
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(debug).contains("starting another Asciidoctor");
        }
    }
}

package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bulletin.problem.Problem;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The messages real-world AsciiDoc gets (issue 19): each says what is wrong, once, at the right file and line. */
@ExtendWith(SharedGenerator.class)
class AsciidocMessagesTest {

    @TempDir
    Path dir;

    private static final String PROPS = """
            -- jbake.properties --
            site.title=Test
            site.host=https://example.org/
            """;

    private List<String> problems(SiteGenerator generator, String files) throws Exception {
        TestSites.write(dir, PROPS + files);
        return generator.load(BuildRequest.of(dir, dir.resolve("out"))).problems().sorted().stream()
                .map(Problem::toString).toList();
    }

    @Test
    void antoraIncludesAreNamedAsSuch(SiteGenerator generator) throws Exception {
        List<String> problems = problems(generator, """
                -- content/a.adoc --
                = A
                :jbake-type: page

                include::partial$intro.adoc[]

                include::ROOT:example$demo.java[tag=x]
                """);
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).contains("Antora resource id")
                .doesNotContain("web address"));
        assertThat(problems.get(0)).startsWith("warning: content/a.adoc:4: include::partial$intro.adoc[]")
                .contains("include::partials/intro.adoc[]");
        assertThat(problems.get(1)).startsWith("warning: content/a.adoc:6: ");
    }

    @Test
    void nonIsoDateGetsOneMessage(SiteGenerator generator) throws Exception {
        List<String> problems = problems(generator, """
                -- content/a.adoc --
                = A
                :jbake-date: 15.03.2022

                x
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("error: content/a.adoc:2: ").contains("15.03.2022", "2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日");
    }

    @Test
    void headingSkipIsReportedOnce(SiteGenerator generator) throws Exception {
        List<String> problems = problems(generator, """
                -- content/a.adoc --
                = A
                :jbake-type: page

                == One

                ==== Too deep

                x
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("warning: content/a.adoc:6: ");
    }

    @Test
    void problemsInAnIncludedFileNameThatFileAndLine(SiteGenerator generator) throws Exception {
        List<String> problems = problems(generator, """
                -- content/a.adoc --
                = A
                :jbake-type: page

                include::../partials/b.adoc[]
                -- partials/b.adoc --
                First line.

                Uses {undefined-thing} here.

                == Section

                ==== Too deep
                """);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("warning: partials/b.adoc:3: ")
                .contains("undefined-thing"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("warning: partials/b.adoc:7: "));
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("content/a.adoc"));
    }
}

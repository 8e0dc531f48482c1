package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.bulletin.problem.Problem;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A mistake in a site's own template names the file and line, and says how to fix it, in the site's language. */
@ExtendWith(SharedGenerator.class)
class TemplateErrorTest {

    @TempDir
    Path dir;

    @Test
    void aBrokenExpressionInTheSitesTemplateIsAnErrorAtItsLineWithTheFix(SiteGenerator generator) throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.host=https://shegong-week.cn/
                -- content/articles/a.adoc --
                = A
                :jbake-date: 2022-03-14

                Text.
                -- templates/post.html --
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org">
                <body>
                <h1 th:text="${page.title">x</h1>
                </body>
                </html>
                """);

        BuildResult result = generator.build(BuildRequest.of(dir, dir.resolve("out")));

        assertThat(result.published()).isFalse();
        Problem problem = result.errors().get(0);
        assertThat(problem.file()).isEqualTo("templates/post.html");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).contains("${page.title")
                .contains("Fix the expression on this line of the template")
                .contains("delete templates/post.html to use the theme's own");
        assertThat(problem.message(Locale.SIMPLIFIED_CHINESE)).contains("模板这一行").contains("删掉 templates/post.html");
    }
}

package org.bulletin.maven;

import static org.bulletin.maven.RequestMapping.PREFIX;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bulletin.importer.QuizImport;
import org.bulletin.problem.Text;

/**
 * Writes a quiz from a question list, like {@code bulletin import-quiz}: {@code .xlsx}, {@code .csv} (UTF-8 or
 * GBK) or pasted text. {@code mvn bulletin:import-quiz -Dbulletin.file=题库.xlsx -Dbulletin.output=src/main/bulletin/content/quiz/bank.adoc}.
 * Rows or lines it cannot read fail the goal with their {@code file:row}; nothing is written unless
 * {@code partial}. An existing quiz file is never replaced.
 *
 * @since 0.1.0
 */
@Mojo(name = "import-quiz", requiresProject = false, threadSafe = true)
public class ImportQuizMojo extends AbstractBulletinMojo {

    /**
     * The question list: {@code .xlsx}, {@code .csv}, or a text file with the pasted form.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "file", required = true)
    File file;

    /**
     * The quiz file to write, e.g. {@code src/main/bulletin/content/quiz/bank.adoc}; must not exist.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "output", required = true)
    File output;

    /**
     * The quiz title; default the text's title line, else the file name.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "title")
    String title;

    /**
     * Write every readable question even when some rows or lines are left out (they are logged as warnings).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "partial", defaultValue = "false")
    boolean partial;

    @Override
    protected void run() throws IOException, MojoFailureException {
        Locale language = lang != null && !lang.isBlank() ? language() : null; // else the site's the quiz goes into
        if (output.exists()) {
            throw new MojoFailureException(Text.of("maven.import.exists", output)
                    .in(language != null ? language : QuizImport.siteLanguage(output.toPath())));
        }
        QuizImport.Result result = QuizImport.run(file.toPath(), output.toPath(), title, partial, language);
        if (!result.written()) {
            throw new MojoFailureException(Text.of("maven.import.nothing-written", result.found().size(), file,
                    result.questions()).in(result.language())
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", result.shown()));
        }
        result.shown().forEach(p -> getLog().warn(p));
        getLog().info(Text.of("maven.import.wrote", output, result.questions()).in(result.language()));
    }
}

package org.bulletin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bulletin.importer.QuizImport;
import org.bulletin.problem.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bulletin import-quiz FILE -o content/quiz/NAME.adoc}. */
@Command(name = "import-quiz", mixinStandardHelpOptions = true, versionProvider = BulletinCli.Version.class,
        description = "Write a quiz from a question list: .xlsx, .csv (UTF-8 or GBK) or pasted text (.txt).")
final class ImportQuizCommand implements Callable<Integer> {

    @ParentCommand
    BulletinCli cli;

    @Parameters(index = "0", paramLabel = "FILE", description = "The question list: .xlsx, .csv, or a text file.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "QUIZ",
            description = "The quiz file to write, e.g. content/quiz/NAME.adoc (refused if it exists, unless --force).")
    Path output;

    @Option(names = "--title", paramLabel = "TITLE", description = "The quiz title (default: the text's title line, else the file name).")
    String title;

    @Option(names = "--partial", description = "Write every readable question even when some rows or lines are left out (they are listed).")
    boolean partial;

    @Option(names = "--force", description = "Replace QUIZ if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            cli.err().println("error: no such file: " + file);
            return ExitCodes.USAGE;
        }
        if (Files.exists(output) && !force) {
            cli.err().println("error: " + output + " exists: choose another name, or add --force to replace it");
            return ExitCodes.USAGE;
        }
        // in the language of the site the quiz goes into
        QuizImport.Result result = QuizImport.run(file, output, title, partial);
        Locale language = result.language();
        result.shown().forEach(p -> cli.err().println(p));
        if (result.written()) {
            cli.out().println((result.found().isEmpty() ? Text.of("import.wrote", output, result.questions())
                    : Text.of("import.wrote-partial", output, result.questions(), result.found().size())).in(language));
            return result.found().isEmpty() ? ExitCodes.OK : ExitCodes.CONTENT;
        }
        cli.err().println((result.questions() == 0 && result.found().isEmpty()
                ? Text.of("problem.error", Text.of("import.no-questions-in", file))
                : Text.of("import.nothing-written", result.found().size(), result.questions())).in(language));
        return ExitCodes.CONTENT;
    }
}

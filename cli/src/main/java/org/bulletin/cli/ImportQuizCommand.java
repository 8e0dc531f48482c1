package org.bulletin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletin.importer.QuizImport;
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
        QuizImport.Result result = QuizImport.run(file, output, title, partial);
        result.problems().forEach(p -> cli.err().println(p));
        if (result.written()) {
            cli.out().println("Wrote " + output + " (" + result.questions() + " questions"
                    + (result.problems().isEmpty() ? "" : "; " + result.problems().size() + " left out, listed above") + ")");
            return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.CONTENT;
        }
        cli.err().println(result.questions() == 0 && result.problems().isEmpty() ? "error: no questions found in " + file
                : "Nothing written: fix the " + result.problems().size() + " problem(s) above, or add --partial to "
                + "write the " + result.questions() + " readable question(s)");
        return ExitCodes.CONTENT;
    }
}

package org.bulletin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletin.generator.SiteScaffolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bulletin new DIR}. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = BulletinCli.Version.class, description = "Create a new site from the sample publicity-week site.")
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    BulletinCli cli;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (must not exist or be empty).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        try {
            int n = SiteScaffolder.create(dir);
            cli.out().println("Created " + dir + " (" + n + " files). Next: bulletin serve " + dir);
            return ExitCodes.OK;
        } catch (IllegalStateException e) {
            cli.err().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}

package org.bulletin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.bulletin.files.FileTrees;
import org.bulletin.generator.BuildRequest;

/**
 * The AppCDS training run of the build ({@code generator/pom.xml}, not for users): builds a site cold and
 * then again with nothing changed, in one JVM, so that the archive holds the classes (lambdas included)
 * of both kinds of build. A JVM records only what it loaded, and a cold build alone leaves out the warm
 * build's cache reading and page taking. Arguments: the site folder and an output folder, both emptied
 * of earlier runs first.
 */
public final class CdsTraining {

    /** Not the sample's placeholder address, which a build warns about (nothing else changes). */
    private static final String TRAINING_HOST = "https://cds-training.bulletin.local/";

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        FileTrees.delete(out);
        FileTrees.delete(BuildRequest.defaultCacheDir(out));
        BulletinCli.configureLibraries();
        PrintStream stdout = BulletinCli.console(java.io.FileDescriptor.out);
        PrintStream stderr = BulletinCli.console(java.io.FileDescriptor.err);
        for (String run : new String[] {"cold", "warm"}) {
            int code = BulletinCli.run(new String[] {"build", site.toString(), "-o", out.toString(), "-q",
                    "-D", "site.host=" + TRAINING_HOST}, stdout, stderr);
            if (code != ExitCodes.OK) {
                stderr.println("the " + run + " training build failed (exit code " + code + ")");
                System.exit(code);
            }
        }
    }
}

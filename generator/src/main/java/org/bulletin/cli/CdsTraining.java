package org.bulletin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.bulletin.publish.SitePublisher;

/**
 * The AppCDS training run of the build ({@code generator/pom.xml}, not for users): builds a site cold and
 * then again with nothing changed, in one JVM, so that the archive holds the classes (lambdas included)
 * of both kinds of build. A JVM records only what it loaded, and a cold build alone leaves out the warm
 * build's cache reading and page taking. Arguments: the site folder and an output folder, both emptied
 * of earlier runs first.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        delete(out);
        delete(SitePublisher.cacheFolder(out));
        BulletinCli.configureLibraries();
        PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        for (String run : new String[] {"cold", "warm"}) {
            int code = BulletinCli.run(new String[] {"build", site.toString(), "-o", out.toString(), "-q"}, stdout, stderr);
            if (code != ExitCodes.OK) {
                stderr.println("the " + run + " training build failed (exit code " + code + ")");
                System.exit(code);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

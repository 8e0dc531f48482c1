package org.bulletin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code bulletin serve SITE}: build, serve on 127.0.0.1, rebuild and reload on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = BulletinCli.Version.class, description = "Build the site, serve it on 127.0.0.1 and reload the browser when a file changes.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    BulletinCli cli;

    @Mixin
    SiteOptions site;

    @Option(names = {"-p", "--port"}, description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8820;

    @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String bind = "127.0.0.1";

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Build into this folder (default: a temporary folder).")
    Path output;

    @Override
    public Integer call() throws Exception {
        Path out = output != null ? output : Files.createTempDirectory("bulletin-serve").resolve("site");
        ConsoleReporter console = cli.console();
        try (SiteGenerator generator = new SiteGenerator(console);
             DevServer server = new DevServer(generator, site.request(out), bind, port, console::report,
                     output == null)) {
            cli.out().println("Serving " + site.site.toAbsolutePath().normalize() + " at http://"
                    + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port()
                    + "/ (Ctrl-C to stop)");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return ExitCodes.OK;
    }
}

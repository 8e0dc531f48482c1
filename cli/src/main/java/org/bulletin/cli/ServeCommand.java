package org.bulletin.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bulletin.files.FileTrees;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Text;
import org.bulletin.serve.DevServer;
import org.bulletin.serve.PreviewFolders;
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
        Locale language = cli.useSiteLanguage(site.site);
        Text warning = exposure(bind);
        if (warning != null) {
            cli.warning(warning, language);
        }
        Path tempRoot = Path.of(System.getProperty("java.io.tmpdir"));
        Path temp = output == null ? PreviewFolders.create(tempRoot) : null;
        Path out = output != null ? output : temp.resolve("site");
        org.bulletin.generator.BuildRequest request = site.request(out, cli);
        if (output == null && site.cache == null) { // the next serve of this site converts only what changed
            request = request.withCacheDir(PreviewFolders.cache(tempRoot, site.site));
        }
        ConsoleReporter console = cli.console();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl-C or SIGTERM: the JVM halts when its shutdown hooks end, so the hook waits for the clean-up
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                closed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "serve-shutdown"));
        try (SiteGenerator generator = new SiteGenerator(console);
             DevServer server = new DevServer(generator, request, bind, port, console::report,
                     output == null)) {
            cli.out().println(Text.of("serve.serving", site.site.toAbsolutePath().normalize(), "http://"
                    + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port() + "/").in(language));
            cli.out().flush();
            stop.await();
        } finally {
            if (temp != null) {
                FileTrees.delete(temp);
            }
            closed.countDown();
        }
        return ExitCodes.OK;
    }

    /**
     * Why listening on {@code bind} shows the preview (drafts and unfinished pages included) to other
     * computers, or null when only this computer can open it.
     */
    static Text exposure(String bind) {
        String b = bind.strip();
        if (b.equals("0.0.0.0") || b.equals("::") || b.equals("[::]") || b.equals("*")) {
            return Text.of("serve.bind-everyone", b);
        }
        try {
            java.net.InetAddress address = java.net.InetAddress.getByName(b);
            if (address.isLoopbackAddress()) {
                return null;
            }
        } catch (java.net.UnknownHostException e) {
            return null; // the server reports an address it cannot use
        }
        return Text.of("serve.bind-others", b);
    }
}

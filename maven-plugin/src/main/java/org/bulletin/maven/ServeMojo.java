package org.bulletin.maven;

import static org.bulletin.maven.RequestMapping.PREFIX;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.incremental.BuildFingerprint;
import org.bulletin.problem.Text;
import org.bulletin.serve.DevServer;

/**
 * Builds the site into {@code outputDirectory}, serves it on {@code http://127.0.0.1:8820/}, and
 * rebuilds and reloads open pages whenever a file of the site changes, like {@code bulletin serve}.
 * Blocks until Ctrl-C. Problems of a rebuild are logged and shown in the page.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

    /**
     * The port; {@code 0} picks a free one. The CLI's {@code --port}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "port", defaultValue = "8820")
    int port;

    /**
     * The address to listen on; the default serves this computer only. The CLI's {@code --bind}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "bind", defaultValue = "127.0.0.1")
    String bind;

    @Override
    protected void run() throws IOException, MojoExecutionException {
        BuildRequest request = request();
        // what is served changes with every edit: the next bulletin:build must not trust its stored state
        BuildFingerprint.forget(BuildFingerprint.stateFile(buildDirectory.toPath(), request.outputDir()));
        MavenBuildListener listener = listener();
        try (SiteGenerator generator = new SiteGenerator(listener);
             DevServer server = new DevServer(generator, request, bind, port, listener::report, false)) {
            getLog().info(Text.of("maven.serving", request.siteDir(), "http://"
                    + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port() + "/").in(language()));
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException(Text.of("maven.serve-interrupted").in(language()), e);
        }
    }
}

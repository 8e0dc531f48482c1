package org.bulletin.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;
import org.bulletin.files.FileTrees;

/**
 * {@code bulletin serve}: builds the site, serves it on 127.0.0.1 and rebuilds (with the same warm
 * Asciidoctor) and reloads open pages whenever a file of the site changes. Problems of a rebuild are
 * printed and shown in the page; the last good build stays served.
 */
public final class DevServer implements AutoCloseable {

    private final SiteGenerator generator;
    private final BuildRequest request;
    private final Consumer<BuildResult> report;
    private final StaticSiteServer server;
    private final SiteWatcher watcher;
    private final boolean ownOutput;

    /**
     * @param request what to build; its output folder is what is served
     * @param report  called after every build (the CLI prints problems)
     * @param ownOutput delete the output folder on close (a temporary folder)
     */
    public DevServer(SiteGenerator generator, BuildRequest request, String bind, int port,
                     Consumer<BuildResult> report, boolean ownOutput) throws IOException {
        this.generator = generator;
        this.request = request;
        this.report = report;
        this.ownOutput = ownOutput;
        BuildResult first = rebuild(Set.of());
        generator.prepareAsciidoctor(); // the first edit then converts without waiting for JRuby
        Path output = request.outputDir();
        if (!Files.isDirectory(output)) {
            Files.createDirectories(output);
        }
        this.server = new StaticSiteServer(bind, port, () -> output, StaticSiteServer.CSP, true);
        server.basePath(basePath(request));
        if (!first.published()) {
            server.problems(problemText(first), first.language());
        }
        Path outAbs = output.toAbsolutePath().normalize();
        Path cache = request.effectiveCacheDir();
        this.watcher = new SiteWatcher(request.siteDir(), p -> ignored(p, outAbs) || p.toAbsolutePath().normalize()
                .startsWith(cache), this::changed);
    }

    private static boolean ignored(Path p, Path output) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.startsWith(output) || abs.startsWith(output.resolveSibling("." + output.getFileName()
                + ".bulletin-staging")) || abs.startsWith(output.resolveSibling("." + output.getFileName()
                + ".bulletin-previous"))) {
            return true;
        }
        String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.equals("target");
    }

    public int port() {
        return server.port();
    }

    private synchronized BuildResult rebuild(Set<Path> changed) {
        BuildResult result;
        try {
            // only the changed documents are converted again and only the pages they affect rendered
            result = generator.rebuild(request);
        } catch (IOException | RuntimeException e) {
            java.util.Locale language = request.language() != null ? request.language()
                    : org.bulletin.config.ConfigLoader.language(request.siteDir());
            result = new BuildResult(java.util.List.of(Problem.error("", 0, Text.of("serve.build-crashed", e))), false,
                    request.outputDir(), 0, 0, 0, BuildResult.Counts.NONE, language);
        }
        report.accept(result);
        return result;
    }

    private void changed(Set<Path> paths) {
        BuildResult result = rebuild(paths);
        server.basePath(basePath(request));
        if (result.published()) {
            server.reload();
        } else {
            server.problems(problemText(result), result.language());
        }
    }

    /** The path of site.host ({@code /meiting/}), or {@code /} when the configuration cannot be read. */
    private static String basePath(BuildRequest request) {
        try {
            return org.bulletin.config.ConfigLoader.load(request.siteDir(), request.overrides(),
                    new org.bulletin.problem.Problems()).basePath();
        } catch (IOException | RuntimeException e) {
            return "/";
        }
    }

    /** The errors of a failed build, {@code path:line: message} a line, in the build's language. */
    static String problemText(BuildResult result) {
        StringBuilder text = new StringBuilder();
        result.errors().forEach(p -> text.append(p.format(result.language())).append('\n'));
        return text.isEmpty() ? result.summary(result.language()) : text.toString().strip();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
        if (ownOutput) {
            FileTrees.delete(request.outputDir());
            FileTrees.delete(BuildRequest.defaultCacheDir(request.outputDir()));
        }
    }
}

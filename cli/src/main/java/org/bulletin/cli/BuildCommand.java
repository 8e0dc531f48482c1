package org.bulletin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletin.generator.SiteGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code bulletin build SITE -o OUT}. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = BulletinCli.Version.class, description = "Build the site into a folder that can be copied to any static host.")
final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    BulletinCli cli;

    @Mixin
    SiteOptions site;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output folder (default: SITE/output).")
    Path output;

    @Override
    public Integer call() throws Exception {
        Path out = output != null ? output : site.site.resolve("output");
        ConsoleReporter console = cli.console();
        try (SiteGenerator generator = new SiteGenerator(console)) {
            return console.report(generator.build(site.request(out, cli).forPublishing()));
        }
    }
}

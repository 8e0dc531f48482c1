package org.bulletin.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.generator.BuildRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that build a site (build, serve). */
final class SiteOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE", description = "The site folder (default: the current folder).")
    Path site = Path.of(".");

    @Option(names = {"-D", "--property"}, paramLabel = "KEY=VALUE",
            description = "Override a key of jbake.properties, e.g. -D site.host=https://staging.example.org/ (repeatable).")
    Map<String, String> properties = new TreeMap<>();

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Publish for this address instead of site.host (e.g. a staging server).")
    String baseUrl;

    @Option(names = "--strict", description = "Treat warnings as errors (also: strict=true in jbake.properties).")
    boolean strict;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep converted documents in this folder (default: .OUT.bulletin-cache beside the output).")
    Path cache;

    @Option(names = "--no-cache", description = "Convert every document; neither read nor write the cache.")
    boolean noCache;

    /** @param cli the command line: its {@code --lang}, and it learns the site's language for its own lines */
    BuildRequest request(Path output, BulletinCli cli) {
        cli.useSiteLanguage(site);
        return request(output).withLanguage(cli.askedLanguage());
    }

    /** In the site's language. */
    BuildRequest request(Path output) {
        Map<String, String> overrides = new TreeMap<>(properties);
        if (baseUrl != null) {
            overrides.put("site.host", baseUrl);
        }
        return new BuildRequest(site, output, overrides, strict ? Boolean.TRUE : null, cache, !noCache);
    }
}

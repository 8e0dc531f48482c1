package org.bulletin.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bulletin.generator.SiteScaffolder;
import org.bulletin.text.Urls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bulletin new DIR [--host URL] [--title TEXT]}. It never asks: a missing {@code --host} leaves the
 * sample's placeholder address, which {@code build} warns about and {@code check} reports as an error.
 */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = BulletinCli.Version.class, description = "Create a new site from the sample publicity-week site.")
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    BulletinCli cli;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (must not exist or be empty).")
    Path dir;

    @Option(names = "--host", paramLabel = "URL", description = "The address the site will be published at "
            + "(site.host), e.g. https://your.domain/meiting/; QR codes, canonical links, the feed and the "
            + "sitemap use it. Default: a placeholder that build warns about and check reports.")
    String host;

    @Option(names = "--title", paramLabel = "TEXT", description = "The site's title (site.title).")
    String title;

    @Override
    public Integer call() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        if (host != null) {
            String h = host.strip();
            if (!webAddress(h)) {
                cli.err().println("error: --host " + host + " is not a web address: give the full address the "
                        + "site will be published at, e.g. --host https://your.domain/meiting/");
                return ExitCodes.USAGE;
            }
            settings.put("site.host", h.endsWith("/") ? h : h + "/");
        }
        if (title != null && !title.isBlank()) {
            settings.put("site.title", title.strip());
        }
        try {
            int n = SiteScaffolder.create(dir, settings);
            cli.out().println("Created " + dir + " (" + n + " files). Next: " + Launcher.again() + " serve "
                    + Launcher.quote(dir.toString()));
            if (host == null || Urls.placeholderHost(settings.get("site.host")) != null) {
                cli.out().println("The site's address is a placeholder: set site.host in "
                        + Launcher.quote(dir.resolve("jbake.properties").toString())
                        + " (or use --host) before you publish it.");
            }
            return ExitCodes.OK;
        } catch (IllegalStateException e) {
            cli.err().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private static boolean webAddress(String h) {
        try {
            return (h.startsWith("https://") || h.startsWith("http://")) && new java.net.URI(h).getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}

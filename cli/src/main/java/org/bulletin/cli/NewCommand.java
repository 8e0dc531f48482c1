package org.bulletin.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bulletin.generator.SiteScaffolder;
import org.bulletin.problem.Text;
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
        // the new site's language: the sample's site.locale (zh-CN), unless --lang asks for another
        Locale language = cli.askedLanguage() != null ? cli.askedLanguage()
                : Locale.forLanguageTag(org.bulletin.config.ConfigLoader.DEFAULT_LOCALE);
        if (host != null) {
            String h = host.strip();
            if (!webAddress(h)) {
                cli.error(Text.of("cli.new-bad-host", host), language);
                return ExitCodes.USAGE;
            }
            settings.put("site.host", h.endsWith("/") ? h : h + "/");
        }
        if (title != null && !title.isBlank()) {
            settings.put("site.title", title.strip());
        }
        try {
            int n = SiteScaffolder.create(dir, settings);
            cli.out().println(Text.of("cli.new-created", dir, n,
                    Launcher.again() + " serve " + Launcher.quote(dir.toString())).in(language));
            if (host == null || Urls.placeholderHost(settings.get("site.host")) != null) {
                cli.out().println(Text.of("cli.new-placeholder",
                        Launcher.quote(dir.resolve("jbake.properties").toString())).in(language));
            }
            return ExitCodes.OK;
        } catch (SiteScaffolder.NotEmpty e) {
            cli.error(e.text(), language);
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

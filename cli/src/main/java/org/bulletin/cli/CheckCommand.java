package org.bulletin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletin.check.CheckRequest;
import org.bulletin.check.CheckResult;
import org.bulletin.check.SiteChecker;
import org.bulletin.check.TextReport;
import org.bulletin.problem.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bulletin check OUT [--site SITE] [--junit FILE] [--no-browser] [--budget-kb N]}. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = BulletinCli.Version.class, description = {"Check a built site before publishing: links, anchors, images, reachable "
        + "pages, HTML validity, accessibility (axe-core when Chromium is installed), no third-party hosts, "
        + "Content-Security-Policy, page weight.", "Exit code 1 when there are errors (warnings alone: 0)."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    BulletinCli cli;

    @Parameters(index = "0", paramLabel = "OUT", description = "The built site to check (the output folder).")
    Path output;

    @Option(names = "--site", paramLabel = "SITE",
            description = "The site folder it was built from: problems in content name the .adoc file and line.")
    Path site;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write a JUnit XML report (for CI).")
    Path junit;

    @Option(names = "--no-browser", description = "Skip axe-core in Chromium.")
    boolean noBrowser;

    @Option(names = "--budget-kb", paramLabel = "N",
            description = "Page weight budget, HTML+CSS+JS gzipped (default: check.page-budget-kb, else 100).")
    Integer budgetKb;

    @Override
    public Integer call() throws Exception {
        java.util.Locale language = site != null ? cli.useSiteLanguage(site) : cli.language();
        if (budgetKb != null && budgetKb <= 0) {
            cli.error(Text.of("cli.check-budget"), language);
            return ExitCodes.USAGE;
        }
        ConsoleReporter console = cli.console();
        CheckRequest request = new CheckRequest(output, site, budgetKb, !noBrowser, junit, console);
        if (cli.askedLanguage() != null) {
            request = request.withLanguage(cli.askedLanguage());
        }
        CheckResult result = SiteChecker.check(request);
        String text = TextReport.format(result);
        (result.problems().isEmpty() ? cli.out() : cli.err()).print(text);
        if (junit != null) {
            console.info(Text.of("check.junit-written", request.junitXml()).in(result.language()));
        }
        return result.passed() ? ExitCodes.OK : ExitCodes.CONTENT;
    }
}

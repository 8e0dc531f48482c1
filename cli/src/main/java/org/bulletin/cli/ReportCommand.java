package org.bulletin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Problem;
import org.bulletin.report.AttemptPolicy;
import org.bulletin.report.CampaignReport;
import org.bulletin.report.CampaignReporter;
import org.bulletin.report.ReportRequest;
import org.bulletin.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code bulletin report SITE --results results.jsonl [--access-log FILE ...] -o report/}. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = BulletinCli.Version.class, description = "Write the campaign report: quiz numbers (re-scored), reads and visits, "
        + "prize-eligible list, optional prize draw and a draft wrap-up article.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    BulletinCli cli;

    @Mixin
    SiteOptions site;

    @Option(names = "--results", paramLabel = "FILE", description = "Quiz results as JSON lines (.gz too); repeatable.")
    List<Path> results = new ArrayList<>();

    @Option(names = "--access-log", paramLabel = "FILE", arity = "1..*",
            description = "Access logs in the combined log format (.gz too), oldest first.")
    List<Path> accessLogs = new ArrayList<>();

    @Option(names = "--analytics-csv", paramLabel = "FILE", description = "GoatCounter, Umami or Plausible CSV export; repeatable.")
    List<Path> analytics = new ArrayList<>();

    @Option(names = "--paper", paramLabel = "FILE", description = "Paper quiz sheets (sheet,quiz,1,2,…); repeatable.")
    List<Path> paper = new ArrayList<>();

    @Option(names = "--attempt", paramLabel = "first|best|last", defaultValue = "first",
            description = "Which attempt counts per device and quiz (default: ${DEFAULT-VALUE}).")
    String attempt;

    @Option(names = "--draw", paramLabel = "N", defaultValue = "0", description = "Draw N winners among the prize-eligible.")
    int draw;

    @Option(names = "--seed", paramLabel = "TEXT", description = "The draw's seed (announce it before the draw).")
    String seed;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "The report folder.")
    Path output;

    @Override
    public Integer call() throws Exception {
        AttemptPolicy policy;
        try {
            policy = AttemptPolicy.valueOf(attempt.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            cli.err().println("error: --attempt must be first, best or last");
            return ExitCodes.USAGE;
        }
        if (draw > 0 && (seed == null || seed.isBlank())) {
            cli.err().println("error: --draw needs --seed TEXT (for example the date and the organiser's name)");
            return ExitCodes.USAGE;
        }
        if (results.isEmpty() && paper.isEmpty() && accessLogs.isEmpty() && analytics.isEmpty()) {
            cli.err().println("error: give at least one of --results, --paper, --access-log, --analytics-csv");
            return ExitCodes.USAGE;
        }
        ConsoleReporter console = cli.console();
        try (SiteGenerator generator = new SiteGenerator(console)) {
            CampaignReporter.Outcome outcome = CampaignReporter.write(generator, site.request(output),
                    new ReportRequest(results, accessLogs, analytics, paper, policy, draw, seed, output));
            if (outcome.failed()) {
                outcome.errors().forEach(p -> cli.err().println(p));
                return ExitCodes.CONTENT;
            }
            CampaignReport report = outcome.report();
            long millis = outcome.millis();
            cli.out().print(ReportWriter.summary(report));
            cli.out().println("Read the inputs (" + report.logLines() + " log lines) in " + millis + " ms");
            cli.out().println("Report written to " + output);
            return ExitCodes.OK;
        }
    }
}

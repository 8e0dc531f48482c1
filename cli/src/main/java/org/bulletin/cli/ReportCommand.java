package org.bulletin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;
import org.bulletin.report.AttemptPolicy;
import org.bulletin.report.CampaignReport;
import org.bulletin.report.CampaignReporter;
import org.bulletin.report.PrizeRules;
import org.bulletin.report.ClusterRule;
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

    @Option(names = "--attempt", paramLabel = "first|best|last",
            description = "Which attempt counts per device and quiz, overriding each quiz's :quiz-counts: "
                    + "(default: the quiz's rule, which its page told residents; an override warns).")
    String attempt;

    @Option(names = "--claim-key", paramLabel = "DIR|FILE", description = "The collector's data folder (or its "
            + "claim.key): only claims the collector signed are eligible, and redemptions are counted.")
    Path claimKey;

    @Option(names = "--exclude", paramLabel = "FILE", description = "Staff and volunteers who cannot win: one phone "
            + "number or name a line; repeatable.")
    List<Path> exclude = new ArrayList<>();

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of every time in the report (default: "
            + "the site locale's usual zone, Asia/Shanghai for zh-CN, else the computer's).")
    String zone;

    @Option(names = "--rank", paramLabel = "N", defaultValue = "0", description = "Also rank the eligible by score, "
            + "time taken and time received and list the first N (ranking.csv).")
    int rank;

    @Option(names = "--cluster", paramLabel = "N/DURATION", description = "List N or more results from one address or "
            + "device within DURATION for the organisers to look at: 5/10min (default), 40/10min for a quiz at an event "
            + "on one Wi-Fi, or off.")
    String cluster;

    @Option(names = "--draw", paramLabel = "N", defaultValue = "0", description = "Draw N winners among the prize-eligible.")
    int draw;

    @Option(names = "--seed", paramLabel = "TEXT", description = "The draw's seed (announce it before the draw).")
    String seed;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "The report folder.")
    Path output;

    @Override
    public Integer call() throws Exception {
        AttemptPolicy policy = null;
        try {
            policy = attempt == null ? null : AttemptPolicy.valueOf(attempt.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            cli.err().println("error: --attempt must be first, best or last");
            return ExitCodes.USAGE;
        }
        java.time.ZoneId zoneId = null;
        try {
            zoneId = zone == null ? null : java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            cli.err().println("error: --zone " + zone + " is not a time zone; use a name such as Asia/Shanghai");
            return ExitCodes.USAGE;
        }
        ClusterRule clusterRule;
        try {
            clusterRule = cluster == null ? ClusterRule.DEFAULT : ClusterRule.parse(cluster);
        } catch (IllegalArgumentException e) {
            Locale language = cli.useSiteLanguage(site.site);
            cli.error(Text.of("report.bad-cluster", "--cluster", cluster), language);
            return ExitCodes.USAGE;
        }
        List<String> missing = new ArrayList<>();
        if (claimKey != null && !java.nio.file.Files.exists(claimKey)) {
            missing.add("--claim-key " + claimKey + ": no such folder or file (give the collector's data folder)");
        }
        exclude.stream().filter(f -> !java.nio.file.Files.isRegularFile(f))
                .forEach(f -> missing.add("--exclude " + f + ": no such file"));
        if (!missing.isEmpty()) {
            missing.forEach(m -> cli.err().println("error: " + m));
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
                    new ReportRequest(results, accessLogs, analytics, paper, policy, draw, seed, output,
                            new PrizeRules(claimKey, exclude, zoneId, rank, clusterRule)));
            Locale language = outcome.language(); // --lang, else the site's (site.locale)
            if (outcome.failed()) {
                outcome.errors().forEach(p -> cli.err().println(p.formatWithSeverity(language)));
                return ExitCodes.CONTENT;
            }
            CampaignReport report = outcome.report();
            long millis = outcome.millis();
            cli.out().print(ReportWriter.summary(report, language));
            cli.out().println(Text.of("report.inputs-read", report.logLines(), millis).in(language));
            cli.out().println(Text.of("report.written", output).in(language));
            return ExitCodes.OK;
        }
    }
}

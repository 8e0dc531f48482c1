package org.bulletin.maven;

import static org.bulletin.maven.RequestMapping.PREFIX;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Text;
import org.bulletin.report.CampaignReporter;
import org.bulletin.report.ReportRequest;
import org.bulletin.report.ReportWriter;

/**
 * Writes the campaign report into {@code reportDirectory}, like {@code bulletin report}: quiz numbers
 * re-scored against the site's quizzes, reads and visits, the prize-eligible list, an optional prize
 * draw and a draft wrap-up article. Not bound to a phase: run it after the campaign, e.g.
 * {@code mvn bulletin:report -Dbulletin.results=results.jsonl}.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractSiteMojo {

    /**
     * Quiz results as JSON lines ({@code .gz} too), as written by {@code bulletin collect}. The CLI's
     * {@code --results} (comma separated on the command line).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "results")
    List<File> results;

    /**
     * Web server access logs in the combined log format ({@code .gz} too), oldest first. The CLI's
     * {@code --access-log}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "accessLogs")
    List<File> accessLogs;

    /**
     * GoatCounter, Umami or Plausible CSV exports. The CLI's {@code --analytics-csv}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "analyticsCsv")
    List<File> analyticsCsv;

    /**
     * Paper quiz sheets ({@code sheet,quiz,1,2,…}). The CLI's {@code --paper}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "paper")
    List<File> paper;

    /**
     * Which attempt counts per device and quiz: {@code first}, {@code best} or {@code last}, overriding each
     * quiz's {@code :quiz-counts:} (with a warning); unset: each quiz's own rule. The CLI's {@code --attempt}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "attempt")
    String attempt;

    /**
     * The collector's data folder (or its {@code claim.key}): only claims it signed are eligible. The CLI's
     * {@code --claim-key}.
     *
     * @since 0.2.0
     */
    @Parameter(property = PREFIX + "claimKey")
    File claimKey;

    /**
     * Files of staff and volunteers who cannot win (a phone number or name a line). The CLI's {@code --exclude}.
     *
     * @since 0.2.0
     */
    @Parameter(property = PREFIX + "exclude")
    List<File> exclude;

    /**
     * Time zone of the report's times; unset: the site locale's usual zone. The CLI's {@code --zone}.
     *
     * @since 0.2.0
     */
    @Parameter(property = PREFIX + "zone")
    String zone;

    /**
     * Rank the eligible and list the first N; {@code 0}: no ranking. The CLI's {@code --rank}.
     *
     * @since 0.2.0
     */
    @Parameter(property = PREFIX + "rank", defaultValue = "0")
    int rank;

    /**
     * When many results from one address or device are listed for the organisers to look at: {@code N/DURATION}
     * ({@code 5/10min}, the default; {@code 40/10min} for a quiz run at an event on one Wi-Fi) or {@code off}.
     * The CLI's {@code --cluster}.
     *
     * @since 0.2.0
     */
    @Parameter(property = PREFIX + "cluster")
    String cluster;

    /**
     * Draw this many winners among the prize-eligible; {@code 0}: no draw. The CLI's {@code --draw}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "draw", defaultValue = "0")
    int draw;

    /**
     * The draw's seed, announced before the draw. The CLI's {@code --seed}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "seed")
    String seed;

    /**
     * The report folder. The CLI's {@code --output}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "reportDirectory", defaultValue = "${project.build.directory}/bulletin-report",
            required = true)
    File reportDirectory;

    @Override
    protected void run() throws IOException, MojoFailureException {
        ReportRequest request;
        try {
            request = RequestMapping.withPrizes(RequestMapping.reportRequest(results, accessLogs, analyticsCsv, paper,
                    attempt, draw, seed, reportDirectory), claimKey, exclude, zone, rank, cluster);
        } catch (RequestMapping.BadParameter e) {
            throw new MojoFailureException(e.text.in(language()), e);
        }
        MavenBuildListener listener = listener();
        CampaignReporter.Outcome outcome;
        try (SiteGenerator generator = new SiteGenerator(listener)) {
            outcome = CampaignReporter.write(generator, request(reportDirectory), request);
        }
        Locale language = outcome.language();
        if (outcome.failed()) {
            outcome.errors().forEach(p -> getLog().error(p.format(language)));
            throw new SiteContentException(Text.of("maven.report.site-errors", outcome.errors().size()).in(language),
                    outcome.errors(), language);
        }
        String warning = Text.of("problem.warning", "").in(language);
        ReportWriter.summary(outcome.report(), language).lines().forEach(line -> {
            if (line.startsWith(warning)) {
                getLog().warn(line.substring(warning.length()));
            } else {
                getLog().info(line);
            }
        });
        getLog().info(Text.of("maven.report.written", reportDirectory, outcome.millis()).in(language));
    }
}
